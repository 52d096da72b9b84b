"""Publisher keys and signatures: Ed25519 through the ``cryptography`` package.

* The private key file is PEM (PKCS #8, unencrypted), created with mode 0600 and never overwritten.
* The public key file is one line, ``directory-app-ed25519 <base64 of the 32-byte key> <key id>``.
* The key id is the first 16 hex digits of the SHA-256 of the raw public key.
* A signature file (``manifest.json.sig``) is the base64 of the 64-byte detached signature of the
  manifest's exact bytes, and a newline.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from directory_app.domain.errors import UpdateRefused

PUBLIC_PREFIX = "directory-app-ed25519"
"""First word of a public key file."""

MAX_KEY_FILE_BYTES = 16 * 1024


class KeyFileError(ValueError):
    """A key file that cannot be used (the message says why)."""


def key_id(raw_public: bytes) -> str:
    """The short id of a raw 32-byte public key."""
    return hashlib.sha256(raw_public).hexdigest()[:16]


def raw_public(key: Ed25519PublicKey) -> bytes:
    """The 32 raw bytes of a public key."""
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_line(key: Ed25519PublicKey) -> str:
    """The public key file's line (with its newline)."""
    raw = raw_public(key)
    return f"{PUBLIC_PREFIX} {base64.b64encode(raw).decode('ascii')} {key_id(raw)}\n"


def _create_exclusive(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(path, mode)  # whatever the umask said


def generate(private_path: Path) -> tuple[Path, str]:
    """Make a key pair: ``private_path`` (mode 0600) and ``private_path`` + ``.pub``; returns (public path, key id).

    Neither file may exist yet (a key is never overwritten).

    :raises FileExistsError: one of them exists
    """
    private_path = Path(private_path)
    public_path = private_path.with_name(private_path.name + ".pub")
    for path in (private_path, public_path):
        if os.path.lexists(path):
            raise FileExistsError(f"{path} exists already; a key is never overwritten")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    _create_exclusive(private_path, pem, 0o600)
    try:
        _create_exclusive(public_path, public_line(key.public_key()).encode("ascii"), 0o644)
    except BaseException:
        private_path.unlink(missing_ok=True)
        raise
    return public_path, key_id(raw_public(key.public_key()))


def _read_small(path: Path) -> bytes:
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise KeyFileError(f"{path} cannot be read: {exc.strerror or exc}") from exc
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileError(f"{path} is too large to be a key file")
    return data


def load_private(path: Path) -> Ed25519PrivateKey:
    """The private key in ``path``.

    :raises KeyFileError: unreadable, or not an Ed25519 private key
    """
    data = _read_small(path)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(f"{path} is not a private key made by `directory-app keygen`") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} is not an Ed25519 private key")
    return key


def parse_public(text: str) -> bytes:
    """The raw public key of a public key file's text.

    :raises KeyFileError: not a public key line
    """
    words = text.strip().split()
    if len(words) < 2 or words[0] != PUBLIC_PREFIX:
        raise KeyFileError(f"not a public key file (it should start with {PUBLIC_PREFIX!r})")
    try:
        raw = base64.b64decode(words[1], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyFileError("the public key is not valid base64") from exc
    if len(raw) != 32:
        raise KeyFileError("the public key is not 32 bytes long")
    if len(words) > 2 and words[2] != key_id(raw):
        raise KeyFileError("the key id in the file does not match the key (the file was changed)")
    return raw


def load_public(path: Path) -> bytes:
    """The raw public key in a ``.pub`` file (a private key file is refused: share only the ``.pub``).

    :raises KeyFileError: unreadable or not a public key
    """
    data = _read_small(path)
    if b"PRIVATE KEY" in data:
        raise KeyFileError(f"{path} is a private key; trust the public key file ({Path(path).name}.pub)")
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError as exc:
        raise KeyFileError(f"{path} is not a public key file") from exc
    try:
        return parse_public(text)
    except KeyFileError as exc:
        raise KeyFileError(f"{path}: {exc}") from exc


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The signature file's bytes for ``data``."""
    return base64.b64encode(key.sign(data)) + b"\n"


def signature_of(sig_file: bytes) -> bytes:
    """The 64 raw bytes of a signature file.

    :raises UpdateRefused: not a signature file
    """
    try:
        raw = base64.b64decode(sig_file.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise UpdateRefused("the signature file is not a signature (not base64)", reason="signature") from exc
    if len(raw) != 64:
        raise UpdateRefused("the signature file is not an Ed25519 signature", reason="signature")
    return raw


def verifies(raw_public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` (64 raw bytes) is the key's signature of ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(raw_public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
