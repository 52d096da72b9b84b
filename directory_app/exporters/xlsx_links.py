"""Hyperlinks for openpyxl write-only sheets, written in one block when the sheet closes.

openpyxl gives every linked cell its own ``Hyperlink`` object and serialises them one by one
through its descriptor machinery: for the 20,000 links of a 10,000-row export (website and
source) that is most of the time the export spends beyond a plain dump. Here a linked cell only
gets the *Hyperlink* cell style; its reference and URL are kept in a list, and the sheet's
``<hyperlinks>`` block and its relationships are built from that list in one go.

This uses openpyxl internals of a write-only sheet (its ``_writer``, the writer's ``_rels`` and
``xf`` stream, a cell's ``_style`` array; openpyxl 3.1). :meth:`StreamedLinks.install` checks them and returns ``None``
when they are not there, and the caller then sets links the public way (``cell.hyperlink``).
Both ways are tested to read back the same.
"""

from __future__ import annotations

from copy import copy
from typing import Any

from openpyxl.cell.cell import WriteOnlyCell
from openpyxl.packaging.relationship import Relationship
from openpyxl.xml.constants import REL_NS
from openpyxl.xml.functions import Element, SubElement

_RELATIONSHIP_ID = f"{{{REL_NS}}}id"


class StreamedLinks:
    """The hyperlinks of one write-only sheet, collected while rows stream and written at close."""

    def __init__(self, sheet: Any, writer: Any) -> None:
        self._sheet = sheet
        self._writer = writer
        self._links: list[tuple[str, str]] = []
        self._style: Any = None  # the first link cell's style array, copied to the others

    @classmethod
    def install(cls, sheet: Any) -> StreamedLinks | None:
        """Take over writing ``sheet``'s hyperlinks; ``None`` if this openpyxl is not laid out as expected.

        Call it after the first row is appended (openpyxl creates the sheet's writer then).
        """
        writer = getattr(sheet, "_writer", None)
        if writer is None or not all(hasattr(writer, name) for name in ("write_hyperlinks", "_rels", "xf")):
            return None
        if not callable(getattr(writer._rels, "append", None)) or not hasattr(WriteOnlyCell(sheet), "_style"):
            return None
        links = cls(sheet, writer)
        writer.write_hyperlinks = links._write
        return links

    def __len__(self) -> int:
        return len(self._links)

    def cell(self, url: str, ref: str) -> WriteOnlyCell:
        """A text cell showing ``url`` in the hyperlink style, linked to ``url`` at cell ``ref`` ("B7").

        ``url`` must already be a checked http(s) address (see ``is_web_link``).
        """
        cell = WriteOnlyCell(self._sheet, url)
        if self._style is None:
            cell.style = "Hyperlink"
            self._style = cell._style
        else:
            cell._style = copy(self._style)  # what the style setter ends with, without its look-ups
        self._links.append((ref, url))
        return cell

    def _write(self) -> None:
        """Write the ``<hyperlinks>`` block: one external relationship per link, as openpyxl does."""
        theirs = [link for link in self._sheet._hyperlinks if link.target or link.location]
        if not theirs and not self._links:
            return
        block = Element("hyperlinks")
        for link in theirs:  # set the public way (none from the exporter): kept as openpyxl writes them
            if link.target:
                self._link(block, link.ref, link.target)
            else:
                SubElement(block, "hyperlink", {"ref": link.ref, "location": link.location})
        for ref, url in self._links:
            self._link(block, ref, url)
        self._writer.xf.send(block)

    def _link(self, block: Any, ref: str, url: str) -> None:
        relationship = Relationship(type="hyperlink", TargetMode="External", Target=url)
        self._writer._rels.append(relationship)
        SubElement(block, "hyperlink", {"ref": ref, _RELATIONSHIP_ID: relationship.Id})
