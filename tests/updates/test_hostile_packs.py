"""Attacks on `update` by a hostile source or a careless user (review of issue 15): escape sequences from a
manifest, redirects to other schemes, a plan applied after another update, a download folder that cannot be
made, malformed records in a signed pack, a pipe in a pack folder, a file name with a line break. Each is
refused with one clear line and nothing changed, never a traceback or a hang."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.domain.errors import UpdateRefused
from directory_app.updates import keys, manifest
from tests.fixtures.local_http import serving
from tests.updates.conftest import curator_edits, open_laptop


def _state(d: Directory) -> tuple:
    return (d.facilities(), d.change_log(limit=10_000), d.local_overrides(), d.updates.installed())


def _update(db: Path, source: str, *extra: str) -> int:
    return main(["--db", str(db), "update", "--source", source, *extra])


def _resign(folder: Path, key: Path, change: Callable[[dict], object]) -> None:
    """Change the manifest in ``folder`` and sign it again with ``key`` (a publisher's or anyone's)."""
    body = json.loads((folder / "manifest.json").read_bytes())
    change(body)
    raw = (json.dumps(body, indent=2) + "\n").encode("utf-8")
    (folder / "manifest.json").write_bytes(raw)
    (folder / "manifest.json.sig").write_bytes(keys.sign(keys.load_private(key), raw))


def _replace_listed(folder: Path, key: Path, name: str, data: bytes) -> None:
    """Put ``data`` in the listed file ``name`` and sign a manifest that lists it (a trusted publisher's
    own malformed pack)."""
    (folder / name).write_bytes(data)

    def change(body: dict) -> None:
        for entry in body["files"]:
            if entry["name"] == name:
                entry["size"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()

    _resign(folder, key, change)


@pytest.fixture
def published(curator, key, tmp_path) -> Path:
    out = tmp_path / "published"
    curator_edits(curator, 1)
    curator.updates.publish(out, key)
    return out


@pytest.fixture
def laptop_path(tmp_path, small_seed, key) -> Path:
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        return laptop.path


def _serve(answer: Callable[[BaseHTTPRequestHandler], None]) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            answer(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(Handler) as base:
        yield base


def test_escape_sequences_in_a_manifest_never_reach_the_terminal(published, key, tmp_path, laptop_path, capsys):
    evil = "\x1b[2J\x1b]0;owned\x07"
    # signed by a key nobody trusts: its text is printed in the refusal
    stranger = tmp_path / "stranger.key"
    keys.generate(stranger)
    untrusted = tmp_path / "untrusted"
    untrusted.mkdir()
    for name in ("manifest.json", "manifest.json.sig", "directory.sqlite", "metadata.json"):
        (untrusted / name).write_bytes((published / name).read_bytes())
    _resign(untrusted, stranger, lambda body: body.update(publisher_key=evil))
    assert _update(laptop_path, str(untrusted)) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and len(err.strip().splitlines()) == 1
    # signed by the trusted publisher: notes and name are shown before applying
    _resign(published, key, lambda body: body.update(notes=f"notes{evil}", directory=f"Team{evil}"))
    assert _update(laptop_path, str(published), "--dry-run") == 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err and "\x07" not in captured.out + captured.err
    assert "notes\\x1b[2J" in captured.out


@pytest.mark.parametrize("scheme", ["ftp", "file"])
def test_a_redirect_to_another_scheme_is_refused_and_not_followed(scheme, laptop_path, capsys, monkeypatch):
    for var in ("http_proxy", "HTTP_PROXY", "ftp_proxy", "FTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.3)
    target = f"ftp://127.0.0.1:{listener.getsockname()[1]}/manifest.json" if scheme == "ftp" else "file:///etc/hosts"

    def redirect(request: BaseHTTPRequestHandler) -> None:
        request.send_response(302)
        request.send_header("Location", target)
        request.send_header("Content-Length", "0")
        request.end_headers()

    try:
        for base in _serve(redirect):
            assert _update(laptop_path, base) == 2
        err = capsys.readouterr().err
        assert "redirect" in err.lower() and len(err.strip().splitlines()) == 1 and "Traceback" not in err
        with pytest.raises(TimeoutError):
            listener.accept()[0].close()  # nobody came: the ftp:// address was never contacted
    finally:
        listener.close()


def test_a_plan_checked_before_another_update_is_not_applied_over_it(curator, key, published, tmp_path, small_seed):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        stale = laptop.updates.check(str(published))  # version 1, checked ...
        curator_edits(curator, 2)
        curator.updates.publish(published, key)
        laptop.updates.apply(laptop.updates.check(str(published)))  # ... then version 2 went in
        before = _state(laptop)
        with pytest.raises(UpdateRefused, match="check for updates again") as refused:
            laptop.updates.apply(stale)
        assert refused.value.reason == "stale"
        assert _state(laptop) == before
        assert laptop.facility("fac-0002").name.endswith("(round 2)")


def test_a_download_folder_that_cannot_be_made_is_a_clear_refusal(
    published, laptop_path, tmp_path, monkeypatch, capsys
):
    from directory_app import config

    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(config, "user_cache_dir", lambda: blocker)
    assert _update(laptop_path, str(published)) == 2
    err = capsys.readouterr().err
    assert "cannot" in err and str(blocker) in err and len(err.strip().splitlines()) == 1
    with Directory.open(laptop_path) as laptop:
        assert laptop.updates.installed() is None


def _malformed_pack(folder: Path, key: Path) -> None:
    pack = folder / "directory.sqlite"
    conn = sqlite3.connect(pack)
    conn.execute("UPDATE facilities SET latitude = 'north', year_opened = 'soon' WHERE id = 'fac-0003'")
    conn.commit()
    conn.close()
    _replace_listed(folder, key, "directory.sqlite", pack.read_bytes())


def _malformed_changes(folder: Path, key: Path) -> None:
    name = next(
        e["name"] for e in json.loads((folder / "manifest.json").read_bytes())["files"] if e["role"] == "changes"
    )
    data = json.loads(gzip.decompress((folder / name).read_bytes()))
    data["added"].append({"id": "odd-one", "name": 5, "kind": ["incubator"], "services": ["a", "a"]})
    data["changed"].append({"id": "fac-0003", "fields": {"latitude": 500, "services": "coworking"}})
    _replace_listed(folder, key, name, gzip.compress(json.dumps(data).encode("utf-8"), mtime=0))


@pytest.mark.parametrize("spoil", [_malformed_pack, _malformed_changes], ids=["pack", "changes"])
def test_malformed_records_in_a_signed_pack_are_refused_with_nothing_changed(
    spoil, curator, key, published, laptop_path, capsys
):
    if spoil is _malformed_changes:  # the laptop has version 1; version 2 comes as a change file
        assert _update(laptop_path, str(published)) == 0
        curator_edits(curator, 2)
        curator.updates.publish(published, key)
    with Directory.open(laptop_path) as laptop:
        before = _state(laptop)
    spoil(published, key)
    capsys.readouterr()
    assert _update(laptop_path, str(published)) == 2
    err = capsys.readouterr().err
    assert "fac-0003" in err or "odd-one" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    with Directory.open(laptop_path) as laptop:
        assert _state(laptop) == before


def test_a_pipe_in_a_pack_folder_is_refused_not_waited_on(published, tmp_path, small_seed, key):
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs named pipes")
    signature = published / "manifest.json.sig"
    signature.unlink()
    os.mkfifo(signature)
    outcome: list[BaseException | object] = []

    def check() -> None:
        with open_laptop(tmp_path, small_seed, "piped", key=key) as laptop:
            try:
                outcome.append(laptop.updates.check(str(published)))
            except BaseException as exc:  # handed to the test thread
                outcome.append(exc)

    worker = threading.Thread(target=check, daemon=True)
    worker.start()
    worker.join(15)
    if worker.is_alive():  # it waits for a writer: give it one, so that the thread ends, and fail
        fd = os.open(signature, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        worker.join(15)
        pytest.fail("the update waited on a named pipe in the pack folder")
    assert isinstance(outcome[0], UpdateRefused) and "not a regular file" in outcome[0].message


def test_a_listed_file_name_with_a_line_break_is_refused():
    body = json.loads(_a_manifest())
    body["files"][0]["name"] = "directory.sqlite\n"
    with pytest.raises(UpdateRefused, match="names a file it may not"):
        manifest.parse(json.dumps(body).encode("utf-8"))
    manifest.parse(_a_manifest())  # the same manifest without it is fine


def _a_manifest() -> bytes:
    return manifest.Manifest(
        directory="Team",
        version=1,
        published="2026-12-01T10:00:00Z",
        records=0,
        publisher_key="0123456789abcdef",
        files=(manifest.FileEntry("directory.sqlite", "pack", 10, "0" * 64),),
    ).to_bytes()
