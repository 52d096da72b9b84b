"""Light and dark appearance: follow the system (``QStyleHints.colorScheme``) or the user's choice.

Dark uses the Fusion style with a dark palette (readable on every platform, also offscreen);
light is the platform style with its own palette. The chosen mode is a QSettings value.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_KEY = "ui/theme"
"""QSettings key: ``system``, ``light`` or ``dark``."""
THEMES = ("system", "light", "dark")

_default_style: str | None = None
_current_dark = False


def chosen_theme(settings: QSettings | None = None) -> str:
    """The theme chosen in Preferences (``system`` by default)."""
    value = (settings or QSettings()).value(THEME_KEY, "system")
    return value if value in THEMES else "system"


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark appearance (Qt 6.5+; ``False`` when it does not say)."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for text, links, selection and disabled items."""
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(40, 40, 43),
        QPalette.ColorRole.ToolTipBase: QColor(60, 60, 64),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 150),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(55, 55, 58),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 110, 110),
        QPalette.ColorRole.Light: QColor(75, 75, 80),
        QPalette.ColorRole.Midlight: QColor(62, 62, 66),
        QPalette.ColorRole.Mid: QColor(160, 160, 165),
        QPalette.ColorRole.Dark: QColor(25, 25, 27),
        QPalette.ColorRole.Shadow: QColor(0, 0, 0),
        QPalette.ColorRole.Highlight: QColor(42, 130, 218),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(110, 170, 255),
        QPalette.ColorRole.LinkVisited: QColor(190, 150, 255),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(125, 125, 125))
    return p


def apply_theme(theme: str, app: QApplication | None = None) -> bool:
    """Apply ``system``/``light``/``dark``; returns whether the result is dark."""
    global _default_style, _current_dark
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return False
    if _default_style is None:
        _default_style = app.style().name()
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    hints = QGuiApplication.styleHints()
    if hints is not None and hasattr(hints, "setColorScheme") and theme != "system":
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    else:
        app.setStyle(_default_style or "Fusion")
        app.setPalette(app.style().standardPalette())
    _current_dark = dark
    return dark


def is_dark() -> bool:
    """Whether the applied theme is dark (pages and HTML choose their colours by it)."""
    return _current_dark


def follow_system(app: QApplication, settings: QSettings | None = None) -> None:
    """Re-apply the theme when the desktop switches between light and dark (for ``system``)."""
    hints = QGuiApplication.styleHints()
    if hints is None:
        return

    def changed(*_: object) -> None:
        if chosen_theme(settings) == "system":
            apply_theme("system", app)

    hints.colorSchemeChanged.connect(changed)
