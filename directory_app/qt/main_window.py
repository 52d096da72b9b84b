"""The main window: facility table, details pane, menus, status bar, remembered layout."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from directory_app import __version__, config
from directory_app.domain.errors import DirectoryError
from directory_app.domain.models import Facility
from directory_app.qt import shortcuts
from directory_app.qt.i18n import format_date, plural
from directory_app.qt.models.facility_table import COLUMNS, FacilityTableModel, FirstPageSource
from directory_app.qt.shortcuts import use_standard_key
from directory_app.qt.translations import LANGUAGE_KEY, current_language
from directory_app.qt.widgets.facility_view import FacilityView
from directory_app.qt.widgets.search_bar import SearchBar

# Qt classes and modules the first window does not use are imported where they are used: each one
# the first window loads costs it time (PySide makes a class's Python enums when it is first used)
if TYPE_CHECKING:  # the first window shows rows before these are loaded (see window_rest)
    from PySide6.QtPrintSupport import QPrinter

    from directory_app.db.first_page import FirstPage
    from directory_app.directory import Changes, Directory, SavedSearch, SearchResult
    from directory_app.domain.query import Node
    from directory_app.exporters import ExportSpec
    from directory_app.qt.curation_controller import CurationController
    from directory_app.qt.dialogs import Prompter
    from directory_app.qt.export_dialog import ExportDialog, ExportRun
    from directory_app.qt.help_dialogs import AboutDataDialog, ShortcutsDialog, WelcomeDialog
    from directory_app.qt.history import EditHistory
    from directory_app.qt.import_wizard import ImportWizard
    from directory_app.qt.map_controller import MapController
    from directory_app.qt.preferences import PreferencesDialog
    from directory_app.qt.shortlist_controller import ShortlistController
    from directory_app.qt.tasks import BackgroundRunner
    from directory_app.qt.updates_ui import UpdatesController
    from directory_app.qt.widgets.detail_pane import DetailPane
    from directory_app.qt.widgets.facet_panel import FacetPanel
    from directory_app.qt.widgets.override_conflicts_dialog import OverrideReview
    from directory_app.qt.widgets.saved_searches_panel import SavedSearchesPanel
    from directory_app.qt.widgets.shortlist_panel import ShortlistPanel

STATE_GROUP = "state"
FACET_DELAY_MS = 150
LAST_DATABASE_KEY = "last_database"
DATABASE_KEY = "database/location"
"""QSettings key: the directory file to open at start (empty: the default); set in Preferences."""
FOCUS_FRAME = (
    "QAbstractItemView:focus, QLineEdit:focus, QTextBrowser:focus, QTreeWidget:focus"
    "{border: 2px solid palette(highlight);}"
)
"""Where the keyboard is, for everyone: the focused list, box, text or tree is framed."""


class MainWindow(QMainWindow):
    """Browse the directory: a sortable table and the details of the current facility."""

    changes_applied = Signal(object)
    """A :class:`~directory_app.directory.Changes`, after every mutation."""
    language_change_requested = Signal(str)
    """The language chosen in Preferences changed (a code, or "" for the system's); the app reopens the window."""

    ready = Signal()
    """Everything is built (:meth:`finish`): the side panel, details, map, menus' actions, search understanding."""

    # built after the first paint by directory_app.qt.window_rest.build_rest
    details: DetailPane
    facets: FacetPanel
    saved: SavedSearchesPanel
    shortlist_panel: ShortlistPanel
    shortlists: ShortlistController
    map: MapController
    history: EditHistory
    curation: CurationController
    overrides: OverrideReview
    background: BackgroundRunner
    updates: UpdatesController

    def __init__(
        self,
        directory: Directory | None,
        *,
        settings: QSettings | None = None,
        prompter: Prompter | None = None,
        first_page: FirstPage | None = None,
    ) -> None:
        """The window on ``directory``, built at once; or, with ``directory=None``, only the first window
        (search box, list, status bar; the rows of ``first_page``), finished later by :meth:`finish`.

        The first window needs nothing but Qt and the list's own modules, so that it shows as soon as
        an empty window would (``directory_app.qt.quick_start``); the rest is built by
        ``directory_app.qt.window_rest`` into the same window.
        """
        super().__init__()
        self.setObjectName("mainWindow")
        self.directory: Directory = directory  # type: ignore[assignment]  # set by finish() when None
        self.settings = settings or QSettings()
        self.prompter: Prompter = prompter  # type: ignore[assignment]  # the default one is made by finish()
        self.built = False
        self.setWindowIcon(QGuiApplication.windowIcon())
        self.resize(1280, 780)

        self.model = FacilityTableModel(self)
        self.table = FacilityView(self.model, self)
        self.details_slot = QWidget(self)  # where the details pane goes (window_rest), same size meanwhile
        self.banner = QLabel(self)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel{background:#fff4ce; color:#3d3000; padding:6px;}")
        self.banner.hide()

        self.search_bar = SearchBar(self)
        # where the keyboard is: the list and the search box are framed from the start (their places
        # never move later); the whole window follows once it is built (a window-wide style sheet
        # costs the first window ~6 ms)
        for framed in (self.table, self.search_bar.edit):
            framed.setStyleSheet(FOCUS_FRAME)
        self.empty_label = QLabel(self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("QLabel{color:gray; padding:24px;}")
        self.empty_label.hide()

        self.side = QWidget(self)  # saved searches and filters (window_rest)
        self.side.setObjectName("sidePanel")

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        middle_layout.addWidget(self.empty_label)
        middle_layout.addWidget(self.table, 1)
        # the list and the map: two views of one result
        self.map_tab = QWidget(self)
        self.map_tab.setObjectName("mapTab")
        QVBoxLayout(self.map_tab).setContentsMargins(0, 0, 0, 0)
        self.views = QTabWidget(self)
        self.views.setObjectName("resultViews")
        self.views.setDocumentMode(True)
        # the tabs' icons are drawn once the window is built (finish): until then a blank picture keeps their place
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        self.views.addTab(middle, QIcon(blank), self.tr("List"))
        self.views.addTab(self.map_tab, QIcon(blank), self.tr("Map"))
        self.views.addTab(QWidget(self), QIcon(blank), self.tr("Shortlists"))  # window_rest
        self.views.setTabToolTip(2, self.tr("Your shortlists (Ctrl+3)"))
        self.views.setTabToolTip(0, self.tr("The result as a list (Ctrl+1)"))
        self.views.setTabToolTip(1, self.tr("The result on a map (Ctrl+2)"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.details_slot)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([250, 700, 380])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)
        self.central_layout = layout
        self.setCentralWidget(central)
        self.result: SearchResult | None = None
        self._ran: tuple[str, Node] | None = None
        self._searching = False
        self._reveal_when_shown = ""
        # facet counts follow the table a moment later, so typing never waits for them
        self._facet_timer = QTimer(self)
        self._facet_timer.setSingleShot(True)
        self._facet_timer.setInterval(FACET_DELAY_MS)
        self._facet_timer.timeout.connect(self._count_facets_in_background)
        self._readers: dict[Path, Directory] = {}
        self._all_facets: dict[str, list[tuple[str, int]]] | None = None
        """Facet counts over the whole directory (the values the facet panel lists); counted with
        the first facet update after the directory is (re)loaded, off the start-up path."""

        self.count_label = QLabel(self)

        self.count_label.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.count_label.setObjectName("countLabel")
        self.freshness_label = QLabel(self)
        self.freshness_label.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.freshness_label.setObjectName("freshnessLabel")
        self.map_status_label = QLabel(self)
        self.map_status_label.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.map_status_label.setObjectName("mapStatusLabel")
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.map_status_label)
        self.statusBar().addPermanentWidget(self.freshness_label)
        # the menu bar's menus from the start (filled by window_rest), so nothing moves down later
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {
            key: bar.addMenu(title)
            for key, title in (
                ("file", self.tr("&File")),
                ("edit", self.tr("&Edit")),
                ("view", self.tr("&View")),
                ("map", self.tr("&Map")),
                ("help", self.tr("&Help")),
            )
        }
        self._restored_details, self._restored_map_tab = self._restore_layout()
        if first_page is not None:
            self.show_first_page(first_page)
        if directory is not None:
            self.finish(directory)

    def show_first_page(self, first_page: FirstPage) -> None:
        """Show the first rows of the whole directory (read before the directory is open), its count."""
        source = FirstPageSource(first_page)
        self.model.set_result(source, source.fetch)
        summary = plural("MainWindow", "1 facility", "%n facilities", first_page.total)
        self.count_label.setText(summary)
        self.search_bar.count_label.setText(summary)
        if first_page.total:
            self.table.selectRow(0)

    def finish(self, directory: Directory) -> None:
        """Build the rest of the window on the open ``directory`` and show its rows (once)."""
        if self.built:
            return
        from directory_app.qt.window_rest import build_rest

        self.directory = directory
        self.setStyleSheet(self.styleSheet() + FOCUS_FRAME)  # the whole window (the first one framed two)
        self._draw_tab_icons()
        build_rest(self)
        self.built = True
        self.ready.emit()

    # Construction -------------------------------------------------------------------------

    def _draw_tab_icons(self) -> None:
        from directory_app.qt.icons import icon as app_icon

        for index, name in enumerate(("fa6s.list", "fa6s.map-location-dot", "fa6s.clipboard-list")):
            self.views.setTabIcon(index, app_icon(name))

    def _action(
        self, text: str, slot: object, shortcut: object = None, icon: str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            use_standard_key(action, shortcut)  # the platform's bindings (or a fallback), recorded on the action
        elif shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        if icon:
            from directory_app.qt.icons import icon as app_icon

            action.setIcon(app_icon(icon))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(
            self.tr("&Open Directory File…"),
            self.open_other_database,
            QKeySequence.StandardKey.Open,
            "fa6s.folder-open",
            self.tr("Open or create another directory database file"),
        )
        self.export_action = self._action(
            self.tr("&Export…"),
            self.export_data,
            QKeySequence(shortcuts.EXPORT),
            "fa6s.file-export",
            self.tr("Write a shortlist or the search result to Excel, CSV, GeoJSON or an offline HTML map"),
        )
        self.import_action = self._action(
            self.tr("&Import…"),
            self.import_data,
            QKeySequence(shortcuts.IMPORT),
            "fa6s.file-import",
            self.tr("Add facilities from a CSV, Excel or GeoJSON file, with a preview of every row's problems"),
        )
        self.print_action = self._action(
            self.tr("&Print Handout…"),
            lambda: self.print_handout(),
            QKeySequence.StandardKey.Print,
            "fa6s.print",
            self.tr("Print the handout of the shortlist on screen (or of the search result)"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "fa6s.power-off")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.copy_action = self._action(
            self.tr("&Copy Selected Rows"),
            self.copy_selection,
            QKeySequence.StandardKey.Copy,
            "fa6s.copy",
            self.tr("Copy the selected facilities as tab-separated text"),
        )
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.copy_action)
        self.select_all_action = self._action(
            self.tr("Select &All"), self.table.selectAll, QKeySequence.StandardKey.SelectAll
        )
        self.select_all_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.select_all_action)
        self.details_action = self._action(
            self.tr("Show &Details Pane"),
            self._toggle_details,
            QKeySequence(shortcuts.DETAILS_PANE),
            "fa6s.circle-info",
        )
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.find_action = self._action(
            self.tr("&Find…"),
            self.search_bar.focus,
            QKeySequence.StandardKey.Find,
            "fa6s.magnifying-glass",
            self.tr("Type a search: free text or the query language"),
        )
        self.clear_search_action = self._action(self.tr("Show &All Facilities"), self.search_bar.clear)
        self.save_search_action = self._action(
            self.tr("&Save Search…"),
            self.save_current_search,
            QKeySequence.StandardKey.Save,
            "fa6s.bookmark",
            self.tr("Keep the current search in the side panel"),
        )
        self.query_help_action = self._action(self.tr("Search &Syntax"), self.show_query_help)
        self.undo_action = self._action(self.tr("&Undo"), self.undo_last_removal, QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.focus_table_action = self._action(
            self.tr("Show &List"), self.show_list, QKeySequence("Ctrl+1"), "fa6s.list"
        )
        self.show_map_action = self._action(
            self.tr("Show &Map"), self.show_map, QKeySequence("Ctrl+2"), "fa6s.map-location-dot"
        )
        self.show_on_map_action = self._action(
            self.tr("Show on Ma&p"),
            self.show_current_on_map,
            QKeySequence("Ctrl+M"),
            "fa6s.location-dot",
            self.tr("Show the current facility on the map, with its popup"),
        )
        self.show_shortlists_action = self._action(
            self.tr("Show S&hortlists"),
            lambda: self.views.setCurrentIndex(2),
            QKeySequence("Ctrl+3"),
            "fa6s.clipboard-list",
        )
        self.add_to_shortlist_action = self._action(
            self.tr("&Add to Shortlist"),
            lambda: self.shortlists.add(self.table.selected_ids()),
            QKeySequence(shortcuts.ADD_TO_SHORTLIST),
            "fa6s.square-plus",
            self.tr("Add the selected facilities to the current shortlist"),
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.add_to_shortlist_action)
        self.table.addAction(self.show_on_map_action)
        self.zoom_results_action = self._action(
            self.tr("&Zoom Map to Results"),
            self.zoom_map_to_results,
            QKeySequence("Ctrl+Shift+R"),
            "fa6s.expand",
            self.tr("Fit the map to the facilities found"),
        )
        self.search_area_action = self._action(
            self.tr("Search &This Map Area"),
            self.search_map_area,
            QKeySequence(shortcuts.SEARCH_MAP_AREA),
            "fa6s.crop-simple",
            self.tr("Limit the search to the part of the map in view"),
        )
        self.online_tiles_action = self._action(
            self.tr("Use &Online Map Tiles"),
            self.map.set_online,
            None,
            "fa6s.globe",
            self.tr("Download detailed map tiles from the tile server (tiles seen are kept for offline use)"),
        )
        self.online_tiles_action.setCheckable(True)
        self.online_tiles_action.setChecked(self.map.online)
        self.tile_server_action = self._action(
            self.tr("Tile &Server…"), lambda: self.map.choose_tile_server(self.prompter), None, "fa6s.server"
        )
        self.prefetch_action = self._action(
            self.tr("&Download the Detailed Map of This Area…"),
            lambda: self.map.make_area_available_offline(self.prompter),
            None,
            "fa6s.download",
            self.tr(
                "Download the detailed map of the visible area for offline use (before a trip, while online): "
                "the size first, then progress; Cancel keeps what is stored"
            ),
        )
        self.reset_layout_action = self._action(self.tr("&Reset Layout"), self.reset_layout)
        self.about_action = self._action(self.tr("&About Directory App"), self.show_about, None, "fa6s.circle-question")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), self._about_qt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )

    def _build_menus(self) -> None:
        file_menu = self.menus["file"]  # made with the first window
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menus["edit"]  # made with the first window
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_action)
        edit_menu.addAction(self.select_all_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.clear_search_action)
        edit_menu.addAction(self.save_search_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_to_shortlist_action)
        view_menu = self.menus["view"]  # made with the first window
        self.columns_menu = view_menu.addMenu(self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        view_menu.addAction(self.details_action)
        view_menu.addAction(self.focus_table_action)
        view_menu.addAction(self.show_map_action)
        view_menu.addAction(self.show_shortlists_action)
        view_menu.addSeparator()
        map_menu = self.menus["map"]  # made with the first window
        map_menu.addAction(self.show_map_action)
        map_menu.addAction(self.show_on_map_action)
        map_menu.addAction(self.zoom_results_action)
        map_menu.addAction(self.search_area_action)
        map_menu.addSeparator()
        map_menu.addAction(self.online_tiles_action)
        map_menu.addAction(self.tile_server_action)
        map_menu.addAction(self.prefetch_action)
        view_menu.addSeparator()
        view_menu.addAction(self.reset_layout_action)
        help_menu = self.menus["help"]  # made with the first window
        help_menu.addAction(self.query_help_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for action in self.table.column_menu(self.columns_menu).actions():
            self.columns_menu.addAction(action)

    # Data ---------------------------------------------------------------------------------

    def _load_directory(self) -> None:
        """Show a (newly opened or changed) directory: rerun the current search, refresh side panels."""
        self.details.flush_note()
        self._all_facets = None  # recounted with the facets, after the first rows are shown
        oldest, newest = self.directory.verification_span()
        if oldest and newest:
            span = format_date(oldest) if oldest == newest else f"{format_date(oldest)} – {format_date(newest)}"
            self.freshness_label.setText(self.tr("Sources checked %1").replace("%1", span))
        else:
            first, last = self.directory.source_date_span()
            if first:
                years = first if first == last else f"{first}–{last}"
                self.freshness_label.setText(self.tr("Not checked yet · sources of %1").replace("%1", years))
            else:
                self.freshness_label.setText(self.tr("Sources not checked"))
        self.freshness_label.setToolTip(
            self.tr(
                "Until someone checks a record (Mark as Verified Today), its freshness is the date of its source.\n%1"
            ).replace("%1", str(self.directory.path))
        )
        read_only = self.directory.read_only
        self.banner.setVisible(read_only)
        if read_only:
            self.banner.setText(
                self.tr(
                    "This directory file is open read-only (%1). You can browse, search and copy, "
                    "but notes and saved searches cannot be stored."
                ).replace("%1", str(self.directory.path))
            )
        # "file — App": the title ends with the application's display name, so Qt does not append it
        # a second time (it does on X11 and Windows to a title that does not end with it)
        app_name = QGuiApplication.applicationDisplayName() or "Directory App"
        title = self.directory.path.name + (self.tr(" [read-only]") if read_only else "")
        self.setWindowFilePath(str(self.directory.path))
        self.setWindowTitle(f"{title} — {app_name}")
        self.save_search_action.setEnabled(not read_only)
        for action in self.curation_write_actions:
            action.setEnabled(not read_only)
        self.run_search(self.search_bar.text())
        self._refresh_saved_searches()
        self.shortlists.refresh()
        if self.table.current_facility() is None and self.model.rowCount():
            self.table.selectRow(0)

    def run_search(self, text: str) -> bool:
        """Search and show the result in the table, the facets and the status bar (one query, many views).

        A query that cannot be parsed is explained under the search box; the previous result stays.
        """
        self._searching = True
        try:
            return self._run_search(text)
        finally:
            self._searching = False

    def _run_search(self, text: str) -> bool:
        try:
            key, descending = self.table.sort_state()
            result = understood = self.directory.search(text, order_by=key or "rank", descending=descending)
            # chips the user removed from this text stay removed (nothing is inferred again)
            narrowed = self.search_bar.chips.narrowed(text, understood.understanding)
            if narrowed is not None:
                result = self.directory.search(narrowed, order_by=key or "rank", descending=descending)
        except (DirectoryError, ValueError) as exc:
            self.search_bar.show_error(getattr(exc, "message", str(exc)), getattr(exc, "position", None))
            return False
        self.search_bar.clear_error()
        self.search_bar.chips.show_understanding(text, understood.understanding, narrowed=narrowed is not None)
        self.result = result
        # the structured query that ran for this text (what the chips say): facet ticks show it, a facet
        # click edits it and a saved search keeps it, so a removed chip never comes back
        self._ran = (text, self._query_that_ran(result)) if (narrowed is not None or result.understanding) else None
        # rows are fetched through whatever directory is open then (never a closed one)
        self.table.set_result(result, lambda ids: self.directory.facilities(ids))
        self.map.show_result(result)
        self._facet_timer.start()
        total = result.total
        if result.text:
            summary = self.tr("%1 of %2 facilities").replace("%1", str(result.count)).replace("%2", str(total))
        else:
            summary = plural("MainWindow", "1 facility", "%n facilities", total)
        self.count_label.setText(summary)
        self.search_bar.count_label.setText(summary)
        self.empty_label.setVisible(result.count == 0)
        if result.count == 0:
            if result.places:
                hint = self.tr(
                    "No facility matches “%1”. Remove a filter, search wider than the current radius, "
                    "or clear the search (Esc)."
                )
            else:
                hint = self.tr("No facility matches “%1”. Remove a filter or clear the search (Esc).")
            self.empty_label.setText(hint.replace("%1", result.text))
        if self.table.current_facility() is None and result.count:
            self.table.selectRow(0)
        return True

    @staticmethod
    def _query_that_ran(result: SearchResult) -> Node:
        """What a result's rows answer: the understood query for free text, else the query as typed."""
        return result.understanding.node if result.understanding is not None else result.node

    def update_facets(self) -> None:
        """Recount the facets for the current result (the same query the table shows), now."""
        self._facet_timer.stop()
        if self.result is None or self.directory.closed:
            return
        try:
            counts = self.directory.facets(self.result)
            everywhere = self._facets_everywhere(self.directory, self.result, counts, self._all_facets)
        except DirectoryError as exc:
            self.statusBar().showMessage(exc.message, 5000)
            return
        self._all_facets = everywhere
        self.facets.update_counts(counts, everywhere, self._query_that_ran(self.result))

    @staticmethod
    def _facets_everywhere(
        directory: Directory,
        result: SearchResult,
        counts: dict[str, list[tuple[str, int]]],
        known: dict[str, list[tuple[str, int]]] | None,
    ) -> dict[str, list[tuple[str, int]]]:
        """The whole directory's facet counts: ``known`` if counted already, the result's own counts
        when it is the whole directory (an empty query), else counted now."""
        if known is not None:
            return known
        if not result.text:
            return counts
        return directory.facets(directory.search(""))

    def _reader(self) -> Directory:
        """The read-only connection of the worker thread (one per file)."""
        path = self.directory.path
        reader = self._readers.get(path)
        if reader is None:
            reader = self.directory.reader()
            self._readers[path] = reader
        return reader

    # List and map ----------------------------------------------------------------------------

    def show_list(self) -> None:
        """Bring the list forward and give it the keyboard."""
        self.views.setCurrentIndex(0)
        self.table.setFocus()

    def show_map(self) -> None:
        """Bring the map forward (created on first use)."""
        self.views.setCurrentIndex(1)
        if self.map.view is not None:
            self.map.view.setFocus()

    def _view_tab_changed(self, index: int) -> None:
        if index == 1:
            self.map.ensure_view()
            self.map.highlight(self.table.selected_ids(), pan=False)  # the user's view stays

    def _selection_changed(self, *_: object) -> None:
        # a selection the user makes brings its markers into view; one a new result makes does not
        self.map.highlight(self.table.selected_ids(), pan=not self._searching)

    def select_facility(self, facility_id: str) -> bool:
        """Make a facility of the current result the current row (its details show)."""
        if self.table.select_facility(facility_id):
            return True
        if self.result is None:
            return False
        ids = self.result.ids
        if facility_id not in ids:
            return False
        self.table.selectRow(ids.index(facility_id))
        return True

    def _show_details_of(self, facility_id: str) -> None:
        if self.select_facility(facility_id) and not self.details_action.isChecked():
            self.details_action.setChecked(True)
            self._toggle_details(True)

    def show_current_on_map(self) -> None:
        """Bring the map forward on the current facility (the keyboard way to a marker)."""
        facility = self.table.current_facility()
        if facility is None:
            return
        if facility.latitude is None or facility.longitude is None:
            self.statusBar().showMessage(self.tr("%1 has no coordinates.").replace("%1", facility.name), 5000)
            return
        first_time = self.map.view is None
        self.show_map()
        view = self.map.view
        if view is None:
            return
        if first_time or not view.ready or view.shown_gen != view.gen:
            self._reveal_when_shown = facility.id  # once the page shows the current result
        else:
            view.reveal(facility.id)

    def _map_markers_shown(self, gen: int, _count: int) -> None:
        view = self.map.view
        if self._reveal_when_shown and view is not None and gen == view.gen:
            view.reveal(self._reveal_when_shown)
            self._reveal_when_shown = ""

    def zoom_map_to_results(self) -> None:
        """Show the map, fitted to the current result."""
        self.show_map()
        self.map.zoom_to_results()

    def search_map_area(self) -> None:
        """Limit the search to the map's visible extent."""
        if self.map.view is None:
            self.show_map()
            self.statusBar().showMessage(self.tr("Move the map to the area, then search it again."), 5000)
            return
        self.map.search_area()

    def _map_query(self, kind: str, args: tuple[float, ...]) -> None:
        from directory_app.domain.query import format_query
        from directory_app.search.map_edit import with_box, with_near
        from directory_app.search.parser import parse

        try:
            current = parse(self.search_bar.text())
        except DirectoryError as exc:
            self.search_bar.show_error(
                self.tr("Fix the search text before searching on the map: %1").replace("%1", exc.message)
            )
            return
        node = with_box(current, *args) if kind == "box" else with_near(current, *args)
        self.search_bar.set_text(format_query(node))

    def _count_facets_in_background(self) -> None:
        """Count facets on the worker thread with its own read-only connection; the newest count wins."""
        if self.result is None or self.directory.closed:
            return
        result = self.result
        path = self.directory.path
        self._reader()

        known = self._all_facets
        Counts = dict[str, list[tuple[str, int]]]

        def count() -> tuple[Counts, Counts]:
            reader = self._readers[path]
            counts = reader.facets_of(result.expanded, result.places)
            return counts, self._facets_everywhere(reader, result, counts, known)

        def show(both: tuple[Counts, Counts]) -> None:
            if self.result is result:
                counts, everywhere = both
                self._all_facets = everywhere
                self.facets.update_counts(counts, everywhere, self._query_that_ran(result))

        def failed(error: BaseException) -> None:
            if self.result is result:  # e.g. the file cannot be read a second time: count here instead
                self.update_facets()

        self.background.submit(count, show, failed, key="facets")

    def _toggle_facet(self, field: str, code: str) -> None:
        from directory_app.domain.query import format_query
        from directory_app.search.facet_edit import toggle_facet
        from directory_app.search.parser import parse

        ran = self._ran
        if ran is not None and ran[0] == self.search_bar.text():
            # free text was understood: the click edits what ran, written out in the box
            self.search_bar.set_text(format_query(toggle_facet(ran[1], field, code)))
            return
        try:
            current = parse(self.search_bar.text())
        except DirectoryError as exc:
            # never throw away what the user typed: ask them to fix it first
            self.search_bar.show_error(
                self.tr("Fix the search text before using the filters: %1").replace("%1", exc.message)
            )
            return
        self.search_bar.set_text(format_query(toggle_facet(current, field, code)))

    def _refresh_saved_searches(self) -> None:
        rows = []
        for saved in self.directory.saved_searches():
            try:
                count: int | None = self.directory.count_matches(saved.query)
            except DirectoryError:
                count = None
            rows.append((saved, count))
        self.saved.set_searches(rows)

    def save_current_search(self) -> None:
        """Ask for a name and save the current search (an existing name is replaced, after asking)."""
        text = self.search_bar.text().strip()
        if not text:
            self.statusBar().showMessage(self.tr("Type a search first, then save it."), 5000)
            return
        ran = self._ran
        if ran is not None and ran[0].strip() == text and self.search_bar.chips.removed_parts:
            from directory_app.domain.query import format_query

            text = format_query(ran[1])  # chips the user removed stay removed in the saved search
        name = self.prompter.ask_text(self, self.tr("Save Search"), self.tr("Name of this search:"), text[:40])
        if not name:
            return
        existing = {s.name for s in self.directory.saved_searches()}
        if name.strip() in existing:
            answer = self.prompter.choose(
                self,
                self.tr("Save Search"),
                self.tr("A saved search called “%1” exists. Replace it?").replace("%1", name.strip()),
                [("replace", self.tr("Replace")), ("cancel", self.tr("Cancel"))],
                warning=False,
            )
            if answer != "replace":
                return
        try:
            changes = self.directory.save_search(name, text)
        except (DirectoryError, ValueError) as exc:
            self.statusBar().showMessage(getattr(exc, "message", str(exc)), 8000)
            return
        self.changes_applied.emit(changes)

    def rename_saved_search(self, saved: SavedSearch) -> None:
        """Ask for a new name for a saved search."""
        name = self.prompter.ask_text(self, self.tr("Rename Saved Search"), self.tr("New name:"), saved.name)
        if not name or name == saved.name:
            return
        try:
            self.changes_applied.emit(self.directory.rename_saved_search(saved.id, name))
        except (DirectoryError, ValueError) as exc:
            self.statusBar().showMessage(getattr(exc, "message", str(exc)), 8000)

    def delete_saved_search(self, saved: SavedSearch) -> None:
        """Delete a saved search; the status bar offers Undo for a while."""
        try:
            changes, deleted = self.directory.delete_saved_search(saved.id)
        except DirectoryError as exc:
            self.statusBar().showMessage(exc.message, 8000)
            return
        self.changes_applied.emit(changes)
        if deleted is not None:
            self.offer_undo(
                self.tr("Delete Saved Search “%1”").replace("%1", deleted.name),
                lambda: self.directory.save_search(deleted.name, deleted.query),
            )

    def undo_last_removal(self) -> None:
        """Edit › Undo (Ctrl+Z): undo the newest step of the history (an edit, a delete, a removal...)."""
        self._step(self.history.undo)

    def redo_last(self) -> None:
        """Edit › Redo (Ctrl+Shift+Z): do the newest undone step again."""
        self._step(self.history.redo)

    def _step(self, step: Callable[[], Changes | None]) -> None:
        try:
            changes = step()
        except (DirectoryError, ValueError) as exc:
            self.statusBar().showMessage(getattr(exc, "message", str(exc)), 8000)
            return
        if changes is not None:
            self.changes_applied.emit(changes)

    def offer_undo(self, label: str, undo: object, redo: object = None) -> None:
        """Make Ctrl+Z undo this change (and, given ``redo``, Ctrl+Shift+Z do it again)."""
        self.history.push(label, undo, redo)  # type: ignore[arg-type]
        self.statusBar().showMessage(self.tr("%1 — Ctrl+Z to undo").replace("%1", label), 10000)

    def _history_changed(self) -> None:
        undo, redo = self.history.undo_label(), self.history.redo_label()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.undo_action.setEnabled(bool(undo))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self.redo_action.setEnabled(bool(redo))

    # Export -------------------------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog:
        """The export dialog for the current state (not shown)."""
        from directory_app.qt.export_dialog import ExportDialog

        return ExportDialog(
            self,
            result_count=self.result.count if self.result else 0,
            shortlists=self.directory.shortlists(),
            current_shortlist=self.shortlist_panel.current_id() if self.views.currentIndex() == 2 else 0,
            settings=self.settings,
            remembered_private=self.directory.shortlist_export_private,
            can_remember=not self.directory.read_only,
        )

    def import_wizard(self) -> ImportWizard:
        """The File › Import wizard (not shown), wired to refresh the views after an import."""
        from directory_app.qt.import_wizard import ImportWizard

        wizard = ImportWizard(self.directory, self, settings=self.settings, prompter=self.prompter)
        wizard.imported.connect(self.changes_applied.emit)
        # undoing an older edit after an import could overwrite what the import wrote
        wizard.imported.connect(lambda _changes: self.history.clear())
        return wizard

    def import_data(self) -> None:
        """File › Import… (Ctrl+Shift+I): the import wizard."""
        if self.directory.read_only:
            self.prompter.inform(self, self.tr("Import"), self.tr("This directory is open read-only."))
            return
        wizard = self.import_wizard()
        wizard.exec()
        wizard.deleteLater()

    def export_data(self) -> None:
        """File › Export (Ctrl+Shift+X): ask what and how, then where, then write in the background."""
        from PySide6.QtWidgets import QDialog

        dialog = self.export_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.run_export(dialog)

    def run_export(self, dialog: ExportDialog) -> ExportRun | None:
        """Ask for the file and write it (on a worker thread); ``None`` when nothing was started."""
        from directory_app.exporters import ExportSpec, extra_keys
        from directory_app.qt.export_dialog import ExportRun, label_in, localised_headers
        from directory_app.qt.output_guard import guarded_output
        from directory_app.search.city_names import with_city_names

        fmt = dialog.format()
        rows, extras, title, audience = self._export_source(dialog.shortlist_id(), dialog.include_private())
        columns = dialog.chosen_columns()
        if not columns and fmt not in ("html", "pdf"):
            self.prompter.inform(self, self.tr("Export"), self.tr("Tick at least one column to export."))
            return None
        carried = extra_keys(extras)  # private fields only if the user ticked the option
        if not any(c in columns for c in carried):  # the shortlist's notes, or distances, come along
            columns += [c for c in carried if c not in columns]
        if "withdrawn" in carried and "withdrawn" not in columns:  # a facility an update withdrew says so
            columns.append("withdrawn")
        extension = {"xlsx": ".xlsx", "csv": ".csv", "geojson": ".geojson", "html": ".html", "pdf": ".pdf"}[fmt]
        folder = self.settings.value("export/folder", str(Path.home()), type=str)
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "export"
        path = self.prompter.save_file(
            self, self.tr("Export"), str(Path(folder) / f"{safe}{extension}"), dialog.file_filter()
        )
        if not path:
            return None
        target = Path(path) if Path(path).suffix else Path(path + extension)
        if guarded_output(self.directory, target, parent=self, prompter=self.prompter, title=self.tr("Export")) is None:
            return None  # the database, a backup or a folder: refused, nothing written
        dialog.save_choices()
        choice = dialog.private_choice()
        if choice is not None:
            try:
                if self.directory.shortlist_export_private(choice[0]) != choice[1]:
                    self.directory.remember_shortlist_export_private(*choice)
            except DirectoryError as exc:  # busy or read-only: the export itself still goes ahead
                self.statusBar().showMessage(exc.message, 8000)
        self.settings.setValue("export/folder", str(target.parent))
        language = dialog.language()
        rows = with_city_names(rows, language or current_language())  # Gent / Gand / Ghent for the recipient
        spec = ExportSpec(columns=columns, headers=localised_headers(language), label=label_in(language), extras=extras)
        run = ExportRun(self)
        self._export_run = run
        run.finished.connect(lambda error: self._export_finished(target, len(rows), error))
        if fmt == "pdf":
            run.start_work(self._handout_work(rows, target, spec, title, audience, language))
            return run
        run.start(
            fmt,
            rows,
            target,
            spec,
            delimiter=dialog.delimiter(),
            html=lambda: self.map.standalone_html(
                facilities=rows, extras=extras, title=title, purpose=audience, language=language
            ),
        )
        return run

    def _export_source(
        self, shortlist_id: int, include_private: bool = False
    ) -> tuple[list[Facility], dict[str, dict[str, object]], str, str]:
        """(rows, extra values, title, audience) of a shortlist, or of the current result when ``shortlist_id`` is 0.

        A shortlist's private notes, status and rank come along only with ``include_private`` (the
        user ticked it in the export dialog); a printed handout never has them.
        """
        found = [s for s in self.directory.shortlists() if s.id == shortlist_id]
        if found:
            rows, extras = self.directory.shortlist_rows(shortlist_id, include_private=include_private)
            return rows, extras, found[0].name, found[0].purpose
        if self.result is None:
            return [], {}, self.tr("Search result"), ""
        rows, extras = self.directory.result_rows(self.result)
        return rows, extras, self.tr("Search result"), self.result.text

    @staticmethod
    def _handout_work(
        rows: list[Facility], target: Path, spec: ExportSpec, title: str, audience: str, language: str = ""
    ) -> Callable[[Callable[[int, int], bool]], None]:
        from directory_app.handout import write_handout
        from directory_app.qt.export_dialog import handout_strings

        strings = handout_strings(language or None)

        def work(progress: Callable[[int, int], bool]) -> None:
            write_handout(rows, target, spec, title=title, audience=audience, strings=strings, progress=progress)

        return work

    def print_handout(self, printer: QPrinter | None = None) -> ExportRun | None:
        """File › Print Handout (Ctrl+P): the handout of the shortlist on screen (or the result), printed."""
        from directory_app.exporters import ExportSpec
        from directory_app.qt.export_dialog import ExportRun, export_error_text, label_in, localised_headers
        from directory_app.qt.preferences import handout_language
        from directory_app.search.city_names import with_city_names

        # the shortlist on screen in the Shortlists tab, else the search result
        shortlist_id = self.shortlist_panel.current_id() if self.views.currentIndex() == 2 else 0
        rows, extras, title, audience = self._export_source(shortlist_id)
        if not rows:
            self.statusBar().showMessage(self.tr("Nothing to print: the list is empty."), 5000)
            return None
        folder = Path(tempfile.mkdtemp(prefix="directory-app-print-"))
        target = folder / "handout.pdf"
        language = handout_language(self.settings)
        rows = with_city_names(rows, language or current_language())
        spec = ExportSpec(headers=localised_headers(language), label=label_in(language), extras=extras)
        run = ExportRun(self)
        self._export_run = run

        def done(error: object) -> None:
            if error is not None:
                self.prompter.inform(self, self.tr("Print Handout"), export_error_text(error))  # type: ignore[arg-type]
            else:
                self._print_pdf(target, printer)
            shutil.rmtree(folder, ignore_errors=True)

        run.finished.connect(done)
        run.start_work(self._handout_work(rows, target, spec, title, audience, language))
        return run

    def _print_pdf(self, path: Path, printer: QPrinter | None) -> bool:
        """Print a PDF file page by page (asks for the printer unless one is given)."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QPainter
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QDialog

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        document = QPdfDocument(self)
        document.load(str(path))
        painter = QPainter()
        if not painter.begin(printer):
            self.prompter.inform(self, self.tr("Print Handout"), self.tr("The printer could not be started."))
            return False
        try:
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                area = painter.viewport()
                size = document.pagePointSize(page).toSize().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), size), document.render(page, size))
        finally:
            painter.end()
            document.close()
        self.statusBar().showMessage(self.tr("Handout sent to the printer"), 8000)
        return True

    def _export_finished(self, path: Path, count: int, error: object) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from directory_app.qt.export_dialog import export_error_text

        if error is None:
            text = self.tr("%1 facilities written to %2").replace("%1", str(count)).replace("%2", str(path))
            self.statusBar().showMessage(text, 10000)
            choices = [("open", self.tr("&Open")), ("folder", self.tr("Show in &Folder")), ("close", self.tr("Close"))]
            answer = self.prompter.offer(self, self.tr("Export"), text, choices)
            if answer in ("open", "folder"):
                target = path if answer == "open" else path.parent  # the folder: every desktop can open that
                if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
                    failed = self.tr("No program could open %1.").replace("%1", str(target))
                    self.prompter.inform(self, self.tr("Export"), failed)
        else:
            self.prompter.inform(self, self.tr("Export"), export_error_text(error))  # type: ignore[arg-type]

    def _show_details_of_id(self, facility_id: str) -> None:
        if facility_id:
            self._show_details(self.directory.facility(facility_id))

    def _show_query_in_list(self, text: str) -> None:
        self.search_bar.set_text(text)
        self.show_list()

    def _show_in_list_and_select(self, facility_id: str) -> None:
        if not self.select_facility(facility_id):
            self.search_bar.set_text(f"id:{facility_id}")
            self.select_facility(facility_id)
        self.show_list()

    def show_query_help(self) -> None:
        """The query language, every field with an example."""
        from PySide6.QtWidgets import QMessageBox

        from directory_app.qt.help_text import query_help_html

        QMessageBox.information(self, self.tr("Search Syntax"), query_help_html())

    def _show_details(self, facility: object) -> None:
        self.details.flush_note()  # save a pending edit before reading notes back
        if facility is None:
            self.details.show_facility(None)
            return
        note = self.directory.note(facility.id)  # type: ignore[attr-defined]
        campus_id = facility.campus_id  # type: ignore[attr-defined]
        campus = self.directory.facility(campus_id) if campus_id else None
        sites = self.directory.sites_on_campus(facility.id) if facility.kind == "science_park" else []  # type: ignore[attr-defined]
        self.details.show_facility(
            facility,  # type: ignore[arg-type]
            note,
            read_only=self.directory.read_only,
            campus=(campus.id, campus.name) if campus else None,
            sites=sites,
        )

    def _save_note(self, facility_id: str, body: str) -> None:
        if self.directory.closed:
            return
        try:
            changes = self.directory.set_note(facility_id, body)
        except DirectoryError as exc:
            self.details.note_not_saved(facility_id)
            self.statusBar().showMessage(self.tr("Note not saved: %1").replace("%1", exc.message), 10000)
            return
        self.changes_applied.emit(changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.facilities:
            self.curation.refresh_trash()
        if changes.notes:
            self.statusBar().showMessage(self.tr("Note saved"), 3000)
        if changes.saved_searches:
            self._refresh_saved_searches()
        if changes.shortlists:
            self.shortlists.refresh()
            if "shortlist:" in self.search_bar.text():
                self.run_search(self.search_bar.text())
        if changes.facilities:
            self._load_directory()

    def close_readers(self) -> None:
        """Finish background work and close its connections (before the directory goes)."""
        self.background.wait()
        for reader in self._readers.values():
            reader.close()
        self._readers.clear()

    def open_other_database(self) -> None:
        """Ask for another database file (a new path is created from the seed) and switch to it."""
        from directory_app.qt.open_database import DB_FILTER, open_directory

        path = self.prompter.open_file(
            self, self.tr("Open or create a directory file"), str(self.directory.path.parent), DB_FILTER
        )
        if not path:
            return
        directory = open_directory(Path(path), prompter=self.prompter, parent=self)
        if directory is None:
            return
        self.details.flush_note()
        self.curation.start_scheduled_backup()  # the file being left still gets its daily backup
        self.close_readers()
        self.directory.close()
        self.history.clear()  # its steps belong to the other file
        self.directory = directory
        self.settings.setValue(LAST_DATABASE_KEY, str(directory.path))
        self.curation.daily_backup_soon()
        self.overrides.check_soon()  # edits that differ from newer data: told once the rows are shown
        self.result = None
        self.table.set_facilities([])
        self._load_directory()
        if self.result is None:  # the current search does not run on the new file: show everything
            self.search_bar.clear()

    # Actions ------------------------------------------------------------------------------

    def copy_selection(self) -> None:
        """Copy the selected rows (visible columns) to the clipboard as tab-separated text."""
        ids = set(self.table.selected_ids())
        if not ids:
            return
        keys = self.table.visible_column_keys()
        columns = {c.key: c for c in COLUMNS}
        lines = ["\t".join(self.model.headerData(list(columns).index(k), Qt.Orientation.Horizontal) for k in keys)]
        for row in self.table.selected_rows():
            facility = self.model.facility_at(row)
            if facility.id in ids:
                lines.append("\t".join(columns[k].display(facility).replace("\t", " ") for k in keys))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        self.statusBar().showMessage(plural("MainWindow", "1 row copied", "%n rows copied", len(lines) - 1), 3000)

    def _toggle_details(self, checked: bool) -> None:
        self.details.setVisible(checked)

    def reset_layout(self) -> None:
        """Forget the saved layout and go back to the default one."""
        header = self.table.horizontalHeader()
        for i, column in enumerate(COLUMNS):
            header.moveSection(header.visualIndex(i), i)
            visible = self.model.has_distances() if column.key == "distance" else column.visible
            self.table.setColumnHidden(i, not visible)
        self.table.set_sort(None)
        self.splitter.setSizes([int(self.width() * 0.2), int(self.width() * 0.52), int(self.width() * 0.28)])
        self.details_action.setChecked(True)
        self.details.setVisible(True)

    def _about_qt(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.aboutQt(self)

    def show_about(self) -> None:
        """The About box: version, purpose, and credits for the data sources and their licences."""
        import html

        from PySide6.QtWidgets import QMessageBox

        credits = self.directory.data_credits()
        items = "".join(f"<li>{html.escape(c)}</li>" for c in credits)
        QMessageBox.about(
            self,
            self.tr("About Directory App"),
            "<h3>"
            + self.tr("Directory App %1").replace("%1", __version__)
            + "</h3><p>"
            + self.tr(
                "An offline directory of life-science incubators, accelerators, science parks and cell "
                "and gene therapy production sites in Belgium, the Netherlands and Luxembourg."
            )
            + "</p><p><b>"
            + self.tr("Data and licences")
            + "</b></p><ul>"
            + items
            + "</ul><p>"
            + self.tr("Database file: %1").replace("%1", str(self.directory.path))
            + "</p>",
        )

    def shortcuts_dialog(self) -> ShortcutsDialog:
        """Help › Keyboard Shortcuts, generated from the window's actions (not shown)."""
        from directory_app.qt.help_dialogs import ShortcutsDialog

        own = self.actions()
        return ShortcutsDialog([*own, *(a for a in self.findChildren(QAction) if a not in own)], self)

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts."""
        self.shortcuts_dialog().exec()

    # Comfort: preferences, welcome, data dashboard, freshness, accessibility ---------------------

    def _build_comfort(self) -> None:
        """Edit › Preferences, Edit › Not Verified Recently, Help › Welcome and About the Data; screen-reader texts."""
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.show_preferences, QKeySequence.StandardKey.Preferences, "fa6s.gear"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.stale_action = self._action(
            self.tr("Find &Not Recently Verified…"),
            self.ask_stale_months,
            QKeySequence("Ctrl+Shift+V"),
            "fa6s.clock-rotate-left",
            self.tr("Facilities not checked against their source for more than a number of months"),
        )
        self.welcome_action = self._action(self.tr("&Welcome"), self.show_welcome)
        self.about_data_action = self._action(
            self.tr("About the &Data"), self.show_about_data, QKeySequence("Ctrl+Alt+D"), "fa6s.chart-column"
        )
        menus = {m.title(): m for m in (a.menu() for a in self.menuBar().actions()) if m is not None}
        edit_menu, help_menu = menus.get(self.tr("&Edit")), menus.get(self.tr("&Help"))
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.stale_action)
            edit_menu.addSeparator()
            edit_menu.addAction(self.preferences_action)
        if help_menu is not None:
            first = help_menu.actions()[0] if help_menu.actions() else None
            help_menu.insertAction(first, self.welcome_action)
            help_menu.insertAction(self.about_action, self.about_data_action)
        self.search_bar.setAccessibleName(self.tr("Search"))
        self.search_bar.setAccessibleDescription(
            self.tr("Free text or the query language; the list and the map show what matches")
        )
        self.table.setAccessibleName(self.tr("Facilities found"))
        self.table.setAccessibleDescription(
            self.tr("The search result as a list; the same facilities as on the map, one per row")
        )
        self.map_tab.setAccessibleName(self.tr("Map"))
        self.map_tab.setAccessibleDescription(
            self.tr(
                "The search result on a map. The list holds the same facilities and is its accessible "
                "twin: Ctrl+1 shows it, Ctrl+M shows the current facility on the map."
            )
        )
        self.details.setAccessibleName(self.tr("Details of the current facility"))
        self.details.setAccessibleDescription(self.tr("Every field, the source, when it was verified, and your note"))
        self.facets.setAccessibleName(self.tr("Filters"))
        self.facets.setAccessibleDescription(self.tr("Counts per value; Enter or a click adds or removes a filter"))
        self.saved.setAccessibleName(self.tr("Saved searches"))
        self.shortlist_panel.setAccessibleName(self.tr("Shortlists"))
        self.shortlist_panel.setAccessibleDescription(
            self.tr("Your shortlists and their facilities, with status, rank and note")
        )
        self.views.setAccessibleName(self.tr("Result views: list, map, shortlists"))

    def show_preferences(self) -> PreferencesDialog:
        """Edit › Preferences (Ctrl+,)."""
        from PySide6.QtWidgets import QDialog

        from directory_app.qt.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self, directory=self.directory, prompter=self.prompter)
        before = self.settings.value(LANGUAGE_KEY, "", type=str)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.updates.refresh_publish()  # File › Publish Update… shows when a signing key is set
            self.apply_theme_to_pages()
            after = self.settings.value(LANGUAGE_KEY, "", type=str)
            if after != before:
                QTimer.singleShot(0, lambda: self.language_change_requested.emit(after))
        return dialog

    def apply_theme_to_pages(self) -> None:
        """Give the map page and the details the current light or dark colours."""
        from directory_app.qt.theme import is_dark

        if not self.built:  # the first window: the pages come later, in the current colours
            return
        view = getattr(self.map, "view", None)
        if view is not None and hasattr(view, "set_dark"):
            view.set_dark(is_dark())
        self._show_details(self.table.current_facility() if hasattr(self.table, "current_facility") else None)

    def show_stale(self, months: int) -> None:
        """List the facilities not verified for more than ``months`` months (or never)."""
        self.search_bar.set_text(f"stale:{int(months)}")
        self.show_list()

    def ask_stale_months(self) -> None:
        """Edit › Find Not Recently Verified: ask for the months, then search ``stale:N``."""
        from PySide6.QtWidgets import QInputDialog

        months, ok = QInputDialog.getInt(
            self,
            self.tr("Not Recently Verified"),
            self.tr("Facilities not verified for more than (months):"),
            12,
            1,
            1200,
        )
        if ok:
            self.show_stale(months)

    def welcome_dialog(self) -> WelcomeDialog:
        """The welcome (not shown): what the data is, where from, how fresh; the offline map."""
        from directory_app.qt.help_dialogs import WelcomeDialog

        return WelcomeDialog(
            self.directory.count(), self.directory.verification_span(), self, self.directory.source_date_span()
        )

    def show_welcome(self) -> None:
        """Help › Welcome (shown once by itself at first start)."""
        self.welcome_dialog().exec()

    def about_data_dialog(self) -> AboutDataDialog:
        """Help › About the Data (not shown); choosing an old record selects it in the list."""
        from directory_app.qt.help_dialogs import AboutDataDialog
        from directory_app.qt.updates_ui import data_source_text

        dialog = AboutDataDialog(
            self.directory.data_overview(), self, self.directory.data_check_report(), data_source_text(self.directory)
        )
        dialog.facility_chosen.connect(self._show_in_list_and_select)
        return dialog

    def show_about_data(self) -> None:
        """Help › About the Data: counts per kind, country and confidence, and the oldest verifications."""
        dialog = self.about_data_dialog()
        dialog.facility_chosen.connect(lambda _id: dialog.accept())
        dialog.exec()

    # Curation -------------------------------------------------------------------------------

    def _build_curation_actions(self) -> None:
        self.redo_action = self._action(self.tr("&Redo"), self.redo_last, QKeySequence.StandardKey.Redo)
        primary = QKeySequence("Ctrl+Shift+Z")  # first, whatever order the platform lists its bindings in
        self.redo_action.setShortcuts([primary, *(k for k in self.redo_action.shortcuts() if k != primary)])
        self.redo_action.setEnabled(False)
        self.new_facility_action = self._action(
            self.tr("&New Facility…"),
            self.curation.new_facility,
            QKeySequence.StandardKey.New,
            "fa6s.plus",
            self.tr("Add a facility to the directory"),
        )
        self.edit_facility_action = self._action(
            self.tr("&Edit Facility…"),
            lambda: self.curation.edit_facility(),
            QKeySequence("Ctrl+Shift+E"),
            "fa6s.pen-to-square",
            self.tr("Change the current facility"),
        )
        self.delete_facility_action = self._action(
            self.tr("&Delete Facility"),
            lambda: self.curation.delete_selected(),
            QKeySequence.StandardKey.Delete,
            "fa6s.trash-can",
            self.tr("Move the selected facilities to the trash (Ctrl+Z brings them back)"),
        )
        self.delete_facility_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.delete_facility_action)  # Del belongs to the list only (other panels have their own)
        self.table.addAction(self.edit_facility_action)
        self.table.addAction(self.delete_facility_action)
        self.bulk_edit_action = self._action(
            self.tr("&Bulk Edit…"),
            self.curation.bulk_edit,
            QKeySequence("Ctrl+Shift+B"),
            "fa6s.list-check",
            self.tr("Set a field for every selected facility at once"),
        )
        self.table.addAction(self.bulk_edit_action)
        self.trash_action = self._action(
            self.tr("&Trash…"),
            self.curation.show_trash,
            None,
            "fa6s.trash-can-arrow-up",
            self.tr("Restore deleted facilities"),
        )
        self.backup_action = self._action(
            self.tr("&Back Up Now…"),
            self.curation.back_up_now,
            None,
            "fa6s.floppy-disk",
            self.tr("Copy the directory to the backup folder now"),
        )
        self.restore_backup_action = self._action(
            self.tr("&Restore from Backup…"),
            self.curation.choose_backup,
            None,
            "fa6s.clock-rotate-left",
            self.tr("Bring the directory back to an earlier backup"),
        )
        self.check_database_action = self._action(
            self.tr("&Check Database"),
            self.curation.check_database,
            None,
            "fa6s.stethoscope",
            self.tr("Check the database file and repair its search index"),
        )
        self.review_overrides_action = self._action(
            self.tr("Re&view Edits That Differ from Newer Data…"),
            self.overrides.review,
            None,
            "fa6s.code-compare",
            self.tr("Where newer reference data changed what you had edited: keep yours or take the newer data"),
        )
        self.overrides.set_action(self.review_overrides_action)
        self.curation_write_actions = [
            self.new_facility_action,
            self.edit_facility_action,
            self.delete_facility_action,
            self.bulk_edit_action,
            self.restore_backup_action,
        ]

    def _build_curation_menus(self) -> None:
        file_menu, edit_menu = (a.menu() for a in self.menuBar().actions()[:2])
        before = self.quit_action
        file_menu.insertAction(before, self.backup_action)
        file_menu.insertAction(before, self.restore_backup_action)
        file_menu.insertAction(before, self.check_database_action)
        file_menu.insertSeparator(before)
        edit_menu.insertAction(self.undo_action, self.redo_action)
        edit_menu.removeAction(self.undo_action)
        edit_menu.insertAction(self.redo_action, self.undo_action)
        edit_menu.addSeparator()
        for action in (
            self.new_facility_action,
            self.edit_facility_action,
            self.delete_facility_action,
            self.bulk_edit_action,
            self.trash_action,
            self.review_overrides_action,
        ):
            edit_menu.addAction(action)

    def _before_restore(self) -> None:
        """Before the database file is replaced: save pending typing, close the background connections."""
        self.details.flush_note()
        self.close_readers()

    def _place_on_map(self, facility_id: str, latitude: object, longitude: object) -> None:
        """Move-marker mode for the facility in the form: show the map with a draggable marker."""
        self.show_map()
        self.map.start_move(facility_id, latitude, longitude)  # type: ignore[arg-type]
        self.statusBar().showMessage(self.tr("Drag the orange marker to the facility's place."), 10000)

    # State --------------------------------------------------------------------------------

    def _restore_layout(self) -> tuple[bool, bool]:
        """Restore the saved geometry, splitter and columns (the first window has them); any unreadable
        value is ignored (the default stays). Returns whether the details pane and the map tab were
        shown, which :func:`directory_app.qt.window_rest.build_rest` restores."""
        s = self.settings
        s.beginGroup(STATE_GROUP)
        try:
            for key, restore in (
                ("geometry", self.restoreGeometry),
                ("splitter", self.splitter.restoreState),
            ):
                value = s.value(key)
                if isinstance(value, (QByteArray, bytes)):
                    try:
                        restore(value)
                    except (TypeError, ValueError):
                        pass
            columns = s.value("columns")
            if isinstance(columns, str):
                self.table.restore_layout_state(columns)
            details = s.value("details_visible", True)
            visible = details not in (False, "false", "0", 0)
            self.details_slot.setVisible(visible)
            map_tab = str(s.value("view_tab", 0)) == "1"
        finally:
            s.endGroup()
        return visible, map_tab

    def save_state(self) -> None:
        """Remember window geometry, splitter and column layout."""
        s = self.settings
        s.beginGroup(STATE_GROUP)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("splitter", self.splitter.saveState())
        s.setValue("columns", self.table.layout_state())
        s.setValue("details_visible", self.details_action.isChecked())
        s.setValue("view_tab", self.views.currentIndex())
        s.endGroup()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._facet_timer.stop()
        if not self.built:  # closed before the rest was built (or the directory could not be opened)
            super().closeEvent(event)
            return
        self.details.flush_note()
        self.save_state()
        self.background.wait(5000)
        self.curation.drop_scheduled_backup()
        self.curation.wait()
        self.close_readers()
        self.map.close()
        super().closeEvent(event)


def default_window_icon_path() -> Path:
    """The application icon file."""
    return config.resources_dir() / "icons" / "directory-app.svg"
