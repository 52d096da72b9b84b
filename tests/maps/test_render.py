"""The map page is offline by construction, and data reach it only as escaped JSON."""

from __future__ import annotations

import json
import re

import folium
import pytest

from directory_app import config
from directory_app.domain.models import Facility
from directory_app.maps import assets
from directory_app.maps.payload import place_labels, points_payload, popup_detail
from directory_app.maps.render import MapPage, render_page, script_json

ATTRIBUTION_LINKS = {"https://www.openstreetmap.org/copyright", "https://www.naturalearthdata.com/"}


def external_urls(html: str) -> set[str]:
    return {u.rstrip("\\") for u in re.findall(r"(?:https?|wss?|ftp)://[^\s\"'<>)\\]+", html)}


def full_page(**overrides) -> str:
    borders = json.loads(config.borders_path().read_text(encoding="utf-8"))
    options = {
        "kinds": [("incubator", "Incubator"), ("accelerator", "Accelerator")],
        "borders": borders,
        "labels": [("Brussels", 50.85, 4.35, 6)],
        "detail_attribution": "© Example tiles",
    }
    options.update(overrides)
    return render_page(MapPage(**options))


def test_page_asks_for_nothing_outside_but_attribution_links():
    html = full_page()
    assert external_urls(html) <= ATTRIBUTION_LINKS, external_urls(html) - ATTRIBUTION_LINKS
    for needed in ("web/leaflet/leaflet.js", "web/markercluster/leaflet.markercluster.js", "web/app/map.js"):
        assert f"dirapp://app/{needed}" in html
    assert "dirmap.init(" in html
    # folium's CDN extras for its Icon class are left out
    assert "jquery" not in html.lower() and "bootstrap" not in html.lower()


def test_every_referenced_local_asset_exists():
    html = full_page()
    for path in re.findall(r"dirapp://app/web/([\w./-]+)", html):
        if path == "qt/qwebchannel.js":  # served from Qt's own resources
            continue
        assert assets.asset_path(path) is not None, path


def test_unknown_folium_asset_fails_loudly(monkeypatch):
    monkeypatch.setattr(folium.Map, "default_js", [*folium.Map.default_js, ("new_cdn_lib", "https://cdn.example/x.js")])
    with pytest.raises(assets.UnknownAssetError):
        full_page()


def test_rendering_does_not_change_folium_for_others():
    before = list(folium.Map.default_js)
    full_page()
    assert folium.Map.default_js == before


@pytest.mark.parametrize(
    "relative", ["../../etc/passwd", "leaflet/../../x", "app/../../pyproject.toml", "x/y.js", "leaflet/"]
)
def test_asset_lookup_never_leaves_its_folders(relative):
    assert assets.asset_path(relative) is None


def test_standalone_page_inlines_everything():
    data = json.loads(points_payload(1, [("a", 50.8, 4.3, "incubator", "A", "Gent")], kinds=["incubator"]))
    html = full_page(inline=True, bridge=False, basemap=False, detail_attribution=None, data=data)
    # the inlined libraries mention URLs in comments and strings; none is a resource to load
    links = set(re.findall(r"""(?:src|href)\s*=\s*["']?((?:https?|wss?):[^"' >]+)""", html))
    assert links <= {*ATTRIBUTION_LINKS, "https://leafletjs.com"}, links
    assert not re.search(r"url\(\s*[\"']?(?:https?:)", html)
    assert "dirapp://" not in html
    assert "<script src=" not in html and '<link rel="stylesheet"' not in html
    assert "L.markerClusterGroup" in html  # the library itself is in the page


def test_script_json_cannot_close_the_script_element():
    text = script_json({"name": "</script><script>alert(1)</script>", "sep": "\u2028<!--"})
    assert "</script" not in text and "<!--" not in text and "\u2028" not in text
    assert json.loads(text) == {"name": "</script><script>alert(1)</script>", "sep": "\u2028<!--"}


def test_hostile_strings_in_the_page_stay_inside_json():
    hostile = "</script><img src=x onerror=alert(1)>"
    html = full_page(strings={"legend": hostile}, labels=[(hostile, 50.0, 4.0, 6)])
    assert hostile not in html
    assert "<img src=x" not in html


def test_points_payload_round_trips_and_indexes_kinds():
    points = [("a", 50.1234567, 4.1, "incubator", "A & B", "Liège"), ("b", 51.0, 5.0, "new_kind", "B", "")]
    body = json.loads(points_payload(7, points, kinds=["incubator", "accelerator"], circles=[(50.0, 4.0, 30.0)]))
    assert body["gen"] == 7
    assert body["kinds"] == ["incubator", "accelerator", "new_kind"]
    assert body["points"][0] == ["a", 50.123457, 4.1, 0, "A & B", "Liège"]
    assert body["points"][1][3] == 2
    assert body["circles"] == [[50.0, 4.0, 30.0]]


def test_popup_detail_uses_labels_not_codes():
    facility = Facility(id="x", name="X", kind="incubator", city="Gent", country="BE", services=("lab_space",))
    detail = popup_detail(facility, lambda vocabulary, code: f"{vocabulary}:{code}")
    assert detail == {
        "id": "x",
        "name": "X",
        "kind": "kind:incubator",
        "city": "Gent",
        "country": "country:BE",
        "services": ["service:lab_space"],
    }


def test_place_labels_show_bigger_places_earlier():
    labels = place_labels([("Big", 1.0, 1.0, 1_000_000), ("Mid", 2.0, 2.0, 60_000), ("Small", 3.0, 3.0, 500)])
    assert labels == [("Big", 1.0, 1.0, 6), ("Mid", 2.0, 2.0, 9)]
