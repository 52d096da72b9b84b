"""Team updates in the GUI (issue 15): Preferences › Updates, File › Check for Updates… (no update, an update
shown and applied, a tampered pack refused, offline), File › Publish Update… (only with a signing key; a second
directory updates from what it wrote), About the Data's line, and a withdrawn facility on a shortlist (the
shortlist view, `shortlist show`, a CSV export). Real packs in real folders or on a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import csv
import json
import socket
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from directory_app import config
from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.qt.i18n import term_label
from directory_app.qt.main_window import MainWindow
from directory_app.qt.preferences import PreferencesDialog
from directory_app.qt.updates_ui import (
    AUTO_CHECK_KEY,
    LAST_CHECK_KEY,
    SIGNING_KEY_KEY,
    auto_check_due,
    set_update_sources,
    update_sources,
)
from directory_app.updates import keys
from tests.fixtures.local_http import serving
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _small_seed_everywhere(small_seed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections opened on worker threads, and the command line, use the small seed too."""
    monkeypatch.setattr(config, "seed_path", lambda: small_seed)


@pytest.fixture
def key(tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "curator.key"
    path.parent.mkdir()
    keys.generate(path)
    return path


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return tmp_path / "site"


@pytest.fixture
def curator(tmp_path: Path, small_seed: Path) -> Iterator[Directory]:
    d = Directory.open(tmp_path / "curator.sqlite", seed_file=small_seed, backup_folder=tmp_path / "curator-bk")
    yield d
    d.close()


def _laptop(tmp_path: Path, small_seed: Path, key: Path | None, name: str = "laptop") -> Directory:
    d = Directory.open(tmp_path / f"{name}.sqlite", seed_file=small_seed, backup_folder=tmp_path / f"{name}-bk")
    if key is not None:
        d.updates.trust_add(key.with_name(key.name + ".pub"))
    return d


def _window(qtbot, directory: Directory, settings: QSettings, prompter: ScriptedPrompter) -> MainWindow:
    w = MainWindow(directory, settings=settings, prompter=prompter)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _finish(qtbot, w: MainWindow) -> None:
    run = w.updates.run
    assert run is not None
    qtbot.waitUntil(lambda: run.done, timeout=20000)


@pytest.fixture
def http_site(site: Path) -> Iterator[str]:
    """``site`` served by a plain static web server on 127.0.0.1."""
    site.mkdir(exist_ok=True)
    handler = partial(SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    with serving(handler) as base:
        yield base


def _round_of_curation(curator: Directory) -> None:
    """fac-0002 renamed, a new facility, fac-0011 deleted."""
    f = curator.facility("fac-0002")
    curator.save_facility(replace(f, name="Renamed by the curators"))
    curator.save_facility(replace(curator.facility("fac-0005"), id="new-site-1", name="New Cell Factory", website=""))
    curator.delete_facilities(["fac-0011"])


# Preferences ----------------------------------------------------------------------------------------------


def test_preferences_updates_page_round_trip(qtbot, tmp_path, small_seed, key, settings):
    laptop = _laptop(tmp_path, small_seed, None)
    pub = key.with_name("curator.key.pub")
    prompter = ScriptedPrompter(files=[str(pub)], choices=["remove"])
    dialog = PreferencesDialog(settings, directory=laptop, prompter=prompter)
    qtbot.addWidget(dialog)
    tabs = dialog.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["General", "Updates"]
    page = dialog.updates_page
    assert page.auto_box.isChecked() is False  # off by default
    assert page.add_source("https://intranet.example/directory/")
    assert page.add_source(str(tmp_path / "share"))
    assert not page.add_source("https://intranet.example/directory/")  # listed once
    page.auto_box.setChecked(True)
    page.signing_edit.setText(str(key))
    assert page.add_key()  # from the .pub file the prompter hands over
    key_id = keys.key_id(keys.load_public(pub))
    assert [page.keys.topLevelItem(0).text(c) for c in range(2)] == [key_id, "curator.key.pub"]
    assert [k.key_id for k in laptop.updates.trusted()] == [key_id]  # kept in the directory file
    dialog.accept()

    assert update_sources(settings) == ["https://intranet.example/directory/", str(tmp_path / "share")]
    assert settings.value(AUTO_CHECK_KEY, type=bool) is True
    assert settings.value(SIGNING_KEY_KEY, type=str) == str(key)

    again = PreferencesDialog(settings, directory=laptop, prompter=prompter)
    qtbot.addWidget(again)
    page = again.updates_page
    assert page.source_list() == ["https://intranet.example/directory/", str(tmp_path / "share")]
    assert page.auto_box.isChecked() and page.signing_edit.text() == str(key)
    page.sources.setCurrentRow(0)
    page.remove_source()
    page.keys.setCurrentItem(page.keys.topLevelItem(0))
    assert page.remove_key()
    assert page.keys.topLevelItemCount() == 0 and laptop.updates.trusted() == []
    again.accept()
    assert update_sources(settings) == [str(tmp_path / "share")]
    laptop.close()


def test_a_file_that_is_not_a_key_is_not_trusted(qtbot, tmp_path, small_seed, settings):
    laptop = _laptop(tmp_path, small_seed, None)
    bogus = tmp_path / "notes.pub"
    bogus.write_text("hello", encoding="utf-8")
    prompter = ScriptedPrompter(files=[str(bogus)])
    dialog = PreferencesDialog(settings, directory=laptop, prompter=prompter)
    qtbot.addWidget(dialog)
    assert not dialog.updates_page.add_key()
    assert prompter.told and prompter.told[0].startswith("notes.pub was not added: ")
    assert laptop.updates.trusted() == []
    laptop.close()


# Checking -------------------------------------------------------------------------------------------------


def test_check_without_a_source_says_where_to_add_one(qtbot, tmp_path, small_seed, settings):
    prompter = ScriptedPrompter()
    w = _window(qtbot, _laptop(tmp_path, small_seed, None), settings, prompter)
    assert w.updates.check_for_updates() is None
    assert "Edit › Preferences › Updates" in prompter.told[0]
    w.close()
    w.directory.close()


def test_check_when_nothing_changed_says_up_to_date(qtbot, tmp_path, small_seed, curator, key, site, settings):
    curator.updates.publish(site, key)
    set_update_sources(settings, [str(site)])
    prompter = ScriptedPrompter()
    w = _window(qtbot, _laptop(tmp_path, small_seed, key), settings, prompter)
    w.check_for_updates_action = w.updates.check_action
    w.updates.check_action.trigger()
    _finish(qtbot, w)
    qtbot.waitUntil(lambda: w.updates.run.done and bool(prompter.told), timeout=20000)  # recorded as installed
    assert prompter.told[-1].startswith("The directory is up to date: version 1 of ")
    assert w.directory.updates.installed().version == 1
    w.updates.check_for_updates()
    _finish(qtbot, w)
    assert len(prompter.told) == 2 and prompter.told[-1].startswith("The directory is up to date: version 1")
    assert w.updates.plan_dialog is None
    w.close()
    w.directory.close()


def test_an_update_is_shown_applied_and_the_list_reloads(
    qtbot, tmp_path, small_seed, curator, key, site, http_site, settings
):
    curator.updates.publish(site, key)
    laptop = _laptop(tmp_path, small_seed, key)
    laptop.updates.apply(laptop.updates.check(str(site)))  # version 1, the same data
    laptop.save_facility(replace(laptop.facility("fac-0002"), name="My own wording"))  # a local edit
    _, visit = laptop.create_shortlist("Visit")
    laptop.add_to_shortlist(visit.id, ["fac-0011", "fac-0003"])
    withdrawn_name = laptop.facility("fac-0011").name
    _round_of_curation(curator)
    curator.updates.publish(site, key, notes="Two new CGT sites")

    set_update_sources(settings, [http_site])
    prompter = ScriptedPrompter(offers=["review"])
    w = _window(qtbot, laptop, settings, prompter)
    sizes: list[tuple[int, int]] = []
    run = w.updates.check_for_updates()
    run._signals.progress.connect(lambda done, total: sizes.append((done, total)))
    _finish(qtbot, w)
    assert sizes and sizes[-1][0] == sizes[-1][1] > 0  # the progress bar counted the bytes
    dialog = w.updates.plan_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.summary()
    lines = text.splitlines()
    assert lines[0] == "1 new, 1 changed, 1 removed"
    assert "Changed fields: Name (1)" in lines
    new_site = curator.facility("new-site-1")
    assert f"New: {term_label('kind', new_site.kind)} in {term_label('country', new_site.country)} (1)" in lines
    assert "  • My own wording: Name" in lines  # the conflict, named as the user knows it
    assert f"  • {withdrawn_name}" in lines  # on a shortlist and withdrawn
    assert dialog.windowTitle() == "Update Available"
    head = dialog.findChildren(type(w.count_label), "updateHeadline")[0].text()
    assert "version 2" in head and "curator.key.pub" in head
    notes = dialog.findChildren(type(w.count_label), "updateNotes")[0].text()
    assert notes.endswith("Two new CGT sites")

    dialog.accept()
    _finish(qtbot, w)
    assert w.directory.updates.installed().version == 2
    _title, said, choices = prompter.offered[-1]
    assert said.startswith("Updated to version 2 (") and "from curator.key.pub (" in said
    assert choices == ["review", "later"]
    assert w.overrides.dialog is not None  # the review of edits that differ from the update
    w.overrides.dialog.reject()
    # the list was reloaded: the new facility is there, the withdrawn one is not
    w.search_bar.set_text("New Cell Factory")
    qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=5000)
    assert w.directory.facility("fac-0011") is None
    assert w.directory.facility("fac-0002").name == "My own wording"  # the user's value stays

    # the shortlist still shows the withdrawn facility, marked, with its last known data
    w.views.setCurrentIndex(2)
    w.shortlists.refresh()
    model = w.shortlist_panel.model
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names[0] == f"{withdrawn_name} (withdrawn from the directory)"
    assert model.is_withdrawn(0) and not model.is_withdrawn(1)
    assert model.index(0, 3).data()  # its city, from the last known record

    # and File › Export of the shortlist (CSV) carries it with its last data, marked
    export = w.export_dialog()
    export.shortlist_button.setChecked(True)
    export.format_box.setCurrentIndex(export.format_box.findData("csv"))
    export.delimiter_box.setCurrentIndex(export.delimiter_box.findData(","))
    target = tmp_path / "visit.csv"
    prompter.files.append(str(target))
    started = w.run_export(export)
    qtbot.waitUntil(lambda: started.done, timeout=30000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["Name"] for r in rows] == [withdrawn_name, laptop.facility("fac-0003").name]
    assert rows[0]["Withdrawn from the directory"] and rows[1]["Withdrawn from the directory"] == ""
    w.close()
    w.directory.close()


def test_a_tampered_pack_is_refused_with_its_reason(qtbot, tmp_path, small_seed, curator, key, site, settings):
    _round_of_curation(curator)
    curator.updates.publish(site, key, notes="honest")
    manifest = site / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b"honest", b"forged"))
    set_update_sources(settings, [str(site)])
    prompter = ScriptedPrompter()
    laptop = _laptop(tmp_path, small_seed, key)
    before = laptop.facilities()
    w = _window(qtbot, laptop, settings, prompter)
    w.updates.check_for_updates()
    _finish(qtbot, w)
    assert len(prompter.told) == 1
    said = prompter.told[0]
    assert said.startswith("The update was refused: the manifest's signature does not verify")
    assert "\n" not in said
    assert w.updates.plan_dialog is None
    assert w.directory.updates.installed() is None and w.directory.facilities() == before
    w.close()
    w.directory.close()


