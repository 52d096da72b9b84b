"""The rest of the main window, built right after its first paint (:func:`build_rest`).

The first window (``MainWindow(None, first_page=...)``, see ``directory_app.qt.quick_start``)
has the search box, the list with the first rows, the status bar and the (empty) menus; it needs
nothing but Qt and the list's own modules. Then the directory is opened as usual and this module
adds, into the same window and in the same places: the saved searches and filters, the details
pane, the shortlists, the map, every menu action and the search understanding. What was typed in
the search box meanwhile stays there and is searched for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout

from directory_app.domain.models import Facility
from directory_app.qt import corrections_ui
from directory_app.qt.curation_controller import CurationController
from directory_app.qt.dialogs import Prompter
from directory_app.qt.history import EditHistory
from directory_app.qt.i18n import tr
from directory_app.qt.map_controller import MapController
from directory_app.qt.shortlist_controller import ShortlistController
from directory_app.qt.tasks import BackgroundRunner
from directory_app.qt.updates_ui import UpdatesController
from directory_app.qt.widgets.detail_pane import DetailPane
from directory_app.qt.widgets.facet_panel import FacetPanel
from directory_app.qt.widgets.override_conflicts_dialog import OverrideReview
from directory_app.qt.widgets.saved_searches_panel import SavedSearchesPanel
from directory_app.qt.widgets.shortlist_panel import ShortlistPanel

if TYPE_CHECKING:
    from directory_app.qt.main_window import MainWindow


def _side_panel(w: MainWindow) -> None:
    w.facets = FacetPanel(w)
    w.saved = SavedSearchesPanel(w)
    side_layout = QVBoxLayout(w.side)
    side_layout.setContentsMargins(4, 4, 4, 4)
    saved_title = QLabel(tr("MainWindow", "Saved searches"), w.side)
    saved_title.setBuddy(w.saved)
    facets_title = QLabel(tr("MainWindow", "Filters"), w.side)
    facets_title.setBuddy(w.facets)
    for title in (saved_title, facets_title):
        title.setStyleSheet("QLabel{font-weight:bold;}")
    w.saved.setMaximumHeight(110)
    side_layout.addWidget(saved_title)
    side_layout.addWidget(w.saved)
    side_layout.addWidget(facets_title)
    side_layout.addWidget(w.facets, 1)


def _panes(w: MainWindow) -> None:
    """The details pane and the shortlists tab, where the first window kept their places."""
    w.details = DetailPane(w)
    w.splitter.replaceWidget(w.splitter.indexOf(w.details_slot), w.details)  # same size, same visibility
    w.details_slot.deleteLater()
    w.shortlist_panel = ShortlistPanel(w)
    index = 2
    placeholder, icon, text, tip = (
        w.views.widget(index),
        w.views.tabIcon(index),
        w.views.tabText(index),
        w.views.tabToolTip(index),
    )
    current = w.views.currentIndex()
    w.views.blockSignals(True)
    try:
        w.views.removeTab(index)
        w.views.insertTab(index, w.shortlist_panel, icon, text)
        w.views.setTabToolTip(index, tip)
        w.views.setCurrentIndex(current)
    finally:
        w.views.blockSignals(False)
    placeholder.deleteLater()


def build_rest(w: MainWindow) -> None:
    """Build everything the first window lacks into ``w`` (its directory is open), then show the
    directory through it: the search that is in the box (what the user typed meanwhile), the facets."""
    if w.prompter is None:
        w.prompter = Prompter()
    # as the first window shows them (restored, or the defaults); a window built before it is shown has
    # no laid-out sizes yet and keeps the defaults it was made with
    sizes = w.splitter.sizes() if w.isVisible() else None
    _panes(w)
    _side_panel(w)
    w.background = BackgroundRunner(w)
    w.shortlists = ShortlistController(
        w.shortlist_panel,
        directory=lambda: w.directory,
        prompter=w.prompter,
        settings=w.settings,
        parent=w,
    )
    w.map = MapController(
        w.map_tab,
        directory=lambda: w.directory,
        reader=w._reader,
        background=w.background,
        settings=w.settings,
    )
    w.history = EditHistory(w)
    w.curation = CurationController(
        directory=lambda: w.directory,
        prompter=w.prompter,
        parent=w,
        selected_ids=w.table.selected_ids,
        current_id=lambda: (w.table.current_facility() or Facility("", "", "")).id or None,
        before_restore=w._before_restore,
    )
    w.overrides = OverrideReview(directory=lambda: w.directory, parent=w)
    w.central_layout.insertWidget(1, w.overrides.notice)  # under the read-only banner

    w._build_actions()
    w._build_curation_actions()
    w._build_menus()
    w._build_curation_menus()
    w._build_comfort()
    w.corrections_menu = corrections_ui.install(w)  # File › Send Corrections…, Edit › Review Corrections…
    w.table.current_facility_changed.connect(w._show_details)
    w.table.sort_requested.connect(lambda *_: w.run_search(w.search_bar.text()))
    w.details.note_edited.connect(w._save_note)
    w.changes_applied.connect(w._on_changes)
    w.search_bar.query_changed.connect(w.run_search)
    w.search_bar.leave_down.connect(w.table.setFocus)
    w.facets.value_clicked.connect(w._toggle_facet)
    w.saved.search_chosen.connect(lambda text: w.search_bar.set_text(text))
    w.saved.rename_requested.connect(w.rename_saved_search)
    w.saved.delete_requested.connect(w.delete_saved_search)
    w.views.currentChanged.connect(w._view_tab_changed)
    w.table.selectionModel().selectionChanged.connect(w._selection_changed)
    w.map.facility_clicked.connect(w.select_facility)
    w.map.details_requested.connect(w._show_details_of)
    w.map.query_requested.connect(w._map_query)
    w.shortlists.changed.connect(w.changes_applied)
    w.shortlists.message.connect(lambda text: w.statusBar().showMessage(text, 8000))
    w.shortlists.undo_offered.connect(w.offer_undo)
    w.shortlists.show_query.connect(w._show_query_in_list)
    w.shortlists.facility_activated.connect(w._show_in_list_and_select)
    w.shortlist_panel.current_changed.connect(w._show_details_of_id)
    w.map.add_requested.connect(lambda fid: w.shortlists.add([fid]))
    w.details.add_to_shortlist_requested.connect(lambda fid: w.shortlists.add([fid]))
    w.details.mark_verified_requested.connect(lambda fid: w.curation.mark_verified_today([fid]))
    w.details.facility_link_clicked.connect(w._show_in_list_and_select)
    w.map.status_changed.connect(w.map_status_label.setText)
    w.map.markers_shown.connect(w._map_markers_shown)
    w.map.message.connect(lambda text: w.statusBar().showMessage(text, 10000))
    w.history.changed.connect(w._history_changed)
    w.curation.changed.connect(w.changes_applied)
    w.curation.message.connect(lambda text: w.statusBar().showMessage(text, 8000))
    w.curation.undo_offered.connect(w.offer_undo)
    w.curation.history_reset.connect(w.history.clear)
    w.curation.place_on_map.connect(w._place_on_map)
    w.map.marker_moved.connect(w.curation.coordinates_picked)
    w.curation.form_closed.connect(w.map.stop_move)
    w.overrides.changed.connect(w.changes_applied)
    w.overrides.message.connect(lambda text: w.statusBar().showMessage(text, 8000))
    w.overrides.undo_offered.connect(w.offer_undo)
    w.changes_applied.connect(w.overrides.refresh)
    w.curation.history_reset.connect(w.overrides.check_soon)
    # the layout the first window restored: the details pane, the map tab
    w.details_action.setChecked(w._restored_details)
    w.details.setVisible(w._restored_details)
    if w._restored_map_tab:  # the map reads its own settings keys
        w.views.setCurrentIndex(1)
    if sizes:
        w.splitter.setSizes(sizes)  # the panes filled in the places kept for them: nothing moves
    w.updates = UpdatesController(w)  # File › Check for Updates…, Publish Update… (issue 15)
    w._load_directory()
    w.curation.daily_backup_soon()
    w.overrides.check_soon()  # edits that differ from newer data: told once the rows are shown
    w.updates.start_automatic_checks()  # only when switched on in Preferences, at most once a day
