"""Text from data is never template source: the map page and the HTML export keep it verbatim.

branca renders the output of every folium element a second time as a Jinja2 template, so a
facility called ``{{ 6*7 }}`` came out as ``42`` and ``{{ lipsum.__globals__['os'].popen(...) }}``
ran a shell command during an HTML export (issue 13). These tests put template syntax in every
value the page carries and read the values back from the page's JSON block.
"""

from __future__ import annotations

import csv
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from directory_app.cli import main
from directory_app.domain.models import Facility
from directory_app.maps.render import OPTIONS_ELEMENT_ID, MapPage, render_page
from directory_app.maps.standalone import standalone_map


def side_effect(path: Path) -> str:
    """Jinja2 that would create ``path`` if it were ever rendered as a template."""
    return "{{ lipsum.__globals__['os'].popen('touch " + str(path) + "').read() }}"


HOSTILE = [
    "{{ 6*7 }}",
    "{{ broken",
    "{% for x in range(3) %}x{% endfor %}",
    "{# a comment #}",
    "{%",
    "</script><script>alert(1)</script>",
    "<!-- <script>",
    "=HYPERLINK(\"http://x\")",
    "a\u2028b\x00c\x1b",
]


class _JsonBlock(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.text: list[str] = []
        self.count = 0

    def handle_starttag(self, tag, attrs):
        if tag == "script" and ("id", OPTIONS_ELEMENT_ID) in attrs:
            self.inside, self.count = True, self.count + 1

    def handle_endtag(self, tag):
        if tag == "script":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.text.append(data)


def page_options(page_html: str) -> dict:
    """The JSON block of a page, read the way a browser's parser reads it."""
    parser = _JsonBlock()
    parser.feed(page_html)
    assert parser.count == 1, "exactly one data block"
    return json.loads("".join(parser.text))


@pytest.mark.parametrize("text", HOSTILE)
def test_every_value_of_the_page_comes_back_verbatim(text, tmp_path):
    marker = tmp_path / "pwned"
    evil = f"{text} {side_effect(marker)}"
    borders = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": evil},
                "geometry": {"type": "LineString", "coordinates": [[4.0, 50.0], [5.0, 51.0]]},
            }
        ],
    }
    page = MapPage(
        strings={"legend": evil},
        kinds=[("incubator", evil)],
        labels=[(evil, 50.85, 4.35, 6)],
        borders=borders,
        detail_attribution=evil,
        data={"gen": 1, "points": [["x", 50.0, 4.0, 0, evil, evil]], "details": {"x": {"name": evil}}},
    )
    html = render_page(page)
    options = page_options(html)
    assert options["strings"]["legend"] == evil
    assert options["kinds"] == [["incubator", evil]]
    assert options["labels"][0][0] == evil
    assert options["borders"]["features"][0]["properties"]["name"] == evil
    assert options["detail"]["attributionText"] == evil
    assert options["data"]["points"][0][4:] == [evil, evil]
    assert options["data"]["details"]["x"]["name"] == evil
    assert not marker.exists()


def options_json_text(html: str) -> str:
    start = html.index(f'id="{OPTIONS_ELEMENT_ID}">') + len(f'id="{OPTIONS_ELEMENT_ID}">')
    return html[start : html.index("</script>", start)]


def test_no_value_escapes_the_data_block(tmp_path):
    evil = "</script><script>window.pwned=1</script>{{ 6*7 }}"
    html = render_page(MapPage(kinds=[("incubator", evil)], labels=[(evil, 50.0, 4.0, 6)]))
    assert "window.pwned" not in html.replace(options_json_text(html), "")
    assert "</script><script>window.pwned" not in html


def facility(name: str, city: str) -> Facility:
    return Facility(
        id="evil-lab",
        name=name,
        kind="incubator",
        country="BE",
        city=city,
        latitude=50.85,
        longitude=4.35,
        source_url="https://example.org/source",
        source_quote="quoted",
    )


def test_standalone_map_keeps_template_syntax_as_text(tmp_path):
    marker = tmp_path / "pwned"
    name = "Lab " + side_effect(marker)
    html = standalone_map([facility(name, "{{ 6*7 }}")])
    options = page_options(html)
    point = options["data"]["points"][0]
    assert point[4] == name and point[5] == "{{ 6*7 }}"
    assert options["data"]["details"]["evil-lab"]["name"] == name
    assert not marker.exists()


def test_broken_template_syntax_does_not_break_the_export():
    html = standalone_map([facility("{{ broken", "{% if")])
    assert page_options(html)["data"]["points"][0][4] == "{{ broken"


def test_cli_html_export_of_an_imported_hostile_name_runs_nothing(tmp_path, capsys):
    marker = tmp_path / "pwned"
    source = tmp_path / "in.csv"
    name = "Lab " + side_effect(marker)
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "kind", "country", "city", "latitude", "longitude", "source_url", "source_quote"])
        writer.writerow([name, "incubator", "BE", "{{ 6*7 }}", "50.85", "4.35", "https://example.org/a", "quote"])
        writer.writerow(["Broken {{ broken", "incubator", "BE", "Gent", "51.05", "3.72", "https://example.org/b", "q"])
    db = str(tmp_path / "d.sqlite")
    assert main(["--db", db, "import", str(source)]) == 0, capsys.readouterr().err
    out = tmp_path / "map.html"
    assert main(["--db", db, "export", "--format", "html", "--query", "", "-o", str(out)]) == 0
    options = page_options(out.read_text(encoding="utf-8"))
    names = {p[4]: p[5] for p in options["data"]["points"]}
    assert names[name] == "{{ 6*7 }}"
    assert "Broken {{ broken" in names
    assert not marker.exists()
