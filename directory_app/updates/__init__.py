"""One directory for a whole team (issue 15): curators publish signed packs, every laptop updates from them.

A published update is a folder of plain files any static web host, share or USB stick can carry:

* ``directory.sqlite`` -- the reference data as plain SQLite (no user data), which Datasette opens as is,
  with ``metadata.json`` for Datasette;
* ``manifest.json`` -- format, directory name, version (an increasing number), date, record count, size and
  SHA-256 of each file, the publisher's key id and release notes -- and ``manifest.json.sig``, its detached
  Ed25519 signature;
* ``changes-<from>-<to>.json.gz`` -- what changed since the previous version, for laptops that have it.

Modules: :mod:`.keys` (key pairs, signatures), :mod:`.manifest`, :mod:`.changes` (the incremental file),
:mod:`.transport` (URL, folder or file; resumable downloads into a temporary file), :mod:`.plan` (what an
update changes), :mod:`.publish` (curators), :mod:`.service` (:class:`~.service.Updates`, the object
``Directory.updates`` gives). The SQL is in :mod:`directory_app.db.packs`.
"""
