"""The standalone HTML export is a page worth sending: title, purpose, date and a numbered list
beside the map, numbered as the PDF handout (issue 14 item 4)."""

from __future__ import annotations

from datetime import date

from directory_app.domain.models import Facility
from directory_app.exporters.pdf_handout import DEFAULT_STRINGS
from directory_app.maps.standalone import SHEET_STRINGS, standalone_map
from directory_app.maps.static_map import handout_points
from tests.maps.test_template_injection import page_options


def facilities() -> list[Facility]:
    return [
        Facility(
            id="b",
            name="Beta Labs",
            kind="incubator",
            street="Rue 1",
            postal_code="1000",
            city="Brussels",
            country="BE",
            latitude=50.85,
            longitude=4.35,
            website="https://beta.example",
            source_url="https://source.example/beta",
            verified_on=date(2024, 5, 6),
        ),
        Facility(id="n", name="Nowhere", kind="accelerator", city="Ghent", website="javascript:alert(1)"),
        Facility(id="a", name="Alpha", kind="cgt_production", latitude=52.0, longitude=5.0, source_url="ftp://x"),
    ]


def test_sheet_carries_title_purpose_date_and_numbered_entries():
    rows = facilities()
    extras = {"b": {"recipient_note": "Ask for Ann"}}
    html = standalone_map(rows, title="Visit in May", purpose="Dr. Smith", generated_on=date(2026, 5, 1), extras=extras)
    sheet = page_options(html)["data"]["sheet"]
    assert sheet["title"] == "Visit in May"
    assert sheet["purpose"] == "For Dr. Smith"
    assert sheet["date"] == "Prepared on 2026-05-01"
    entries = sheet["entries"]
    assert [(e["number"], e["id"]) for e in entries] == [(1, "b"), (2, "n"), (3, "a")]
    beta = entries[0]
    assert beta["kind"] == "Incubator"
    assert beta["address"] == "Rue 1, 1000 Brussels, Belgium"
    assert beta["website"] == "https://beta.example"
    assert beta["source"] == {
        "url": "https://source.example/beta",
        "before": "Source: ",
        "after": " · verified 2024-05-06",
    }
    assert beta["note"] == "Ask for Ann"
    assert beta["located"] is True and entries[1]["located"] is False
    # the numbers on the markers are the PDF handout's numbers
    numbers = page_options(html)["data"]["numbers"]
    assert numbers == {fid: n for (n, *_), fid in zip(handout_points(rows), ["b", "a"], strict=True)}


def test_sheet_in_another_language_and_without_private_fields():
    strings = {
        **SHEET_STRINGS,
        "audience": "Pour {audience}",
        "prepared_on": "Préparé le {date}",
        "date_format": "%d/%m/%Y",
    }
    html = standalone_map(facilities(), title="", purpose="x", generated_on=date(2026, 5, 1), sheet_strings=strings)
    sheet = page_options(html)["data"]["sheet"]
    assert sheet["title"] == SHEET_STRINGS["default_title"]
    assert sheet["purpose"] == "Pour x" and sheet["date"] == "Préparé le 01/05/2026"
    assert all("internal" not in e for e in sheet["entries"])


def test_sheet_wording_is_the_handouts():
    """The same English source texts as the PDF: the GUI translates both with the same strings."""
    for key, value in SHEET_STRINGS.items():
        assert DEFAULT_STRINGS[key] == value, key


def test_private_lines_asked_for_show_in_the_list_and_the_popup_alike():
    """The popup said the raw status code ("contacted · #2") where the list said "Status: Contacted"."""
    extras = {"b": {"recipient_note": "Ask for Ann", "shortlist_status": "contacted", "rank": 2, "note": "CEO slow"}}
    data = page_options(standalone_map(facilities(), extras=extras))["data"]
    entry = data["sheet"]["entries"][0]
    assert entry["internal"] == ["Status: Contacted · Rank 2", "CEO slow"]
    popup = data["details"]["b"]
    assert popup["internal"] == entry["internal"] and popup["note"] == "Ask for Ann"
    assert "internal" not in data["details"]["a"]  # nothing asked for there
