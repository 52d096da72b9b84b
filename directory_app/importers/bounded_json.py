"""Reading JSON from outside files safely: bounded size, depth and numbers, any Unicode encoding.

Every reader of a JSON file the user did not make here (shortlist share files, GeoJSON) goes
through :func:`read_json_file` or :func:`loads_bounded`, so none of them can end in a
``RecursionError`` (a file nested 100,000 deep), an ``OverflowError`` (``"rank": 10**30`` on
its way into SQLite), a ``ValueError`` (a 5,000-digit number) or a misread encoding. Whatever
is wrong becomes the :class:`~directory_app.domain.errors.DirectoryError` subclass the caller
names, with a message for the user; nothing else escapes.

* Depth: at most :data:`MAX_DEPTH` nested arrays/objects, checked before parsing.
* Numbers: integers within SQLite's 64-bit range; floats finite; ``NaN``/``Infinity`` refused.
* Keys: an object naming the same key twice is refused (which value is meant is unclear).
* Text: UTF-8 with or without a BOM; UTF-16 and UTF-32 by their BOM (UTF-32 is tested first:
  its little-endian BOM begins with UTF-16's) or, without one, by the zero-byte pattern of the
  first characters (RFC 4627); anything else is refused.
"""

from __future__ import annotations

import codecs
import json
import math
import re
import stat
from pathlib import Path
from typing import Any

from directory_app.domain.errors import DirectoryError, ImportFileError

MAX_DEPTH = 64
"""Arrays and objects nested deeper than this are refused."""

MAX_INT = 2**63 - 1
"""Integers beyond +-this are refused (SQLite's INTEGER range)."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: the UTF-32 LE BOM FF FE 00 00 starts with the UTF-16 LE BOM FF FE
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# a string (to its closing quote, or to the end when it has none) or a bracket
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\Z)|[\[\]{}]', re.DOTALL)


def decode_text(raw: bytes, *, error: type[DirectoryError] = ImportFileError, what: str = "The file") -> str:
    """The text of a JSON file: UTF-8 (BOM or not), or UTF-16/UTF-32 recognised by BOM or zero bytes.

    :raises error: not text in one of these encodings
    """
    encoding, start = "utf-8", 0
    for bom, name in _BOMS:
        if raw.startswith(bom):
            encoding, start = name, len(bom)
            break
    else:
        head = raw[:4]
        if len(head) == 4:  # JSON text starts with two ASCII characters (RFC 4627 section 3)
            zero = tuple(b == 0 for b in head)
            encoding = {
                (True, True, True, False): "utf-32-be",
                (False, True, True, True): "utf-32-le",
                (True, False, True, False): "utf-16-be",
                (False, True, False, True): "utf-16-le",
            }.get(zero, "utf-8")
    try:
        return raw[start:].decode(encoding)
    except UnicodeDecodeError as exc:
        raise error(
            f"{what} is not text in UTF-8 (or UTF-16/UTF-32 with a byte order mark): "
            f"{encoding.upper()} fails at byte {exc.start + start:,}."
        ) from exc


def _check_depth(text: str, max_depth: int, error: type[DirectoryError], what: str) -> None:
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                raise error(f"{what} is nested too deeply (more than {max_depth} levels of lists or objects).")
        elif token in "]}":
            depth -= 1


def _check_text(value: Any, error: type[DirectoryError], what: str) -> None:
    """Refuse text no file or database can hold: a lone surrogate escape such as ``"\\ud800"``."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise error(
                    f"{what} holds text that is not valid Unicode (a lone surrogate escape such as \\ud800)."
                ) from exc
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def loads_bounded(
    raw: bytes | str,
    *,
    max_depth: int = MAX_DEPTH,
    error: type[DirectoryError] = ImportFileError,
    what: str = "The file",
) -> Any:
    """Parse JSON with bounded depth and numbers and unique keys (see the module text).

    :param raw: the file's bytes (the encoding is detected) or text
    :param error: the error class to raise (a :class:`DirectoryError` subclass)
    :param what: how messages name the file, e.g. ``"visit.shortlist.json"``
    :raises error: anything wrong, with a message for the user
    """
    text = decode_text(raw, error=error, what=what) if isinstance(raw, bytes) else raw
    if not text.strip():
        raise error(f"{what} is empty.")
    _check_depth(text, max_depth, error, what)

    def parse_int(digits: str) -> int:
        if len(digits.lstrip("-")) > 19 or abs(value := int(digits)) > MAX_INT:
            raise error(f"{what} holds a number too large to use ({digits[:20]}{'…' if len(digits) > 20 else ''}).")
        return value

    def parse_float(digits: str) -> float:
        value = float(digits)
        if not math.isfinite(value):
            raise error(f"{what} holds a number too large to use ({digits[:20]}{'…' if len(digits) > 20 else ''}).")
        return value

    def parse_constant(name: str) -> float:
        raise error(f"{what} holds {name}, which is not a number JSON allows.")

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise error(f"{what} names the key {key[:80]!r} twice in one object.")
            result[key] = value
        return result

    try:
        value = json.loads(
            text,
            parse_int=parse_int,
            parse_float=parse_float,
            parse_constant=parse_constant,
            object_pairs_hook=unique_keys,
        )
        _check_text(value, error, what)
        return value
    except json.JSONDecodeError as exc:
        raise error(f"{what} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}).") from exc
    except (RecursionError, ValueError, OverflowError, MemoryError) as exc:  # a last line of defence
        raise error(f"{what} cannot be read as JSON ({type(exc).__name__}).") from exc


def read_json_file(
    path: Path | str,
    *,
    max_bytes: int,
    max_depth: int = MAX_DEPTH,
    error: type[DirectoryError] = ImportFileError,
) -> Any:
    """Read a JSON file of at most ``max_bytes`` with :func:`loads_bounded`.

    :raises error: unreadable, too large, not text, not JSON, too deep, absurd numbers
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a folder, a pipe or a device could block or never end
            raise error(f"{name} is not a regular file.", path=str(path))
        size = status.st_size  # a large file is refused without reading it
        raw = b""
        if size <= max_bytes:
            with path.open("rb") as handle:
                raw = handle.read(max_bytes + 1)  # bounded even if the file grows or is not a regular file
                size = max(size, len(raw))
    except OSError as exc:
        raise error(f"{name} cannot be read: {exc.strerror or exc}.", path=str(path)) from exc
    if size > max_bytes:
        raise error(f"{name} is too large to read ({size:,} bytes; the limit is {max_bytes:,}).", path=str(path))
    return loads_bounded(raw, max_depth=max_depth, error=error, what=name)
