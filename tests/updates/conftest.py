"""Packs served by a real HTTP server on 127.0.0.1 (Range requests, and failures on demand), a curator's
directory with a key, and laptops made from the same small synthetic seed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from directory_app.directory import Directory
from directory_app.updates import keys
from tests.fixtures.local_http import serving


@dataclass
class PackServer:
    """Serves the files of ``root`` at ``base``/; records what was asked."""

    root: Path
    base: str = ""
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, Range header)
    drop_once: set[str] = field(default_factory=set)  # names whose first answer stops half-way
    die_on: set[str] = field(default_factory=set)  # names after whose half answer the server is gone
    dead: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def asked(self, name: str) -> list[str]:
        """The Range headers of the requests for ``name`` ('' for none)."""
        return [r for p, r in self.requests if p == "/" + name]


@pytest.fixture(autouse=True)
def _small_seed_everywhere(small_seed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run through main() open their databases with the small seed too (not the shipped one)."""
    from directory_app import config

    monkeypatch.setattr(config, "seed_path", lambda: small_seed)


@pytest.fixture
def pack_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PackServer]:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    state = PackServer(tmp_path / "served")
    state.root.mkdir()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            name = self.path.lstrip("/")
            with state.lock:
                state.requests.append((self.path, self.headers.get("Range", "")))
                dead = state.dead
            if dead:  # the server is gone: the connection closes without an answer
                self.close_connection = True
                return
            path = state.root / name
            if "/" in name or not path.is_file():
                self.reply(404, b"no such file")
                return
            body = path.read_bytes()
            start = 0
            wanted = self.headers.get("Range", "")
            if wanted.startswith("bytes=") and wanted.endswith("-"):
                start = int(wanted[6:-1])
                if start >= len(body):
                    self.reply(416, b"")
                    return
            self.send_response(206 if start else 200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body) - start))
            self.send_header("Accept-Ranges", "bytes")
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
            self.end_headers()
            part = body[start:]
            with state.lock:
                cut = name in state.drop_once or name in state.die_on
                state.drop_once.discard(name)
                if name in state.die_on:
                    state.dead = True
            try:
                if cut:
                    self.wfile.write(part[: len(part) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(part)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def reply(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(Handler) as base:
        state.base = base
        yield state


@pytest.fixture
def key(tmp_path: Path) -> Path:
    """A publisher's private key (its public key is beside it, ``.pub``)."""
    path = tmp_path / "keys" / "curator.key"
    path.parent.mkdir()
    keys.generate(path)
    return path


@pytest.fixture
def curator(tmp_path: Path, small_seed: Path) -> Iterator[Directory]:
    """The curators' directory (30 synthetic facilities)."""
    d = Directory.open(tmp_path / "curator.sqlite", seed_file=small_seed, backup_folder=tmp_path / "curator-backups")
    yield d
    d.close()


def open_laptop(tmp_path: Path, small_seed: Path, name: str = "laptop", key: Path | None = None) -> Directory:
    """A laptop's directory from the same seed, trusting ``key`` when given; downloads go to its own folder."""
    d = Directory.open(tmp_path / f"{name}.sqlite", seed_file=small_seed, backup_folder=tmp_path / f"{name}-backups")
    if key is not None:
        d.updates.trust_add(key.with_name(key.name + ".pub"))
    return d


def curator_edits(d: Directory, n: int = 1) -> None:
    """A round of curation: one facility renamed and re-phoned, one added, one deleted (per round ``n``)."""
    f = d.facility("fac-0002")
    d.save_facility(replace(f, name=f"{f.name} (round {n})", phone=f"+32 9 000 00 0{n}"))
    new = replace(d.facility("fac-0005"), id=f"new-site-{n}", name=f"New Cell Factory {n}", website="")
    d.save_facility(new)
    d.delete_facilities([f"fac-00{10 + n}"])