def test_offline_is_a_calm_message(qtbot, tmp_path, small_seed, key, settings):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    set_update_sources(settings, [f"http://127.0.0.1:{port}/", str(tmp_path / "usb-stick-not-plugged-in")])
    prompter = ScriptedPrompter()
    w = _window(qtbot, _laptop(tmp_path, small_seed, key), settings, prompter)
    w.updates.check_for_updates()
    _finish(qtbot, w)
    assert prompter.told == [
        "No update source could be reached; you may be offline. Nothing was changed; check again when you are online."
    ]
    assert not settings.contains(LAST_CHECK_KEY)  # not counted as a check: the next one still comes
    w.close()
    w.directory.close()


def test_without_a_trusted_key_the_user_is_told_where_to_add_one(
    qtbot, tmp_path, small_seed, curator, key, site, settings
):
    curator.updates.publish(site, key)
    set_update_sources(settings, [str(site)])
    prompter = ScriptedPrompter()
    w = _window(qtbot, _laptop(tmp_path, small_seed, None), settings, prompter)
    w.updates.check_for_updates()
    _finish(qtbot, w)
    assert prompter.told[0].startswith("This directory trusts no publisher key yet")
    w.close()
    w.directory.close()


def test_the_automatic_check_is_off_by_default_and_quiet(qtbot, tmp_path, small_seed, curator, key, site, settings):
    assert not auto_check_due(settings)
    _round_of_curation(curator)
    curator.updates.publish(site, key)
    set_update_sources(settings, [str(tmp_path / "offline-share"), str(site)])
    assert not auto_check_due(settings)  # sources alone do not switch it on
    settings.setValue(AUTO_CHECK_KEY, True)
    assert auto_check_due(settings)
    prompter = ScriptedPrompter()
    w = _window(qtbot, _laptop(tmp_path, small_seed, key), settings, prompter)
    assert w.updates.check_quietly()
    qtbot.waitUntil(lambda: w.updates.available is not None, timeout=20000)
    assert "Version 1 of the directory is available" in w.statusBar().currentMessage()
    assert prompter.told == [] and w.updates.plan_dialog is None  # nothing pops up
    assert not auto_check_due(settings)  # once a day
    assert not w.updates.check_quietly()
    assert w.directory.updates.installed() is None  # nothing applied by itself
    w.close()
    w.directory.close()


