"""Map marker shape and colour of each kind: one table for the PDF handout, the static map picture and
(checked by a test) ``resources/web/map.css``, so that a kind looks the same wherever it is drawn.

Shapes differ by kind and the colours differ in lightness too (the science park's dark purple is
much darker than the others), so kinds stay apart for colour-blind readers and in greyscale print.
"""

from __future__ import annotations

RGB = tuple[int, int, int]

KIND_MARKERS: dict[str, tuple[str, RGB]] = {
    "incubator": ("circle", (0x1F, 0x6F, 0xEB)),
    "accelerator": ("diamond", (0xC4, 0x5F, 0x00)),
    "cgt_production": ("square", (0x1A, 0x7F, 0x37)),
    "science_park": ("house", (0x6F, 0x2D, 0x91)),
}
"""Marker shape (``circle``, ``diamond``, ``square``, ``house``: a square with a pointed roof, for a campus
of buildings) and colour by kind code."""

OTHER_MARKER: tuple[str, RGB] = ("circle", (0x6E, 0x77, 0x81))
"""Marker of a kind without its own (one a data file added)."""


def house_outline(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    """The corners of the ``house`` marker of half-size ``r`` centred at ``(cx, cy)``, clockwise from its roof's
    top (the same proportions as ``map.css``: the roof takes the top 40 %)."""
    s = r * 1.05
    return [(cx, cy - 1.2 * s), (cx + s, cy - 0.32 * s), (cx + s, cy + s), (cx - s, cy + s), (cx - s, cy - 0.32 * s)]
