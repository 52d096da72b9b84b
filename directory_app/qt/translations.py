"""The UI languages: which one is chosen, compiling the Qt Linguist sources, installing translators.

The sources are ``resources/translations/directory_app_<lang>.ts`` (English is the source
language and needs none). The compiled ``.qm`` files are never committed: a ``.qm`` next to its
``.ts`` is used when it is up to date (a packager may build them with
``python -m directory_app.tools.build_translations --compile``); otherwise the app compiles
the ``.ts`` with ``lrelease`` (shipped with PySide6) into the user cache folder on first use.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from directory_app import config

LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands", "fr": "Français"}
"""UI languages by code, each named in its own language."""
SOURCE_LANGUAGE = "en"
LANGUAGE_KEY = "ui/language"
"""QSettings key of the chosen language: a code of :data:`LANGUAGES`, or empty for the system's."""
HANDOUT_LANGUAGE_KEY = "export/handout_language"
QM_CACHE_ENV = "DIRECTORY_APP_QM_CACHE"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """The folder of the ``.ts`` sources."""
    return config.resources_dir() / "translations"


def ts_path(language: str) -> Path:
    """The Qt Linguist source of a language."""
    return translations_dir() / f"directory_app_{language}.ts"


def lrelease_command() -> list[str]:
    """The ``lrelease`` executable shipped with PySide6 (or ``pyside6-lrelease`` on the PATH)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    import shutil  # here: compiling is rare, and start-up is not slowed by it

    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise FileNotFoundError("lrelease not found (it comes with PySide6)")


def compile_ts(source: Path, target: Path) -> Path:
    """Compile one ``.ts`` to ``.qm`` with ``lrelease`` (written beside, then moved into place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")  # two starts at once never clash
    import subprocess

    result = subprocess.run(
        [*lrelease_command(), "-silent", str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"lrelease failed for {source.name}: {result.stderr.strip() or result.stdout.strip()}")
    os.replace(partial, target)
    return target


def _cache_dir() -> Path:
    env = os.environ.get(QM_CACHE_ENV, "").strip()
    if env:
        return Path(env)
    return config.user_cache_dir() / "translations"


def qm_path(language: str) -> Path | None:
    """An up-to-date compiled translation of ``language`` (compiling it if needed); ``None`` for English."""
    source = ts_path(language)
    if language == SOURCE_LANGUAGE or not source.is_file():
        return None
    beside = source.with_suffix(".qm")
    if beside.is_file() and beside.stat().st_mtime >= source.stat().st_mtime:
        return beside
    import hashlib

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = _cache_dir() / f"directory_app_{language}-{digest}.qm"
    if not cached.is_file():
        compile_ts(source, cached)
    return cached


def load_translator(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """A translator for ``language`` (not installed); ``None`` for English or when it cannot load."""
    try:
        path = qm_path(language)
    except (OSError, RuntimeError):
        return None
    if path is None:
        return None
    translator = QTranslator(parent)
    return translator if translator.load(str(path)) else None


def system_language() -> str:
    """The system's UI language if the app has it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings | None = None) -> str:
    """The language chosen in Preferences, else the system's."""
    value = (settings or QSettings()).value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else system_language()


def locale_of(language: str) -> QLocale:
    """The locale for numbers and dates in a language (the Belgian variants for nl and fr)."""
    return {
        "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium),
        "fr": QLocale(QLocale.Language.French, QLocale.Country.Belgium),
    }.get(language, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def install_language(language: str, app: QCoreApplication | None = None) -> bool:
    """Make ``language`` the UI language: default locale and installed translators (Qt's own too).

    Replaces translators installed earlier by this function; returns whether a translation
    was installed (always ``False`` for English).
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = locale_of(language)
    QLocale.setDefault(locale)
    translator = load_translator(language, app)
    if translator is None:
        return False
    from PySide6.QtCore import QLibraryInfo

    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def current_language() -> str:
    """The language of the installed translation (``en`` when none)."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else SOURCE_LANGUAGE
