"""Limits that keep a hostile or mistaken import file from exhausting memory or time.

Every reader checks them before (or while) reading, so a file that is not what it claims to be
fails early with :class:`~directory_app.domain.errors.ImportFileError` and nothing is changed.
"""

from __future__ import annotations

from pathlib import Path

from directory_app.domain.errors import ImportFileError

MAX_TEXT_BYTES = 256 * 1024 * 1024
"""Largest CSV accepted (a 100,000-row directory is about 30 MB)."""

MAX_GEOJSON_BYTES = 64 * 1024 * 1024
"""Largest GeoJSON accepted (it is parsed as a whole)."""

MAX_XLSX_BYTES = 64 * 1024 * 1024
"""Largest XLSX file accepted (compressed)."""

MAX_XLSX_UNCOMPRESSED = 512 * 1024 * 1024
"""Largest total uncompressed size of the members of an XLSX file."""

MAX_COMPRESSION_RATIO = 150
"""Largest uncompressed/compressed ratio of one XLSX member (spreadsheets are ~5-20; zip bombs ~1000)."""

MAX_FIELD_CHARS = 1024 * 1024
"""Longest value of one cell / CSV field, and longest physical line of a CSV file."""

MAX_COLUMNS = 500
"""Most columns a sheet may have."""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB"


def check_size(path: Path, limit: int, kind: str) -> int:
    """The file's size; :class:`ImportFileError` when it is missing, not a file or over ``limit``.

    :param path: the file
    :param limit: largest size in bytes
    :param kind: what the file is said to be (for the message), e.g. ``"CSV"``
    """
    try:
        if not path.is_file():
            raise ImportFileError(f"{path.name} is not a file.", path=str(path))
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(f"{path.name} cannot be read: {exc.strerror or exc}.", path=str(path)) from exc
    if size == 0:
        raise ImportFileError(f"{path.name} is empty.", path=str(path))
    if size > limit:
        raise ImportFileError(
            f"{path.name} is {_mb(size)}; a {kind} file to import may be at most {_mb(limit)}. "
            "Split it, or check that it is the file you meant.",
            path=str(path),
        )
    return size
