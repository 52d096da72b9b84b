"""Languages, theme, preferences, welcome, shortcuts, About the Data and accessibility of the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from directory_app.domain.models import freshness_date
from directory_app.qt import theme, translations
from directory_app.qt.app import startup_database_path
from directory_app.qt.export_dialog import handout_strings, label_in, localised_headers
from directory_app.qt.help_dialogs import (
    NO_WELCOME_ENV,
    WELCOME_KEY,
    mark_welcome_shown,
    shortcut_words,
    welcome_due,
)
from directory_app.qt.i18n import format_area, format_date, plural, verification_age_short
from directory_app.qt.main_window import MainWindow
from directory_app.qt.models.facility_table import COLUMN_KEYS, FacilityRole
from directory_app.qt.preferences import BACKUP_FOLDER_KEY, DATABASE_KEY, PreferencesDialog, handout_language
from tests.fixtures.shipped_seed import shipped, shipped_count

pytestmark = pytest.mark.gui


@pytest.fixture
def language(qapp, tmp_path, monkeypatch):
    """Install a UI language for one test (compiled into a fresh cache); English again afterwards."""
    monkeypatch.setenv(translations.QM_CACHE_ENV, str(tmp_path / "qm"))

    def use(code: str) -> bool:
        return translations.install_language(code, qapp)

    yield use
    translations.install_language("en", qapp)


@pytest.fixture
def make_window(qtbot, seeded_directory, settings):
    windows = []

    def make() -> MainWindow:
        w = MainWindow(seeded_directory, settings=settings)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize(
    "code, titles, count",
    [
        ("nl", ["&Bestand", "Be&werken", "Be&eld", "&Kaart", "&Help"], f"{shipped_count()} faciliteiten"),
        ("fr", ["&Fichier", "É&dition", "&Affichage", "&Carte", "&Aide"], f"{shipped_count()} établissements"),
    ],
)
def test_switching_language_changes_menus_and_status(language, make_window, code, titles, count):
    english = _menu_titles(make_window())
    assert english == ["&File", "&Edit", "&View", "&Map", "&Help"]
    assert language(code)
    window = make_window()
    assert _menu_titles(window) == titles
    assert window.count_label.text() == count
    edit = window.menuBar().actions()[1].menu()
    assert window.preferences_action in edit.actions() and window.stale_action in edit.actions()
    assert window.preferences_action.text() != "&Preferences…"


def test_numbers_and_dates_follow_the_language(language):
    assert format_area(1250) == "1,250 m²"
    language("nl")
    assert format_area(1250) == "1.250 m²"
    assert format_date(date(2026, 3, 5)) == "5 mrt 2026"
    assert plural("MainWindow", "1 facility", "%n facilities", 1250) == "1.250 faciliteiten"
    assert plural("MainWindow", "1 facility", "%n facilities", 1) == "1 faciliteit"
    language("fr")
    assert format_area(1250).replace("\u202f", " ").replace("\xa0", " ") == "1 250 m²"
    assert plural("age", "1 month", "%n months", 8) == "8 mois"
    assert QLocale().name() == "fr_BE"


def test_english_plurals_without_any_translation():
    assert plural("MainWindow", "1 facility", "%n facilities", 1) == "1 facility"
    assert plural("MainWindow", "1 facility", "%n facilities", 0) == "0 facilities"
    assert verification_age_short(date(2026, 1, 1), date(2026, 11, 1)) == "10 months"
    assert verification_age_short(None) == "never"


def test_qm_files_are_compiled_into_the_cache_when_missing(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv(translations.QM_CACHE_ENV, str(tmp_path / "qm"))
    path = translations.qm_path("nl")
    assert path is not None and path.is_file() and path.parent == tmp_path / "qm"
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate("MainWindow", "&File") == "&Bestand"
    assert translations.qm_path("en") is None


def test_system_language_is_the_default(settings, monkeypatch):
    monkeypatch.setattr(translations, "system_language", lambda: "fr")
    assert translations.chosen_language(settings) == "fr"
    settings.setValue(translations.LANGUAGE_KEY, "nl")
    assert translations.chosen_language(settings) == "nl"
    settings.setValue(translations.LANGUAGE_KEY, "xx")
    assert translations.chosen_language(settings) == "fr"


def test_handout_and_export_in_the_recipients_language(language):
    # the UI stays English; the recipient reads French
    french = handout_strings("fr")
    assert french["page"] == "Page {page} sur {pages}" and french["thousands_separator"] == "\xa0"
    assert french["language"] == "fr"
    assert handout_strings("nl")["prepared_on"] == "Opgesteld op {date}"
    assert handout_strings()["page"] == "Page {page} of {pages}"
    assert localised_headers("nl")["city"] == "Gemeente"
    assert label_in("fr")("kind", "incubator") == "Incubateur"
    assert label_in("nl")("modality", "cell_therapy") in ("Celtherapie", "")


def test_export_dialog_offers_the_handout_language(make_window, settings):
    settings.setValue(translations.HANDOUT_LANGUAGE_KEY, "fr")
    dialog = make_window().export_dialog()
    assert dialog.language() == "fr"
    assert [dialog.language_box.itemData(i) for i in range(dialog.language_box.count())] == ["en", "nl", "fr"]


def test_preferences_are_stored(qtbot, settings, tmp_path):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("light"))
    dialog.tile_url_edit.setText("https://tiles.example/{z}/{x}/{y}.png")
    dialog.cache_spin.setValue(800)
    dialog.delimiter_box.setCurrentIndex(dialog.delimiter_box.findData(","))
    dialog.handout_box.setCurrentIndex(dialog.handout_box.findData("fr"))
    db = tmp_path / "elsewhere.sqlite"
    dialog.database_edit.setText(str(db))
    dialog.backup_edit.setText(str(tmp_path / "backups"))
    dialog.accept()
    assert settings.value(translations.LANGUAGE_KEY) == "nl"
    assert settings.value(theme.THEME_KEY) == "light"
    assert settings.value("map/tile_url") == "https://tiles.example/{z}/{x}/{y}.png"
    assert int(settings.value("map/cache_mb")) == 800
    assert settings.value("export/delimiter") == ","
    assert handout_language(settings) == "fr"
    assert settings.value(BACKUP_FOLDER_KEY) == str(tmp_path / "backups")
    assert settings.value(DATABASE_KEY) == str(db)
    assert startup_database_path(settings) == db  # takes effect at the next start
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language_box.currentData() == "nl" and again.cache_spin.value() == 800


def test_a_bad_tile_url_is_not_stored(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.tile_url_edit.setText("https://tiles.example/no-placeholders.png")
    dialog.save()
    assert settings.value("map/tile_url") is None


def test_dark_and_light_theme(qapp):
    try:
        assert theme.apply_theme("dark", qapp)
        assert theme.is_dark() and qapp.style().name().lower() == "fusion"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert qapp.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    finally:
        assert not theme.apply_theme("light", qapp)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_welcome_shows_once_and_never_under_the_flag(settings, monkeypatch, make_window):
    monkeypatch.delenv(NO_WELCOME_ENV, raising=False)
    assert welcome_due(settings)
    mark_welcome_shown(settings)
    assert not welcome_due(settings) and settings.value(WELCOME_KEY, type=bool)
    settings.remove(WELCOME_KEY)
    monkeypatch.setenv(NO_WELCOME_ENV, "1")
    assert not welcome_due(settings)
    window = make_window()
    text = window.welcome_dialog().text.toPlainText()
    assert f"{shipped_count()} life-science incubators, accelerators, science parks" in text and "offline" in text
    first, last = min(f.source_date for f in shipped() if f.source_date), max(f.source_date for f in shipped())
    assert f"No record has been checked since it was compiled; the sources date from {first[:4]}–{last[:4]}." in text
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.welcome_action in help_menu.actions() and window.about_data_action in help_menu.actions()


def test_shortcuts_dialog_lists_every_bound_action(make_window):
    window = make_window()
    dialog = window.shortcuts_dialog()
    listed = {keys for _, keys in dialog.rows}
    native = QKeySequence.SequenceFormat.NativeText
    bound = {shortcut_words(a.shortcut()) for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    assert bound <= listed  # the primary binding of each, in words (see test_shortcuts_dialog_words.py)
    assert QKeySequence("Ctrl+,").toString(native) in listed
    assert dialog.table.rowCount() == len(dialog.rows) >= 20


def test_about_the_data_counts_like_brute_force_and_selects_a_facility(make_window, seeded_directory, qtbot):
    window = make_window()
    dialog = window.about_data_dialog()
    facilities = seeded_directory.facilities()
    overview = dialog.overview
    assert overview.total == len(facilities) > 0
    for field in ("kind", "country", "confidence"):
        expected = {}
        for f in facilities:
            expected[getattr(f, field)] = expected.get(getattr(f, field), 0) + 1
        assert dict(overview.by[field]) == expected
    fresh = {f.id: freshness_date(f) for f in facilities}  # the check, else the source's date
    oldest = sorted(facilities, key=lambda f: (fresh[f.id][0] is not None, fresh[f.id][0], f.name))[:20]
    assert [o[0] for o in overview.oldest] == [f.id for f in oldest]
    assert [(o[2], o[3]) for o in overview.oldest] == [fresh[f.id] for f in oldest]
    assert dialog.oldest.rowCount() == 20
    window.search_bar.set_text("kind:accelerator")
    target = overview.oldest[3][0]
    dialog.choose_row(3)
    assert window.table.current_facility().id == target


def test_stale_filter_from_the_menu(make_window):
    window = make_window()
    window.show_stale(1)
    assert window.search_bar.text() == "stale:1"
    assert window.views.currentIndex() == 0


def test_verified_age_column_shows_how_long_ago(make_window, seeded_directory):
    window = make_window()
    column = COLUMN_KEYS.index("verified_age")
    assert window.table.isColumnHidden(column)  # optional: View › Columns
    window.table.setColumnHidden(column, False)
    facility = window.model.data(window.model.index(0, 0), FacilityRole)
    shown = window.model.data(window.model.index(0, column))
    day, basis = freshness_date(facility)  # the check, else the source's own date, which it says
    age = verification_age_short(day)
    assert shown == (f"{age} (source)" if basis == "source" else age)
    assert age.endswith(("days", "day", "months", "month", "years", "year", "today", "never"))


def test_widgets_have_accessible_names_and_the_map_says_the_list_is_its_twin(make_window):
    window = make_window()
    for widget in (
        window.search_bar,
        window.table,
        window.map_tab,
        window.details,
        window.facets,
        window.shortlist_panel,
        window.saved,
    ):
        assert widget.accessibleName(), widget
    assert "list" in window.map_tab.accessibleDescription().lower()
    assert window.table.accessibleDescription()


def test_startup_database_path_without_preference(settings, tmp_path):
    assert startup_database_path(settings) != Path(tmp_path / "elsewhere.sqlite")


def test_qapp_exists(qapp):
    assert isinstance(qapp, QApplication)


def test_every_pane_takes_keyboard_focus(make_window, qtbot):
    from PySide6.QtCore import Qt

    window = make_window()
    for widget in (window.search_bar.edit, window.saved, window.facets, window.table, window.details.browser):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    window.find_action.trigger()
    qtbot.waitUntil(lambda: window.search_bar.edit.hasFocus())
    window.focus_table_action.trigger()
    qtbot.waitUntil(lambda: window.table.hasFocus())
    assert "palette(highlight)" in window.styleSheet()  # the focused pane is framed


@pytest.mark.parametrize(
    "text",
    [
        "colour:red",
        "kind:incubator or",
        "and gent",
        "(gent",
        "()",
        "gent)",
        "gent not",
        "kind:",
        "near:>Leuven",
        "within:far",
        "within:5000km",
        "box:1,2,3",
        "stale:0",
        "area:big",
        "verified:yesterday",
        "kind:>incubator",
        "city:&",
        "within:30km",
        "x" * 2100,
        " ".join(["gent"] * 120),
        "(" * 60 + "gent" + ")" * 60,
    ],
)
def test_query_errors_are_translated(language, text):
    from directory_app.domain.errors import QueryError
    from directory_app.qt.query_errors import translated_query_error
    from directory_app.search.parser import parse

    with pytest.raises(QueryError) as caught:
        parse(text)
    message = caught.value.message
    assert translated_query_error(message) == message  # English UI: as the parser says it
    language("nl")
    dutch = translated_query_error(message)
    assert dutch != message, message
    assert "%1" not in dutch and "%2" not in dutch


def test_search_box_error_in_dutch(language, make_window):
    language("nl")
    window = make_window()
    window.search_bar.set_text("kind:")
    assert window.search_bar.error_label.text().startswith("'kind:' heeft een waarde nodig.")


def test_a_new_language_reopens_the_window_on_the_same_directory(language, qtbot, seeded_directory, settings):
    from directory_app.qt.app import switch_language

    old = MainWindow(seeded_directory, settings=settings)
    old.show()
    old.table.setColumnHidden(COLUMN_KEYS.index("verified_age"), False)
    new = switch_language(old, "nl")
    qtbot.addWidget(new)
    assert _menu_titles(new)[0] == "&Bestand" and new.isVisible() and not old.isVisible()
    assert new.directory is seeded_directory and not seeded_directory.closed
    assert new.model.rowCount() == shipped_count()
    assert not new.table.isColumnHidden(COLUMN_KEYS.index("verified_age"))  # the layout came along
    new.close()


def test_preferences_ask_for_the_new_language(make_window, qtbot, monkeypatch, settings):
    from PySide6.QtWidgets import QDialog

    window = make_window()

    def accept_dutch(dialog):
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept_dutch)
    with qtbot.waitSignal(window.language_change_requested, timeout=3000) as blocker:
        window.show_preferences()
    assert blocker.args == ["nl"]
    with qtbot.assertNotEmitted(window.language_change_requested, wait=200):
        window.show_preferences()  # the same language again: nothing to do
