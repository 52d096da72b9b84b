"""The standalone HTML export in a real browser page (QtWebEngine): title, purpose, date, the
numbered list beside the map with the PDF's numbers, entries that open their marker, no network,
hostile names as text (issue 14 item 4)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from directory_app.domain.models import Facility
from directory_app.maps.standalone import standalone_map
from directory_app.maps.static_map import handout_points
from directory_app.qt.main_window import MainWindow
from directory_app.qt.map_controller import PAGE_STRINGS
from directory_app.qt.widgets.map_view import OfflineInterceptor

pytestmark = [pytest.mark.gui, pytest.mark.webengine]

EVIL = '<b id="injected">bold</b></script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'


def open_page(qtbot, path, size=(1400, 900)):
    interceptor = OfflineInterceptor(QApplication.instance())
    profile = QWebEngineProfile(QApplication.instance())
    profile.setUrlRequestInterceptor(interceptor)
    view = QWebEngineView()
    qtbot.addWidget(view)
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    view.resize(*size)
    view.show()
    with qtbot.waitSignal(page.loadFinished, timeout=30000) as loaded:
        view.load(QUrl.fromLocalFile(str(path)))
    assert loaded.args == [True]
    box: list[object] = []

    def probe(script: str):
        box.clear()
        page.runJavaScript(f"JSON.stringify({script})", 0, box.append)
        qtbot.waitUntil(lambda: bool(box), timeout=10000)
        return json.loads(box[0]) if box[0] not in (None, "") else None

    return view, page, probe, interceptor


ENTRIES = """Array.from(document.querySelectorAll('.dir-entry')).map(li => ({
  number: li.querySelector('.dir-entry-number').textContent,
  name: li.querySelector('.dir-entry-name').textContent,
  kind: li.querySelector('.dir-entry-kind').textContent,
  address: (li.querySelector('.dir-entry-address') || {}).textContent || '',
  links: Array.from(li.querySelectorAll('a')).map(a => a.href),
  source: (li.querySelector('.dir-entry-source') || {}).textContent || '',
  note: (li.querySelector('.dir-entry-note') || {}).textContent || '',
}))"""


def test_export_page_lists_the_facilities_numbered_as_the_pdf(qtbot, seeded_directory, settings, tmp_path):
    window = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(window)
    assert PAGE_STRINGS.items() <= window.map.strings().items()  # the sources translated for a recipient
    result = seeded_directory.search("kind:cgt_production")
    rows = seeded_directory.facilities(result.ids[:6])
    rows[0] = replace(rows[0], website="https://example.org/site")
    rows.append(Facility(id="nowhere", name="Nowhere Lab", kind="incubator", city="Gent"))
    extras = {rows[0].id: {"recipient_note": "Ask for Ann"}}
    html = window.map.standalone_html(facilities=rows, extras=extras, title="Visit in May", purpose="Dr. Smith")
    path = tmp_path / "export.html"
    path.write_text(html, encoding="utf-8")
    view, page, probe, interceptor = open_page(qtbot, path)
    qtbot.waitUntil(lambda: probe("window.dirmapState && window.dirmapState.ready") is True, timeout=15000)

    assert probe("document.title") == "Visit in May"
    assert probe("document.querySelector('.dir-sheet-title').textContent") == "Visit in May"
    assert probe("document.querySelector('.dir-sheet-purpose').textContent") == "For Dr. Smith"
    assert probe("document.querySelector('.dir-sheet-date').textContent") == (f"Prepared on {date.today():%Y-%m-%d}")
    entries = probe(ENTRIES)
    assert [e["name"] for e in entries] == [f.name for f in rows]
    assert [int(e["number"]) for e in entries] == list(range(1, len(rows) + 1))
    first = entries[0]
    assert first["kind"].startswith("CGT production")
    assert rows[0].city in first["address"]
    assert first["links"][0] == "https://example.org/site"
    assert first["source"].startswith("Source: ") and rows[0].source_url in first["links"][-1] + first["source"]
    assert first["note"].endswith("Ask for Ann")
    assert "not on the map" in entries[-1]["kind"]

    # the markers carry the PDF handout's numbers
    markers = probe(
        "dirmap.zoomToResults(false) && Object.fromEntries(Array.from(document.querySelectorAll("
        "'.leaflet-marker-icon.dir-numbered')).map(m => [m.textContent, m.title]))"
    )
    pdf = {str(n): f.name for n, f in enumerate(rows, 1) if any(p[0] == n for p in handout_points(rows))}
    assert markers and all(pdf[number] == name for number, name in markers.items())

    # clicking an entry opens its marker's popup
    probe("(document.querySelectorAll('.dir-entry')[2].click(), true)")
    qtbot.waitUntil(
        lambda: probe("(document.querySelector('.leaflet-popup .dir-popup-name') || {}).textContent") == rows[2].name,
        timeout=10000,
    )
    assert probe("document.querySelectorAll('.dir-entry')[2].classList.contains('dir-entry-active')") is True
    # no grey holes: every image is inline (missing tiles are transparent)
    assert probe("Array.from(document.images).every(i => i.src.startsWith('data:') || i.src === '')") is True
    assert interceptor.blocked == []
    view.close()
    page.deleteLater()
    window.close()


def test_export_page_in_the_recipients_language(qtbot, seeded_directory, settings, tmp_path):
    window = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(window)
    rows = seeded_directory.facilities(seeded_directory.search("kind:incubator").ids[:3])
    html = window.map.standalone_html(facilities=rows, title="Visite", purpose="Mme Dupont", language="fr")
    path = tmp_path / "fr.html"
    path.write_text(html, encoding="utf-8")
    view, page, probe, _ = open_page(qtbot, path)
    qtbot.waitUntil(lambda: probe("window.dirmapState && window.dirmapState.ready") is True, timeout=15000)
    assert probe("document.documentElement.lang") == "fr"
    assert probe("document.querySelector('.dir-sheet-purpose').textContent").startswith("Pour")
    assert probe("document.querySelector('.dir-sheet-date').textContent") == f"Préparé le {date.today():%d/%m/%Y}"
    assert probe("document.querySelector('.dir-legend-title').textContent") == "Types"
    assert probe("document.querySelector('.dir-entry-kind').textContent") == "Incubateur"
    view.close()
    page.deleteLater()
    window.close()


def test_export_page_shows_hostile_text_as_text(qtbot, tmp_path):
    rows = [
        Facility(
            id="evil",
            name=EVIL,
            kind="incubator",
            city=EVIL,
            latitude=50.85,
            longitude=4.35,
            website="javascript:window.pwned=3",
            source_url="javascript:window.pwned=4",
        )
    ]
    html = standalone_map(rows, title=EVIL, purpose=EVIL, extras={"evil": {"recipient_note": EVIL}})
    path = tmp_path / "evil.html"
    path.write_text(html, encoding="utf-8")
    view, page, probe, interceptor = open_page(qtbot, path)
    qtbot.waitUntil(lambda: probe("window.dirmapState && window.dirmapState.ready") is True, timeout=15000)
    assert probe("document.querySelector('.dir-sheet-title').textContent") == EVIL
    assert probe("document.querySelector('.dir-entry-name').textContent") == EVIL
    assert probe("document.querySelectorAll('.dir-entry a').length") == 0  # not http(s): no link
    probe("(document.querySelector('.dir-entry').click(), true)")
    qtbot.waitUntil(lambda: probe("document.querySelector('.leaflet-popup') !== null") is True, timeout=10000)
    assert probe("document.getElementById('injected')") is None
    assert probe("window.pwned === undefined") is True
    assert interceptor.blocked == []
    view.close()
    page.deleteLater()
