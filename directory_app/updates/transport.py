"""Where an update comes from: an http(s) URL, a folder, or the path of a manifest file; and downloading
a listed file into a temporary file, resumably, checked before anyone uses it.

Nothing here touches the database. Every failure is an :class:`UpdateRefused` with a reason for people.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import stat
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from directory_app import __version__
from directory_app.domain.errors import UpdateRefused
from directory_app.updates.manifest import MANIFEST, FileEntry

USER_AGENT = f"directory-app/{__version__} (team directory updates)"
CHUNK = 64 * 1024
TIMEOUT_S = 20.0
ATTEMPTS = 4
"""Tries per file: a download cut off mid-way resumes where it stopped (HTTP Range) this many times."""

Progress = Callable[[int, int], object]


@dataclass(frozen=True, slots=True)
class Source:
    """An update source.

    :param text: as the user gave it
    :param base: a URL ending in ``/`` (``http``), or a folder (``folder``)
    :param manifest: the manifest's file name
    """

    text: str
    kind: str
    base: str
    manifest: str = MANIFEST

    def url(self, name: str) -> str:
        """Where the file ``name`` (beside the manifest) is."""
        if self.kind == "http":
            return urllib.parse.urljoin(self.base, urllib.parse.quote(name))
        return str(Path(self.base) / name)


def resolve(text: str) -> Source:
    """The source a user named: ``https://host/dir/`` (or ``.../manifest.json``), a folder, or a manifest file.

    :raises UpdateRefused: another URL scheme, or a path that does not exist
    """
    text = text.strip()
    parts = urllib.parse.urlsplit(text)
    if parts.scheme in ("http", "https"):
        if not parts.netloc:
            raise UpdateRefused(f"{text} is not a complete URL", reason="unreadable")
        path = parts.path or "/"
        if path.endswith(".json"):
            folder, _, name = path.rpartition("/")
            base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, folder + "/", "", ""))
            return Source(text, "http", base, urllib.parse.unquote(name))
        if not path.endswith("/"):
            path += "/"
        return Source(text, "http", urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", "")))
    if parts.scheme == "file":
        text = urllib.request.url2pathname(parts.path)
    elif len(parts.scheme) > 1:
        raise UpdateRefused(f"{text}: only http(s) URLs, folders and files can be update sources", reason="unreadable")
    path = Path(text).expanduser()
    if path.is_dir():
        return Source(text, "folder", str(path))
    if path.is_file():
        return Source(text, "folder", str(path.parent), path.name)
    raise UpdateRefused(f"{text} cannot be reached (no such folder or file; offline?)", reason="unreachable")


class _WebRedirectsOnly(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to another http(s) address (urllib's own would also follow one to ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(
                newurl, code, f"{msg} - Redirection to {newurl!r} is not allowed (not http or https)", headers, fp
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _open(url: str, offset: int = 0, timeout: float = TIMEOUT_S):  # type: ignore[no-untyped-def]
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    request = urllib.request.Request(url, headers=headers)
    return urllib.request.build_opener(_WebRedirectsOnly).open(request, timeout=timeout)


def _unreachable(url: str, exc: BaseException) -> UpdateRefused:
    if isinstance(exc, urllib.error.HTTPError):
        return UpdateRefused(f"{url} answered HTTP {exc.code} {exc.reason}", reason="unreachable")
    reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc
    return UpdateRefused(f"{url} cannot be reached ({reason}); nothing was changed", reason="unreachable")


def read_small(source: Source, name: str, limit: int) -> bytes:
    """A small file beside the manifest (the manifest, its signature), whole.

    :raises UpdateRefused: unreachable, or larger than ``limit``
    """
    where = source.url(name)
    if source.kind == "folder":
        try:
            with _open_file(where) as handle:
                data = handle.read(limit + 1)
        except FileNotFoundError as exc:
            raise UpdateRefused(f"{where} does not exist", reason="unreachable") from exc
        except OSError as exc:
            raise UpdateRefused(f"{where} cannot be read ({exc.strerror or exc})", reason="unreachable") from exc
    else:
        try:
            with _open(where) as response:
                data = response.read(limit + 1)
        except (TimeoutError, urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            raise _unreachable(where, exc) from exc
    if len(data) > limit:
        raise UpdateRefused(f"{where} is larger than a {name} can be", reason="unreadable")
    return data


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def download(
    source: Source,
    entry: FileEntry,
    folder: Path,
    *,
    progress: Progress | None = None,
    attempts: int = ATTEMPTS,
    timeout: float = TIMEOUT_S,
    pause_s: float = 0.2,
) -> Path:
    """Fetch a listed file into ``folder/<sha256>.part`` and check its size and SHA-256; returns that path.

    A ``.part`` left by an interrupted download is resumed (HTTP ``Range``; a server that ignores it sends
    the whole file again). A file whose size or checksum is wrong is deleted and refused.

    :raises UpdateRefused: unreachable after ``attempts`` tries (the part is kept, to resume later), or a
        wrong size or checksum
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UpdateRefused(
            f"the download folder {folder} cannot be made ({exc.strerror or exc}); nothing was changed",
            reason="unreadable",
        ) from exc
    part = folder / f"{entry.sha256}.part"
    where = source.url(entry.name)
    last_error: BaseException | None = None
    for attempt in range(attempts):
        have = part.stat().st_size if part.exists() else 0
        if have > entry.size:
            part.unlink()
            have = 0
        if have == entry.size:
            break
        try:
            if source.kind == "folder":
                _copy_from(Path(where), part, have, entry.size, progress)
            else:
                _fetch_into(where, part, have, entry.size, progress, timeout)
            break
        except UpdateRefused:
            raise
        except FileNotFoundError as exc:
            raise UpdateRefused(f"{where} does not exist", reason="unreachable") from exc
        except (TimeoutError, urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            if isinstance(exc, urllib.error.HTTPError) and exc.code not in (408, 429, 500, 502, 503, 504):
                raise _unreachable(where, exc) from exc
            last_error = exc
            if attempt + 1 < attempts:
                time.sleep(pause_s)
    else:
        got = part.stat().st_size if part.exists() else 0
        raise UpdateRefused(
            f"the download of {entry.name} from {source.text} stopped at {got:,} of {entry.size:,} bytes "
            f"({getattr(last_error, 'reason', None) or last_error}); nothing was changed; run the update again "
            "to resume",
            reason="unreachable",
        )
    size = part.stat().st_size
    if size != entry.size:
        part.unlink(missing_ok=True)
        raise UpdateRefused(
            f"{entry.name} is {size:,} bytes, the manifest says {entry.size:,}; nothing was changed", reason="checksum"
        )
    if sha256_of(part) != entry.sha256:
        part.unlink(missing_ok=True)
        raise UpdateRefused(
            f"{entry.name} does not match its SHA-256 in the signed manifest (changed or damaged on the way); "
            "nothing was changed",
            reason="checksum",
        )
    return part


def _write_from(stream, part: Path, offset: int, size: int, progress: Progress | None) -> None:  # type: ignore[no-untyped-def]
    mode = "r+b" if offset and part.exists() else "wb"
    with open(part, mode) as out:
        out.seek(offset)
        out.truncate()
        done = offset
        while True:
            block = stream.read(min(CHUNK, size - done + 1))
            if not block:
                break
            done += len(block)
            if done > size:
                raise UpdateRefused(
                    f"{part.name.split('.')[0][:12]}…: the file is larger than the manifest says", reason="checksum"
                )
            out.write(block)
            if progress is not None:
                progress(done, size)
        out.flush()
        os.fsync(out.fileno())
    if done < size:
        raise ConnectionResetError(f"the connection closed after {done:,} of {size:,} bytes")


def _open_file(path: Path | str):  # type: ignore[no-untyped-def]
    """A file of a pack folder, opened for reading; a pipe or a device is refused, not waited on."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UpdateRefused(
                f"{path} is not a regular file (a pipe, a device or a folder); nothing was changed", reason="unreadable"
            )
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _copy_from(path: Path, part: Path, offset: int, size: int, progress: Progress | None) -> None:
    with _open_file(path) as stream:
        stream.seek(offset)
        _write_from(stream, part, offset, size, progress)


def _fetch_into(url: str, part: Path, offset: int, size: int, progress: Progress | None, timeout: float) -> None:
    try:
        response = _open(url, offset, timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and offset:  # the range does not fit what the server has: start again
            part.unlink(missing_ok=True)
            response = _open(url, 0, timeout)
            offset = 0
        else:
            raise
    with contextlib.closing(response):
        status = response.status
        if status == 206:
            start = (response.headers.get("Content-Range") or "").removeprefix("bytes ").split("-")[0]
            if start != str(offset):  # an answer for another range: not usable; the next try fetches it whole
                part.unlink(missing_ok=True)
                raise ConnectionResetError("the server answered for another range")
        elif status == 200:
            offset = 0  # the server ignored the range: the whole file comes again
        _write_from(response, part, offset, size, progress)
