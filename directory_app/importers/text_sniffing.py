"""Detect how a text file is written: its encoding and its delimiter.

Encodings, in the order they are tried: a byte-order mark (UTF-8, UTF-32, UTF-16 as Excel's "Unicode
text" writes it; UTF-32's mark is tested first, as it starts with UTF-16's), UTF-32 without a mark
(three bytes of four NUL), UTF-16 without a mark (every other byte NUL), strict UTF-8 over the whole file
(streamed, 1 MB at a time), else Windows-1252 (what Excel on Windows writes as "CSV"). NUL bytes
in a file that is not UTF-16 mean it is binary.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from directory_app.domain.errors import ImportFileError

CHUNK = 1024 * 1024
DELIMITERS = (",", ";", "\t")


def detect_encoding(path: Path) -> str:
    """A Python codec name that reads ``path``, or :class:`ImportFileError` for a binary file.

    :param path: the file
    """
    with path.open("rb") as fh:
        head = fh.read(4096)
        if head.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts FF FE
            return _text_or_binary(path, head, "utf-32")
        elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        elif (wide := _utf32_without_mark(head)) is not None:
            return _text_or_binary(path, head, wide)
        elif len(head) >= 4 and head[1::2].count(0) > len(head) * 0.4 and head[0::2].count(0) == 0:
            return _text_or_binary(path, head, "utf-16-le")
        elif len(head) >= 4 and head[0::2].count(0) > len(head) * 0.4 and head[1::2].count(0) == 0:
            return _text_or_binary(path, head, "utf-16-be")
        else:
            encoding = "utf-8"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        valid_utf8 = True
        while chunk := fh.read(CHUNK):
            if b"\x00" in chunk:
                raise _binary(path)
            if valid_utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    valid_utf8 = False
        if valid_utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                valid_utf8 = False
    return encoding if valid_utf8 else "cp1252"


def _binary(path: Path) -> ImportFileError:
    return ImportFileError(
        f"{path.name} is not a text file (it holds binary data); save it as CSV (UTF-8) and try again.",
        path=str(path),
    )


def _utf32_without_mark(head: bytes) -> str | None:
    """``utf-32-le`` or ``-be`` when three bytes of every four are NUL (characters below U+0100), else ``None``."""
    n = len(head) // 4 * 4
    if n < 8:
        return None
    lanes = [head[i:n:4] for i in range(4)]
    if all(lane.count(0) == len(lane) for lane in lanes[1:]) and lanes[0].count(0) == 0:
        return "utf-32-le"
    if all(lane.count(0) == len(lane) for lane in lanes[:3]) and lanes[3].count(0) == 0:
        return "utf-32-be"
    return None


def _text_or_binary(path: Path, head: bytes, encoding: str) -> str:
    """``encoding`` when ``head`` decodes to text in it (UTF-16 or UTF-32), else a binary-file error."""
    unit = 4 if encoding.startswith("utf-32") else 2
    text = head[: len(head) // unit * unit].decode(encoding, errors="replace")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    if printable < len(text) * 0.95:
        raise _binary(path)
    return encoding


def detect_delimiter(header_line: str) -> str:
    """The delimiter of a CSV header line: the most frequent of ``,`` ``;`` and tab outside quotes.

    :param header_line: the first line of the file
    """
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","
