"""Team-update benchmark (issue 15): a full pack of ``n`` facilities applied to an empty directory, then an
incremental update of 1% changes (at most 1,000: changed, added and removed facilities) applied to the
``n``-facility directory, each next to sqlite-utils writing the same rows in the same run; and the size of the
incremental change file next to the whole pack.

``python tests/benchmarks/bench_updates.py [--sizes 100000] [--json out.json]``

Ours is the whole ``directory-app update`` path in-process (``Updates.check`` -- signature, checksums, reading
the pack or the change file, comparing with the directory -- then ``Updates.apply``: a checked backup, then one
transaction). Inside that same run the backup and the transaction (``packs.apply_update``) are timed as they
happen, so each row below comes from one update, not from a second one:

* ``update.full_pack`` / ``update.incremental_K``: the whole path, backup included;
* ``..._less_backup``: the whole path less its backup;
* ``..._transaction``: the transaction alone (``update.incremental_K_check``: the check before it, which shows
  what will change);
* ``update.incremental_K_backup``: the backup (SQLite's online backup API, then ``PRAGMA quick_check`` of the
  copy) next to a plain copy of the same database file (``shutil.copyfile``, no check), timed right after.

The reference is the sqlite-utils library (what ``sqlite-utils insert`` runs): ``insert_all`` of the same records
into an empty table, and ``upsert_all`` of the changed and added records plus a DELETE of the removed ones into a
table of ``n``. Goals: within 2x of the reference; the incremental file at most 5% of the whole pack.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.report import arguments, report, sizes_of  # noqa: E402
from tests.benchmarks.synthetic import build_database  # noqa: E402


def _reference_rows(records: dict[str, dict]) -> list[dict]:
    return list(records.values())


def measure(n: int, folder: Path) -> list[dict[str, object]]:
    from sqlite_utils import Database

    from directory_app.db import packs
    from directory_app.directory import Directory
    from directory_app.domain.models import FACILITY_FIELDS
    from directory_app.updates import keys
    from directory_app.updates.manifest import PACK

    key = folder / "curator.key"
    keys.generate(key)
    site = folder / "site"
    curator_path = build_database(folder / "curator.sqlite", n)
    no_facilities = folder / "no-facilities.csv"  # a seed without facilities: the laptop starts empty
    no_facilities.write_text(",".join(FACILITY_FIELDS) + "\n", encoding="utf-8")
    laptop_path = folder / "laptop.sqlite"
    with Directory.open(curator_path, backup_folder=folder / "curator-backups") as curator:
        curator.updates.publish(site, key)
    v1 = packs.read_pack(site / PACK).records
    rows = _reference_rows(v1)

    results: list[dict[str, object]] = []

    def row(name: str, seconds: float, ref: float, ref_name: str) -> None:
        results.append(
            {
                "name": name,
                "size": n,
                "value": round(seconds * 1000, 1),
                "unit": "ms",
                "reference": round(ref * 1000, 1),
                "reference_name": ref_name,
                "ratio": round(seconds / ref, 2),
            }
        )

    inside: dict[str, float] = {}

    def timed(name: str, function):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                inside[name] = time.perf_counter() - started

        return call

    transaction = packs.apply_update
    packs.apply_update = timed("transaction", transaction)  # Updates.apply calls it through the module
    try:
        # the whole pack into an empty directory
        with Directory.open(laptop_path, seed_file=no_facilities, backup_folder=folder / "laptop-backups") as laptop:
            if laptop.count() != 0:
                raise RuntimeError("the laptop is not empty")
            laptop.updates.trust_add(key.with_name(key.name + ".pub"))
            laptop.backup = timed("backup", laptop.backup)  # type: ignore[method-assign]
            inside.clear()
            started = time.perf_counter()
            plan = laptop.updates.check(str(site))
            laptop.updates.apply(plan)
            full = time.perf_counter() - started
            full_inside = dict(inside)
            if laptop.count() != n:
                raise RuntimeError(f"{laptop.count()} facilities after a full pack of {n}")
        ref_db = Database(folder / "reference.sqlite")
        started = time.perf_counter()
        with ref_db.conn:  # one transaction, as ours
            ref_db["facilities"].insert_all(rows, pk="id", batch_size=1000)
        reference_full = time.perf_counter() - started
        row("update.full_pack", full, reference_full, "sqlite-utils insert_all")
        row("update.full_pack_less_backup", full - full_inside["backup"], reference_full, "sqlite-utils insert_all")
        row("update.full_pack_transaction", full_inside["transaction"], reference_full, "sqlite-utils insert_all")

        # 1% changes (at most 1,000): 90% changed, 5% added, 5% removed
        k = min(1000, max(10, n // 100))
        ids = sorted(v1)
        changed_ids, removed_ids = ids[: k * 9 // 10], ids[-(k // 20) :]
        with Directory.open(curator_path, backup_folder=folder / "curator-backups") as curator:
            curator.bulk_edit(changed_ids, "status", "planned")
            template = curator.facility(ids[0])
            for i in range(k - len(changed_ids) - len(removed_ids)):
                curator.save_facility(
                    replace(
                        template,
                        id=f"bench-new-{i}",
                        name=f"Bench New Site {i}",
                        website="",
                        geocode_precision="postcode",
                    )
                )
            curator.delete_facilities(removed_ids)
            manifest = curator.updates.publish(site, key)
            v2 = packs.read_pack(site / PACK).records
        change_file = manifest.file("changes")
        pack_file = manifest.file("pack")
        assert change_file is not None and pack_file is not None
        with Directory.open(laptop_path, seed_file=no_facilities, backup_folder=folder / "laptop-backups") as laptop:
            laptop.backup = timed("backup", laptop.backup)  # type: ignore[method-assign]
            inside.clear()
            started = time.perf_counter()
            plan = laptop.updates.check(str(site))
            checked = time.perf_counter() - started
            done = laptop.updates.apply(plan)
            incremental = time.perf_counter() - started
            if (
                plan.via != "changes"
                or len(done.applied.changed) + len(done.applied.added) + len(done.applied.removed) != k
            ):
                raise RuntimeError(f"the incremental update did not apply {k} changes ({plan.via})")
            started = time.perf_counter()
            shutil.copyfile(laptop_path, folder / "plain-copy.sqlite")  # the backup's reference, same file
            plain_copy = time.perf_counter() - started
    finally:
        packs.apply_update = transaction
    upserts = [v2[fid] for fid in v2 if fid not in v1 or v1[fid] != v2[fid]]
    started = time.perf_counter()
    with ref_db.conn:
        ref_db["facilities"].upsert_all(upserts, pk="id")
        ref_db.execute(f"DELETE FROM facilities WHERE id IN ({', '.join('?' * len(removed_ids))})", removed_ids)
    reference_incremental = time.perf_counter() - started
    upsert = "sqlite-utils upsert_all + delete"
    row(f"update.incremental_{k}", incremental, reference_incremental, upsert)
    row(f"update.incremental_{k}_less_backup", incremental - inside["backup"], reference_incremental, upsert)
    row(f"update.incremental_{k}_check", checked, reference_incremental, upsert)
    row(f"update.incremental_{k}_transaction", inside["transaction"], reference_incremental, upsert)
    row(f"update.incremental_{k}_backup", inside["backup"], plain_copy, "shutil.copyfile of the database (no check)")
    results.append(
        {
            "name": f"update.incremental_{k}_file_size",
            "size": n,
            "value": round(change_file.size / 1024, 1),
            "unit": "kB",
            "reference": round(pack_file.size / 1024, 1),
            "reference_name": "the whole pack (directory.sqlite)",
            "ratio": None,
        }
    )
    results.append(
        {
            "name": f"update.incremental_{k}_file_share",
            "size": n,
            "value": round(100 * change_file.size / pack_file.size, 2),
            "unit": "%",
            "reference": 5.0,
            "reference_name": "goal: at most 5% of the whole pack",
            "ratio": None,
        }
    )
    ref_db.close()
    return results


def run(sizes: list[int] | None = None, repeat: int = 1, quick: bool = False) -> list[dict[str, object]]:
    """Benchmark figures as dicts (name, size, value, unit, reference, reference_name, ratio); one run each
    (a second run would measure another state of the same directory)."""
    sizes = sizes or ([2000] if quick else [100_000])
    results: list[dict[str, object]] = []
    for n in sizes:
        folder = Path(tempfile.mkdtemp(prefix="bench-updates-"))
        try:
            results += measure(n, folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return results


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, sizes="100000", repeat=None).parse_args(argv)
    return report(run(sizes_of(args)), args.json)


if __name__ == "__main__":
    raise SystemExit(main())