# Publishing --------------------------------------------------------------------------------------------


def test_publish_is_there_only_with_a_signing_key_and_a_second_directory_updates_from_it(
    qtbot, tmp_path, small_seed, curator, key, settings
):
    curator.save_facility(replace(curator.facility("fac-0004"), name="Curated name"))
    prompter = ScriptedPrompter()
    w = _window(qtbot, curator, settings, prompter)
    assert w.updates.check_action in w.menus["file"].actions()
    assert not w.updates.publish_action.isVisible()
    w.menus["file"].aboutToShow.emit()
    assert not w.updates.publish_action.isVisible()
    assert w.updates.publish_update() is None
    settings.setValue(SIGNING_KEY_KEY, str(key))
    w.menus["file"].aboutToShow.emit()
    assert w.updates.publish_action.isVisible()

    out = tmp_path / "published"
    dialog = w.updates.publish_update()
    dialog.folder_edit.setText(str(out))
    dialog.notes_edit.setPlainText("First team version")
    dialog.accept()
    _finish(qtbot, w)
    key_id = keys.key_id(keys.load_public(key.with_name("curator.key.pub")))
    assert prompter.told == [f"Version 1 (30 facilities) published to {out}, signed with key {key_id}."]
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["notes"] == "First team version"

    # a second directory updates from what was written
    other = _laptop(tmp_path, small_seed, key, name="other")
    plan = other.updates.check(str(out))
    assert plan.manifest.version == 1 and list(plan.changed) == ["fac-0004"]
    other.updates.apply(plan)
    assert other.updates.installed().version == 1
    assert other.facility("fac-0004").name == "Curated name"
    other.close()
    w.close()


