"""PDF handout for a visitor (fpdf2): title, audience, date, a map, then one numbered block per facility.

A4 portrait. Page 1 carries the title, the audience, the date and the map picture (PNG bytes made
by :func:`directory_app.maps.static_map.static_map_png`; this layer cannot import ``maps``), with a
legend of the marker shapes. Then each facility gets a block, numbered as its marker on the map
(its position in ``facilities``, from 1): name, kind, address, contact, services, modalities,
cleanroom grades, area, the adviser's note for the recipient, and the source with its
verification date. The private note, shortlist status and rank are printed (under "Internal only")
only when the rows' extras carry them, which they do only when the user asked for them (see
:func:`directory_app.exporters.base.shortlist_extras`). A block that fits on a page is never
split across two. Every page has "Page N of M" at the bottom.

All fixed wording comes from ``strings`` (keys of :data:`DEFAULT_STRINGS`, English by default), so
the GUI can pass its translations; vocabulary codes become labels through ``spec.label``. The
text font is Source Sans Pro from the ``font-source-sans-pro`` package (Latin, Greek and
Cyrillic, with the typographic signs: – “ ” ² € ·).
"""

from __future__ import annotations

import importlib.util
import io
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import IO

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image

from directory_app.domain.errors import ExportError
from directory_app.domain.markers import KIND_MARKERS, OTHER_MARKER, house_outline
from directory_app.domain.models import Facility
from directory_app.exporters.base import ExportSpec, Progress, ProgressReporter, as_list, atomic_write

__all__ = ["DEFAULT_STRINGS", "FONT_PACKAGE", "export_pdf", "font_files"]

FONT_PACKAGE = "font-source-sans-pro"
"""The PyPI package that provides the handout's font (a dependency of the application)."""
FONT_MODULE = "font_source_sans_pro"
FONT_FILES = {"": "SourceSansPro-Regular.ttf", "B": "SourceSansPro-Bold.ttf", "I": "SourceSansPro-It.ttf"}
"""The font files by fpdf style: regular, bold, italic."""
FONT = "SourceSans"

DEFAULT_STRINGS: dict[str, str] = {
    "default_title": "Facilities",
    "audience": "For {audience}",
    "prepared_on": "Prepared on {date}",
    "map_note": "The numbers on the map are those of the facilities below.",
    "not_on_map": "not on the map (no location)",
    "address": "Address",
    "contact": "Contact",
    "services": "Services",
    "modalities": "Modalities",
    "cleanroom_grades": "Cleanroom grades",
    "area": "Area",
    "area_value": "{area} m²",
    "note": "Adviser’s note",
    "private_note": "Internal only",
    "shortlist_status": "Status: {status}",
    "rank": "Rank {rank}",
    "status_candidate": "Candidate",
    "status_contacted": "Contacted",
    "status_visited": "Visited",
    "status_excluded": "Excluded",
    "source": "Source: {url} · verified {date}",
    "source_undated": "Source: {url}",
    "page": "Page {page} of {pages}",
    "empty": "No facilities.",
    "list_separator": ", ",
    "thousands_separator": ",",
    "date_format": "%Y-%m-%d",
    "language": "en",
}
"""Every fixed text of the handout by key (English). Templates name their values in braces:
``{audience}``, ``{date}``, ``{area}``, ``{status}``, ``{rank}``, ``{url}``, ``{page}``, ``{pages}``.
``date_format`` is a ``strftime`` pattern (use numeric fields only: month names would not follow
the UI language); ``language`` is the document's language tag."""


# Layout, in millimetres and points.
MARGIN_X = 18.0
MARGIN_TOP = 16.0
MARGIN_BOTTOM = 18.0
INDENT = 10.0  # block content starts right of the number badge
BADGE_RADIUS = 3.4
BODY_SIZE = 9.5
LINE = 4.6
TEXT = (0x1F, 0x23, 0x28)
MUTED = (0x57, 0x60, 0x6A)
RULE = (0xD0, 0xD7, 0xDE)
LINK = (0x09, 0x69, 0xDA)
MAP_JPEG_QUALITY = 90

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_PAGES_ALIAS = "{handout-nb}"
_SLOT = re.compile(r"\{(\w+)\}")


