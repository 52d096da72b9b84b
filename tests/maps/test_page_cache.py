"""Map page cache: a page renders once, is read back while nothing it is made of changes."""

from __future__ import annotations

import dataclasses
import os

import pytest

from directory_app.maps import page_cache
from directory_app.maps.page import MapPage
from directory_app.maps.page_cache import page_html, page_key
from directory_app.maps.render import render_page

PAGE = MapPage(strings={"legend": "Kinds"}, kinds=[("incubator", "Incubator")], labels=[("Gent", 51.05, 3.72, 8)])


class CountingRender:
    def __init__(self) -> None:
        self.pages: list[MapPage] = []

    def __call__(self, page: MapPage) -> str:
        self.pages.append(page)
        return render_page(page)


def test_a_page_is_rendered_once_then_read_from_the_cache(tmp_path):
    render = CountingRender()
    first, cached = page_html(PAGE, tmp_path, render=render)
    assert not cached and len(render.pages) == 1
    assert "L.map(" in first and "dirmap.init" in first
    again, cached = page_html(PAGE, tmp_path, render=render)
    assert cached and again == first and len(render.pages) == 1
    assert [p.name for p in tmp_path.iterdir()] == [f"map-page-{page_key(PAGE)}.html"]  # no partial files left


def test_the_initial_view_does_not_change_the_key_but_everything_else_does():
    moved = dataclasses.replace(PAGE, center=(52.37, 4.9), zoom=11)
    assert page_key(moved) == page_key(PAGE)
    changes = [
        dataclasses.replace(PAGE, strings={"legend": "Soorten"}),
        dataclasses.replace(PAGE, kinds=[("incubator", "Incubateur")]),
        dataclasses.replace(PAGE, labels=[]),
        dataclasses.replace(PAGE, detail_attribution="© tiles"),
        dataclasses.replace(PAGE, max_zoom=9),
        dataclasses.replace(PAGE, borders={"type": "FeatureCollection", "features": []}),
        dataclasses.replace(PAGE, base_url="dirapp://other"),
    ]
    keys = {page_key(p) for p in changes}
    assert len(keys) == len(changes) and page_key(PAGE) not in keys


def test_new_code_makes_a_new_key(monkeypatch):
    before = page_key(PAGE)
    page_cache._code_digest.cache_clear()
    monkeypatch.setattr(page_cache, "__version__", "99.0-test")
    try:
        assert page_key(PAGE) != before
    finally:
        page_cache._code_digest.cache_clear()


def test_standalone_pages_are_never_cached(tmp_path):
    render = CountingRender()
    standalone = dataclasses.replace(PAGE, inline=True, bridge=False, data={"gen": 0, "points": []})
    for _ in range(2):
        _html, cached = page_html(standalone, tmp_path, render=render)
        assert not cached
    assert len(render.pages) == 2 and list(tmp_path.iterdir()) == []


def test_an_unusable_cache_renders_every_time(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    render = CountingRender()
    for _ in range(2):
        html, cached = page_html(PAGE, blocker / "pages", render=render)
        assert not cached and "L.map(" in html
    assert len(render.pages) == 2


def test_an_empty_or_unreadable_cached_page_is_rendered_again(tmp_path):
    render = CountingRender()
    path = tmp_path / f"map-page-{page_key(PAGE)}.html"
    path.write_text("")
    html, cached = page_html(PAGE, tmp_path, render=render)
    assert not cached and path.read_text(encoding="utf-8") == html
    path.write_bytes(b"\xff\xfe\x00broken")
    _html, cached = page_html(PAGE, tmp_path, render=render)
    assert not cached and len(render.pages) == 2


def test_only_the_newest_pages_are_kept(tmp_path):
    render = CountingRender()
    for i in range(page_cache.KEEP + 3):
        page_html(dataclasses.replace(PAGE, strings={"legend": f"L{i}"}), tmp_path, render=render)
        for j, old in enumerate(sorted(tmp_path.iterdir())):
            os.utime(old, (1_000_000 + j, 1_000_000 + j))  # distinct ages even within one clock tick
        newest = tmp_path / f"map-page-{page_key(dataclasses.replace(PAGE, strings={'legend': f'L{i}'}))}.html"
        os.utime(newest)
    assert len(list(tmp_path.glob("map-page-*.html"))) == page_cache.KEEP


@pytest.mark.parametrize("field", ["data", "tiles"])
def test_pages_with_inline_content_are_not_cached(tmp_path, field):
    page = dataclasses.replace(PAGE, **{field: {}})
    render = CountingRender()
    page_html(page, tmp_path, render=render)
    assert list(tmp_path.iterdir()) == []


def test_cacheable_pages_are_rendered_at_the_fixed_view_whatever_their_own(tmp_path):
    render = CountingRender()
    far = dataclasses.replace(PAGE, center=(52.37, 4.9), zoom=11)
    page_html(far, tmp_path, render=render)
    (rendered,) = render.pages
    assert (rendered.center, rendered.zoom) == page_cache.CACHED_VIEW  # no detail tiles fetched for an old view
    assert dataclasses.replace(rendered, center=far.center, zoom=far.zoom) == far


def test_a_cached_page_is_used_even_when_its_time_cannot_be_touched(tmp_path, monkeypatch):
    render = CountingRender()
    first, _ = page_html(PAGE, tmp_path, render=render)

    def refuse(*args, **kwargs):
        raise PermissionError("read-only cache")

    monkeypatch.setattr(page_cache.os, "utime", refuse)
    again, cached = page_html(PAGE, tmp_path, render=render)
    assert cached and again == first and len(render.pages) == 1


def test_unreadable_rendering_code_means_no_cache_not_a_failure(tmp_path, monkeypatch):
    def unreadable(page):
        raise OSError("no source in a frozen build")

    monkeypatch.setattr(page_cache, "page_key", unreadable)
    render = CountingRender()
    html, cached = page_html(PAGE, tmp_path, render=render)
    assert not cached and "L.map(" in html and list(tmp_path.iterdir()) == []