def test_publishing_over_the_open_database_is_refused(qtbot, tmp_path, small_seed, key, settings):
    """The default database name is the pack's name: publishing into its own folder would overwrite it."""
    home = tmp_path / "home"
    d = Directory.open(home / "directory.sqlite", seed_file=small_seed, backup_folder=tmp_path / "bk")
    settings.setValue(SIGNING_KEY_KEY, str(key))
    prompter = ScriptedPrompter()
    w = _window(qtbot, d, settings, prompter)
    before = d.path.read_bytes()
    assert w.updates.publish(str(home)) is None  # the output-path guard, before anything is written
    assert prompter.told[0].startswith(f"“{home / 'directory.sqlite'}” is the open directory database.")
    assert not (home / "manifest.json").exists() and d.path.read_bytes() == before
    w.close()
    d.close()


# About the Data, shortlist exports ------------------------------------------------------------------


def test_about_the_data_names_the_installed_version(qtbot, tmp_path, small_seed, curator, key, site, settings):
    curator.updates.publish(site, key)
    laptop = _laptop(tmp_path, small_seed, key)
    w = _window(qtbot, laptop, settings, ScriptedPrompter())
    label = w.about_data_dialog().source_label
    assert label.text().startswith("Data: shipped data of ") or label.text().startswith("Data: shipped with")
    assert label.text().endswith("no team update installed")
    laptop.updates.apply(laptop.updates.check(str(site)))
    key_id = keys.key_id(keys.load_public(key.with_name("curator.key.pub")))
    text = w.about_data_dialog().source_label.text()
    assert text.startswith("Data: team update version 1 of ") and f"published by key {key_id}" in text
    w.close()
    laptop.close()


def test_a_withdrawn_facility_stays_in_shortlist_show_and_its_csv_export(
    tmp_path, small_seed, curator, key, site, capsys
):
    curator.updates.publish(site, key)
    laptop = _laptop(tmp_path, small_seed, key)
    laptop.updates.apply(laptop.updates.check(str(site)))
    _, visit = laptop.create_shortlist("Visit")
    laptop.add_to_shortlist(visit.id, ["fac-0011", "fac-0003"])
    last = laptop.facility("fac-0011")
    _round_of_curation(curator)
    curator.updates.publish(site, key)
    result = laptop.updates.apply(laptop.updates.check(str(site)))
    assert result.applied.withdrawn == ("fac-0011",)
    path = laptop.path
    laptop.close()

    capsys.readouterr()
    assert main(["--db", str(path), "shortlist", "show", "Visit"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith(f"  1. {last.name}  [candidate]  (withdrawn from the directory on ")
    assert "withdrawn" not in out[2]
    assert main(["--db", str(path), "shortlist", "show", "Visit", "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert items[0]["id"] == "fac-0011" and items[0]["name"] == last.name and items[0]["withdrawn"]
    assert items[1]["withdrawn"] is None

    target = tmp_path / "visit.csv"
    assert main(["--db", str(path), "export", "--shortlist", "Visit", "-o", str(target), "--delimiter", ","]) == 0
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["ID"] if "ID" in r else r["id"] for r in rows] == ["fac-0011", "fac-0003"]
    assert rows[0]["Withdrawn from the directory"] == items[0]["withdrawn"]
    assert rows[0]["Name"] == last.name and rows[0]["City"] == last.city
    assert rows[1]["Withdrawn from the directory"] == ""