def font_files() -> dict[str, Path]:
    """The handout's TTF files by fpdf style (``""``, ``"B"``, ``"I"``), located without importing
    the font package.

    :raises ExportError: the package or one of its files is missing
    """
    try:
        spec = importlib.util.find_spec(FONT_MODULE)
    except (ImportError, ValueError):
        spec = None
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        files = {style: Path(location) / "files" / name for style, name in FONT_FILES.items()}
        if all(p.is_file() for p in files.values()):
            return files
    raise ExportError(
        f"Cannot write the PDF: its font is missing. Install the Python package {FONT_PACKAGE} "
        f"(pip install {FONT_PACKAGE})."
    )


def _fill(template: str, **values: str) -> str:
    """``template`` with ``{name}`` replaced by the values; other braces stay as they are.

    One pass over the template: a value that itself holds ``{name}`` is never filled in turn.
    """
    return _SLOT.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _clean(text: object, *, one_line: bool = False) -> str:
    """Text fit for the page: no control characters, ``\\n`` line breaks (none when ``one_line``)."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = _CONTROL.sub("", value)
    if one_line:
        value = " ".join(value.split())
    return value.strip()


class _Handout(FPDF):
    """A4 pages with the title in a running head (from page 2) and "Page N of M" at the foot."""

    def __init__(self, title: str, strings: Mapping[str, str]) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.handout_title = title
        self.strings = strings

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font(FONT, "", 8)
            self.set_text_color(*MUTED)
            self.set_xy(self.l_margin, 8)
            self.cell(self.epw, 4, self.handout_title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_draw_color(*RULE)
            self.set_line_width(0.2)
            self.line(self.l_margin, 12.5, self.w - self.r_margin, 12.5)
            self.set_y(MARGIN_TOP)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        text = _fill(self.strings["page"], page=str(self.page_no()), pages=_PAGES_ALIAS)
        self.cell(self.epw, 5, text, align="C")


class _Writer:
    """Lays the handout out on a :class:`_Handout`."""

    def __init__(self, pdf: _Handout, spec: ExportSpec, strings: Mapping[str, str]) -> None:
        self.pdf = pdf
        self.spec = spec
        self.s = strings
        self.label_width = 0.0

    # -- formatting ---------------------------------------------------------------------------

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        try:
            return value.strftime(self.s["date_format"])
        except ValueError:
            return value.isoformat()

    def number(self, value: int | float) -> str:
        return f"{round(value):,}".replace(",", self.s["thousands_separator"])

    def labels(self, vocabulary: str, codes: Iterable[str]) -> str:
        return self.s["list_separator"].join(_clean(self.spec.label(vocabulary, c), one_line=True) for c in codes)

    # -- primitives ---------------------------------------------------------------------------

    def style(self, size: float, style: str = "", colour: tuple[int, int, int] = TEXT) -> None:
        self.pdf.set_font(FONT, style, size)
        self.pdf.set_text_color(*colour)

    def text(
        self, x: float, w: float, h: float, text: str, *, measure: bool, link: str | None = None, align: str = "L"
    ) -> float:
        """Write ``text`` wrapped in a column (or only measure it); its height."""
        pdf = self.pdf
        one_line = "\n" not in text and pdf.get_string_width(text) < w - 2 * pdf.c_margin - 0.01
        if measure:
            if one_line:
                return h  # much cheaper than fpdf2's line breaking
            return float(pdf.multi_cell(w, h, text, align=align, dry_run=True, output="HEIGHT"))
        pdf.set_x(x)
        top_page, top = pdf.page, pdf.y
        if one_line:
            pdf.cell(w, h, text, align=align, link=link or "", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.multi_cell(w, h, text, align=align, link=link or "", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return pdf.y - top if pdf.page == top_page else h

    def badge(self, cx: float, cy: float, r: float, kind: str, number: int | None) -> None:
        """The map marker of ``kind`` centred at ``(cx, cy)``, with ``number`` in white."""
        pdf = self.pdf
        shape, colour = KIND_MARKERS.get(kind, OTHER_MARKER)
        pdf.set_fill_color(*colour)
        if shape == "diamond":
            d = r * 1.3
            pdf.polygon([(cx, cy - d), (cx + d, cy), (cx, cy + d), (cx - d, cy)], style="F")
        elif shape == "square":
            s = r * 0.92
            pdf.rect(cx - s, cy - s, 2 * s, 2 * s, style="F", round_corners=True, corner_radius=r * 0.2)
        elif shape == "house":
            pdf.polygon(house_outline(cx, cy, r), style="F")
        else:
            pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r, style="F")
        if number is not None:
            digits = len(str(number))
            size = r * 2.6 if digits <= 2 else r * (2.0 if digits == 3 else 1.6)
            self.style(size, "B", (255, 255, 255))
            digits_height = size * 25.4 / 72 * 0.66  # Source Sans Pro's figures are 0.66 em high
            # text() places by baseline and never breaks the page (cell() could, at a page's foot)
            pdf.text(cx - pdf.get_string_width(str(number)) / 2, cy + digits_height / 2, str(number))

    # -- page 1 -------------------------------------------------------------------------------

    def title_page(
        self, title: str, audience: str, generated_on: date, map_png: bytes | None, kinds: list[str]
    ) -> None:
        pdf = self.pdf
        pdf.add_page()
        self.style(22, "B")
        self.text(pdf.l_margin, pdf.epw, 9.5, title, measure=False)
        if audience:
            pdf.ln(1.5)
            self.style(12.5)
            self.text(pdf.l_margin, pdf.epw, 6, _fill(self.s["audience"], audience=audience), measure=False)
        pdf.ln(1)
        self.style(9.5, "", MUTED)
        self.text(pdf.l_margin, pdf.epw, 5, _fill(self.s["prepared_on"], date=self.date(generated_on)), measure=False)
        pdf.ln(4)
        if map_png is not None:
            self.map(map_png, kinds)

    def map(self, map_png: bytes, kinds: list[str]) -> None:
        pdf = self.pdf
        image, width, height = _map_jpeg(map_png)
        available = pdf.page_break_trigger - pdf.y - 22  # legend, note and the start of a block
        w = pdf.epw
        h = w * height / width
        if h > available:
            h = max(available, 40.0)
            w = h * width / height
        x = pdf.l_margin + (pdf.epw - w) / 2
        top = pdf.y
        pdf.image(image, x=x, y=top, w=w, h=h)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.2)
        pdf.rect(x, top, w, h)
        pdf.set_y(top + h + 2)
        self.legend(kinds)
        self.style(8.5, "I", MUTED)
        self.text(pdf.l_margin, pdf.epw, 4.2, self.s["map_note"], measure=False)
        pdf.ln(2)

    def legend(self, kinds: list[str]) -> None:
        """One marker and label per kind shown on the map, on one line (wrapping if need be)."""
        pdf = self.pdf
        if not kinds:
            return
        x, y = pdf.l_margin, pdf.y
        for kind in kinds:
            label = _clean(self.spec.label("kind", kind), one_line=True)
            self.style(8.5, "", TEXT)
            width = 5 + pdf.get_string_width(label) + 6
            if x + width > pdf.l_margin + pdf.epw and x > pdf.l_margin:
                x, y = pdf.l_margin, y + 5
            self.badge(x + 1.6, y + 2.2, 1.5, kind, None)
            self.style(8.5, "", TEXT)
            pdf.set_xy(x + 4.2, y)
            pdf.cell(pdf.get_string_width(label) + 1, 4.4, label)
            x += width
        pdf.set_xy(pdf.l_margin, y + 5.5)

    # -- facility blocks ----------------------------------------------------------------------

    def rows(self, facility: Facility, extras: Mapping[str, object]) -> list[tuple[str, list[tuple[str, str]]]]:
        """The labelled rows of a block: (label, [(line, link)]), empty ones left out."""
        s, f = self.s, facility
        rows: list[tuple[str, list[tuple[str, str]]]] = []
        town = " ".join(p for p in (_clean(f.postal_code, one_line=True), _clean(f.city, one_line=True)) if p)
        country = _clean(self.spec.label("country", f.country), one_line=True)
        address = ", ".join(p for p in (_clean(f.street, one_line=True), town, country) if p)
        if address:
            rows.append((s["address"], [(address, "")]))
        contact = []
        website = _clean(f.website, one_line=True)
        if website:
            contact.append((website, website if website.lower().startswith(("http://", "https://")) else ""))
        email = _clean(f.email, one_line=True)
        if email:
            contact.append((email, f"mailto:{email}" if "@" in email and " " not in email else ""))
        phone = _clean(f.phone, one_line=True)
        if phone:
            contact.append((phone, ""))
        if contact:
            rows.append((s["contact"], contact))
        for key, vocabulary, codes in (
            ("services", "service", f.services),
            ("modalities", "modality", f.modalities),
            ("cleanroom_grades", "cleanroom_grade", f.cleanroom_grades),
        ):
            if codes:
                rows.append((s[key], [(self.labels(vocabulary, codes), "")]))
        if f.area_m2 is not None and not (isinstance(f.area_m2, float) and not math.isfinite(f.area_m2)):
            rows.append((s["area"], [(_fill(s["area_value"], area=self.number(f.area_m2)), "")]))
        recipient_note = _clean(extras.get("recipient_note"))
        if recipient_note:
            rows.append((s["note"], [(recipient_note, "")]))
        note_lines = []
        status = _clean(extras.get("shortlist_status"), one_line=True)
        rank = extras.get("rank")
        standing = []
        if status:
            shown = s.get(f"status_{status}") or _clean(self.spec.label("shortlist_status", status), one_line=True)
            standing.append(_fill(s["shortlist_status"], status=shown))
        if rank not in (None, "") and not isinstance(rank, bool):
            standing.append(_fill(s["rank"], rank=_clean(rank, one_line=True)))
        if standing:
            note_lines.append((" · ".join(standing), ""))
        note = _clean(extras.get("note"))
        if note:
            note_lines.append((note, ""))
        if note_lines:
            rows.append((s["private_note"], note_lines))
        return rows

    def block(self, number: int, facility: Facility, *, on_map: bool | None, measure: bool) -> float:
        """Draw one facility's block at the current position (or only measure it); its height."""
        pdf = self.pdf
        extras = (self.spec.extras or {}).get(facility.id) or {}
        left = pdf.l_margin
        x, w = left + INDENT, pdf.epw - INDENT
        height = 0.0
        top = pdf.y
        if not measure:
            self.badge(left + BADGE_RADIUS, top + 3.0, BADGE_RADIUS, facility.kind, number)
            pdf.set_y(top)
        self.style(12.5, "B")
        height += self.text(x, w, 6, _clean(facility.name, one_line=True) or facility.id, measure=measure)

        meta = [_clean(self.spec.label("kind", facility.kind), one_line=True)]
        if facility.organisation and facility.organisation.strip() != facility.name.strip():
            meta.append(_clean(facility.organisation, one_line=True))
        if facility.status and facility.status != "operational":
            meta.append(_clean(self.spec.label("status", facility.status), one_line=True))
        if on_map is False:
            meta.append(self.s["not_on_map"])
        self.style(9, "", MUTED)
        height += self.text(x, w, 4.6, " · ".join(m for m in meta if m), measure=measure)
        height += self.gap(1.2, measure)

        label_width = self.label_width
        for label, lines in self.rows(facility, extras):
            height += self.row(x, label_width, w - label_width, label, lines, measure=measure)
            height += self.gap(0.6, measure)

        url = _clean(facility.source_url, one_line=True)
        if url:
            verified = self.date(facility.verified_on)
            template = self.s["source"] if verified else self.s["source_undated"]
            link = url if url.lower().startswith(("http://", "https://")) else ""
            self.style(8, "", MUTED)
            height += self.gap(0.6, measure)
            height += self.text(x, w, 3.9, _fill(template, url=url, date=verified), measure=measure, link=link)
        return height

    def gap(self, h: float, measure: bool) -> float:
        if not measure:
            self.pdf.set_y(self.pdf.y + h)
        return h

    def row(
        self, x: float, label_w: float, value_w: float, label: str, lines: list[tuple[str, str]], *, measure: bool
    ) -> float:
        """A label in its column and the value lines beside it; its height."""
        pdf = self.pdf
        if measure:
            self.style(8.5, "B", MUTED)
            label_h = self.text(x, label_w - 2, LINE, label, measure=True)
            self.style(BODY_SIZE)
            value_h = sum(self.text(x + label_w, value_w, LINE, text, measure=True) for text, _ in lines)
            return max(label_h, value_h)
        if pdf.will_page_break(LINE):
            pdf.add_page()
        top_page, top = pdf.page, pdf.y
        self.style(8.5, "B", MUTED)
        pdf.set_y(top + 0.18)  # a smaller font on the same baseline
        self.text(x, label_w - 2, LINE, label, measure=False)
        label_bottom = pdf.y - 0.18
        pdf.set_y(top)
        for text, link in lines:
            self.style(BODY_SIZE, "", LINK if link else TEXT)
            self.text(x + label_w, value_w, LINE, text, measure=False, link=link)
        if pdf.page == top_page:
            pdf.set_y(max(pdf.y, label_bottom))
        return pdf.y - top if pdf.page == top_page else LINE

    def measure_labels(self) -> None:
        """The label column's width: the widest label, within limits."""
        self.style(8.5, "B")
        keys = ("address", "contact", "services", "modalities", "cleanroom_grades", "area", "note", "private_note")
        widest = max(self.pdf.get_string_width(self.s[k]) for k in keys)
        self.label_width = min(max(widest + 4, 24.0), 46.0)

    def place(self, number: int, facility: Facility, *, on_map: bool | None, first: bool) -> None:
        """Draw a block, on a new page when it fits on a page but not in the rest of this one."""
        pdf = self.pdf
        spacing = 0.0 if first else 4.0
        needed = spacing + self.block(number, facility, on_map=on_map, measure=True)
        at_top = pdf.y <= pdf.t_margin + 0.5
        room = pdf.page_break_trigger - pdf.y
        if not at_top and needed > room and (needed <= pdf.eph or room < 40):
            pdf.add_page()
        elif not first and not at_top:
            pdf.set_y(pdf.y + 1.5)
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.2)
            pdf.line(pdf.l_margin, pdf.y, pdf.l_margin + pdf.epw, pdf.y)
            pdf.set_y(pdf.y + spacing - 1.5)
        self.block(number, facility, on_map=on_map, measure=False)


