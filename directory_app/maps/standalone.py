"""A map of some facilities as one HTML file that opens offline in any browser (for exports).

Scripts, styles, the data, the popups' details and a low-zoom basemap are all inside the file.
Beside the map, the page lists the facilities under a title, the purpose and the date, numbered
as the markers and as the PDF handout's blocks (their position in ``facilities``, from 1). The
list is built by the fixed code of ``resources/web/sheet.js`` from the page's JSON block, with
``textContent``: like every value from data, it never becomes markup or template source.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from directory_app.domain.models import Facility
from directory_app.domain.vocabulary import KINDS
from directory_app.domain.vocabulary import label as english_label
from directory_app.maps.payload import points_payload, popup_detail
from directory_app.maps.render import MapPage, inline_tiles, render_page

MAX_FACILITIES = 5000

SHEET_STRINGS: dict[str, str] = {
    "default_title": "Facilities",
    "audience": "For {audience}",
    "prepared_on": "Prepared on {date}",
    "not_on_map": "not on the map (no location)",
    "address": "Address",
    "contact": "Contact",
    "services": "Services",
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
    "empty": "No facilities.",
    "list_separator": ", ",
    "date_format": "%Y-%m-%d",
    "language": "en",
}
"""The list's fixed wording (English): the same keys and texts as the PDF handout's
``DEFAULT_STRINGS``, so a caller passes the handout's strings in the recipient's language."""

_SLOT = re.compile(r"\{(\w+)\}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _fill(template: str, **values: str) -> str:
    """``template`` with ``{name}`` replaced, in one pass (a value holding ``{name}`` stays as it is)."""
    return _SLOT.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _line(text: object) -> str:
    return " ".join(_CONTROL.sub("", str(text or "")).split())


def _entry(
    number: int,
    facility: Facility,
    located: bool,
    label: Callable[[str, str], str],
    strings: Mapping[str, str],
    extras: Mapping[str, object],
) -> dict[str, Any]:
    """One numbered entry of the list: plain texts (``sheet.js`` shows them with ``textContent``)."""
    f = facility
    town = " ".join(p for p in (_line(f.postal_code), _line(f.city)) if p)
    country = _line(label("country", f.country)) if f.country else ""
    entry: dict[str, Any] = {
        "number": number,
        "id": f.id,
        "name": _line(f.name) or f.id,
        "kind": _line(label("kind", f.kind)),
        "kindCode": f.kind,
        "located": located,
        "address": ", ".join(p for p in (_line(f.street), town, country) if p),
        "website": _line(f.website),
        "email": _line(f.email),
        "phone": _line(f.phone),
        "services": strings["list_separator"].join(label("service", code) for code in f.services),
    }
    source = _line(f.source_url)
    if source:
        template = strings["source"] if f.verified_on else strings["source_undated"]
        verified = f.verified_on.strftime(strings["date_format"]) if f.verified_on else ""
        before, _, after = template.partition("{url}")
        entry["source"] = {
            "url": source,
            "before": _fill(before, date=verified),
            "after": _fill(after, date=verified),
        }
    note = extras.get("recipient_note")
    if isinstance(note, str) and note.strip():
        entry["note"] = note.strip()
    # private fields: only when the rows carry them (the user asked; exporters.base.shortlist_extras)
    internal = []
    status, rank, private = extras.get("shortlist_status"), extras.get("rank"), extras.get("note")
    standing = []
    if isinstance(status, str) and status:
        shown = strings.get(f"status_{status}") or label("shortlist_status", status)
        standing.append(_fill(strings["shortlist_status"], status=shown))
    if isinstance(rank, int) and not isinstance(rank, bool):
        standing.append(_fill(strings["rank"], rank=str(rank)))
    if standing:
        internal.append(" · ".join(standing))
    if isinstance(private, str) and private.strip():
        internal.append(private.strip())
    if internal:
        entry["internal"] = internal
    return entry


def standalone_map(
    facilities: Sequence[Facility],
    *,
    page: MapPage | None = None,
    label: Callable[[str, str], str] = english_label,
    basemap_tile: Callable[[int, int, int], bytes | None] | None = None,
    extras: Mapping[str, Mapping[str, object]] | None = None,
    title: str = "",
    purpose: str = "",
    generated_on: date | None = None,
    sheet_strings: Mapping[str, str] | None = None,
) -> str:
    """The HTML of a self-contained map of ``facilities`` (those with coordinates, at most 5,000),
    with their numbered list (the first 5,000, in their order) beside it.

    :param page: strings, kinds, borders and labels in the user's language (defaults: English)
    :param label: ``label(vocabulary, code)`` for popups and the list
    :param basemap_tile: offline basemap tiles to embed (zooms 0-6 around the facilities)
    :param extras: per-facility row extras of a shortlist export (``exporters.base.shortlist_extras``):
        popups and the list show the note for the recipient, and the private fields only when the
        rows carry them
    :param title: the page's title (a shortlist's name); empty: ``default_title``
    :param purpose: whom or what it is for (a shortlist's purpose), shown as ``audience``
    :param generated_on: the date shown (default: today)
    :param sheet_strings: the list's wording (keys of :data:`SHEET_STRINGS`; the PDF handout's
        strings in the recipient's language fit)
    """
    strings = {**SHEET_STRINGS, **(sheet_strings or {})}
    listed = list(facilities)[:MAX_FACILITIES]
    numbered = list(enumerate(listed, 1))  # the PDF handout's numbers: the position, from 1
    located = [(n, f) for n, f in numbered if f.latitude is not None and f.longitude is not None]
    points = [(f.id, f.latitude, f.longitude, f.kind, f.name, f.city) for _, f in located]
    data: dict[str, Any] = json.loads(points_payload(1, points, kinds=[k.code for k in KINDS], fit=True))  # type: ignore[arg-type]
    data["details"] = {f.id: popup_detail(f, label) for _, f in located}
    data["numbers"] = {f.id: n for n, f in located}
    on_map = {f.id for _, f in located}
    day = generated_on or date.today()
    data["sheet"] = {
        "title": _line(title) or strings["default_title"],
        "purpose": _fill(strings["audience"], audience=_line(purpose)) if _line(purpose) else "",
        "date": _fill(strings["prepared_on"], date=day.strftime(strings["date_format"])),
        "lang": strings["language"],
        "labels": {
            key: strings[key]
            for key in ("address", "contact", "services", "note", "private_note", "not_on_map", "empty")
        }
        | {"colon": "\u202f: " if strings["language"] == "fr" else ": "},
        "entries": [_entry(n, f, f.id in on_map, label, strings, (extras or {}).get(f.id) or {}) for n, f in numbered],
    }
    for entry in data["sheet"]["entries"]:  # a popup says what its entry in the list says
        if entry["id"] in data["details"]:
            data["details"][entry["id"]].update({k: entry[k] for k in ("note", "internal") if k in entry})
    tiles: dict[str, str] = {}
    if basemap_tile is not None and located:
        lats = [f.latitude for _, f in located]
        lons = [f.longitude for _, f in located]
        tiles = inline_tiles((min(lats), min(lons), max(lats), max(lons)), basemap_tile)  # type: ignore[type-var]
    base = page or MapPage(kinds=[(k.code, k.label) for k in KINDS])
    return render_page(
        replace(
            base,
            inline=True,
            bridge=False,
            basemap=False,
            detail_attribution=None,
            data=data,
            tiles=tiles,
            max_zoom=14,
            sheet=True,
        )
    )
