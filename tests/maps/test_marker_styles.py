"""Every kind has its own marker, drawn alike on the interactive map (``map.css``), the static map picture
and the PDF handout (``domain.markers``): a distinct shape, and distinct colours (issue 17: science parks)."""

from __future__ import annotations

import re

from directory_app import config
from directory_app.domain.markers import KIND_MARKERS
from directory_app.domain.vocabulary import KINDS


def _css_rules() -> dict[str, str]:
    css = (config.resources_dir() / "web" / "map.css").read_text(encoding="utf-8")
    return {m.group(1): m.group(2) for m in re.finditer(r"^\.dir-kind-(\w+)\s*\{([^}]*)\}", css, re.MULTILINE)}


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_every_kind_has_a_marker_of_its_own():
    assert set(KIND_MARKERS) == {k.code for k in KINDS}
    shapes = [shape for shape, _ in KIND_MARKERS.values()]
    assert len(set(shapes)) == len(shapes)
    assert KIND_MARKERS["science_park"][0] == "house"


def test_map_css_draws_each_kind_in_the_colour_of_the_static_map_and_the_pdf():
    rules = _css_rules()
    for kind, (_, rgb) in KIND_MARKERS.items():
        assert kind in rules, kind
        colour = "#{:02x}{:02x}{:02x}".format(*rgb)
        assert re.search(rf"background:\s*{colour};", rules[kind], re.IGNORECASE), (kind, rules[kind])
    assert "clip-path: polygon(50% 0, 100% 40%, 100% 100%, 0 100%, 0 40%)" in rules["science_park"]


def test_the_science_park_colour_stands_apart_in_lightness_and_with_white_text():
    """Colour-blind readers (and greyscale print) tell it from the others by lightness, not hue."""
    park = _luminance(KIND_MARKERS["science_park"][1])
    for kind, (_, rgb) in KIND_MARKERS.items():
        if kind != "science_park":
            assert _luminance(rgb) / park > 2, kind  # at least twice as light
    assert (1.05) / (park + 0.05) >= 7  # white numbers on it: WCAG AAA contrast