def _map_jpeg(data: bytes) -> tuple[io.BytesIO, int, int]:
    """The map picture as a JPEG (fpdf2 embeds JPEG bytes as they are): a tenth of the size of the
    PNG, and at full chroma resolution the borders and markers stay sharp."""
    with Image.open(io.BytesIO(data)) as picture:
        picture.load()
        if picture.format == "JPEG":
            return io.BytesIO(data), picture.width, picture.height
        rgba = picture.convert("RGBA")
    flat = Image.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, (0, 0), rgba)
    out = io.BytesIO()
    flat.save(out, format="JPEG", quality=MAP_JPEG_QUALITY, subsampling=0)
    out.seek(0)
    return out, flat.width, flat.height


def _has_location(facility: Facility) -> bool:
    lat, lon = facility.latitude, facility.longitude
    return (
        isinstance(lat, int | float)
        and isinstance(lon, int | float)
        and math.isfinite(lat)
        and math.isfinite(lon)
        and -90 <= lat <= 90
        and -180 <= lon <= 180
    )


def _map_kinds(facilities: Sequence[Facility]) -> list[str]:
    present = {f.kind for f in facilities if _has_location(f)}
    return [k for k in KIND_MARKERS if k in present] + sorted(present - KIND_MARKERS.keys())


def export_pdf(
    facilities: Iterable[Facility],
    path: str | os.PathLike[str],
    spec: ExportSpec,
    *,
    title: str = "",
    audience: str = "",
    generated_on: date | None = None,
    map_png: bytes | None = None,
    strings: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> None:
    """Write a PDF handout of ``facilities`` to ``path`` (replaced all at once, see ``atomic_write``).

    :param facilities: the facilities in handout order; the n-th is numbered n, as on the map
    :param path: the file to write
    :param spec: ``label`` turns vocabulary codes into (translated) labels; ``extras`` gives each
        facility's ``recipient_note`` (and the private ``note``, ``shortlist_status`` and ``rank``
        only when the user asked for them); the columns are not used
    :param title: the handout's title (e.g. "CAR-T visit"); empty: ``strings["default_title"]``
    :param audience: who it is for (e.g. the visiting company); empty: no audience line
    :param generated_on: the date printed as "Prepared on"; ``None``: today
    :param map_png: the map picture (PNG or any image Pillow reads) with markers numbered as the
        blocks, e.g. from ``static_map_png(handout_points(facilities), ...)``; ``None``: no map
    :param strings: translations of :data:`DEFAULT_STRINGS` (missing keys stay English)
    :param progress: ``progress(done, total)`` per facility; returning ``False`` cancels (``ExportCancelled``)
    :raises ExportError: the file cannot be written, or the font package is missing
    :raises ValueError: ``map_png`` is not an image
    """
    rows = as_list(facilities)
    reporter = ProgressReporter(progress, len(rows), path)
    reporter.report(0)
    words = {**DEFAULT_STRINGS, **{k: v for k, v in (strings or {}).items() if isinstance(v, str)}}
    title = _clean(title, one_line=True) or words["default_title"]
    if map_png is not None:
        try:
            with Image.open(io.BytesIO(map_png)) as picture:
                picture.verify()
        except Exception as exc:  # Pillow raises many kinds of errors for bad data
            raise ValueError(f"map_png is not an image Pillow can read: {exc}") from exc

    pdf = _Handout(title, words)
    for style, file in font_files().items():
        pdf.add_font(FONT, style, str(file))
    pdf.set_margins(MARGIN_X, MARGIN_TOP, MARGIN_X)
    pdf.set_auto_page_break(True, margin=MARGIN_BOTTOM)
    pdf.alias_nb_pages(_PAGES_ALIAS)
    pdf.set_title(title)
    pdf.set_subject(_clean(audience, one_line=True))
    pdf.set_creator("directory-app")
    pdf.set_lang(words["language"])

    writer = _Writer(pdf, spec, words)
    writer.measure_labels()
    writer.title_page(title, _clean(audience, one_line=True), generated_on or date.today(), map_png, _map_kinds(rows))
    if not rows:
        writer.style(BODY_SIZE, "I", MUTED)
        writer.text(pdf.l_margin, pdf.epw, LINE, words["empty"], measure=False)
    for done, facility in enumerate(rows, 1):
        on_map = _has_location(facility) if map_png is not None else None
        writer.place(done, facility, on_map=on_map, first=done == 1)
        reporter.row(done)
    data = bytes(pdf.output())

    def write(handle: IO[bytes]) -> None:
        handle.write(data)
        reporter.finish()

    atomic_write(path, write)
