"""Team-update benchmark (issue 15): a full pack of ``n`` facilities applied to an empty directory, then an
incremental update of 1% changes (at most 1,000: changed, added and removed facilities) applied to the
``n``-facility directory, each next to sqlite-utils writing the same rows in the same run; and the size of the
incremental change file next to the whole pack.

``python tests/benchmarks/bench_updates.py [--sizes 100000] [--json out.json]``

Ours is the whole ``directory-app update`` path in-process (``Updates.check`` -- signature, checksums, reading
the pack or the change file, comparing with the directory -- then ``Updates.apply``: a backup, then one
transaction), and, as its own row, the transaction alone (``packs.apply_update``); for the incremental update
also the time less the backup (a backup of the same database timed alone right after: it grows with the
directory, not with the change). The reference is the sqlite-utils library (what ``sqlite-utils insert`` runs):
``insert_all`` of the same records into an empty table, and ``upsert_all`` of the changed and added records plus
a DELETE of the removed ones into a table of ``n``. Goals: within 2x of the reference; the incremental
file at most 5% of the whole pack.
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

    # the whole pack into an empty directory
    with Directory.open(laptop_path, seed_file=no_facilities, backup_folder=folder / "laptop-backups") as laptop:
        if laptop.count() != 0:
            raise RuntimeError("the laptop is not empty")
        laptop.updates.trust_add(key.with_name(key.name + ".pub"))
        started = time.perf_counter()
        plan = laptop.updates.check(str(site))
        laptop.updates.apply(plan)
        full = time.perf_counter() - started
        if laptop.count() != n:
            raise RuntimeError(f"{laptop.count()} facilities after a full pack of {n}")
    ref_db = Database(folder / "reference.sqlite")
    started = time.perf_counter()
    with ref_db.conn:  # one transaction, as ours
        ref_db["facilities"].insert_all(rows, pk="id", batch_size=1000)
    reference_full = time.perf_counter() - started
    row("update.full_pack", full, reference_full, "sqlite-utils insert_all")

    # the transaction alone, into another empty directory
    with Directory.open(
        folder / "laptop2.sqlite", seed_file=no_facilities, backup_folder=folder / "laptop2-backups"
    ) as laptop2:
        db = laptop2._db  # the benchmark times the SQL layer itself
        install = {"version": 1, "directory": "bench", "publisher_key": "x", "published": "", "manifest_sha256": "x"}
        started = time.perf_counter()
        packs.apply_update(db, added=rows, changed={}, removed=[], vocabulary={}, install=install, who="bench")
        apply_only = time.perf_counter() - started
    row("update.full_pack_transaction", apply_only, reference_full, "sqlite-utils insert_all")

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
                    template, id=f"bench-new-{i}", name=f"Bench New Site {i}", website="", geocode_precision="postcode"
                )
            )
        curator.delete_facilities(removed_ids)
        manifest = curator.updates.publish(site, key)
        v2 = packs.read_pack(site / PACK).records
    change_file = manifest.file("changes")
    pack_file = manifest.file("pack")
    assert change_file is not None and pack_file is not None
    with Directory.open(laptop_path, seed_file=no_facilities, backup_folder=folder / "laptop-backups") as laptop:
        started = time.perf_counter()
        plan = laptop.updates.check(str(site))
        done = laptop.updates.apply(plan)
        incremental = time.perf_counter() - started
        started = time.perf_counter()
        laptop.backup("bench")  # what the backup inside apply() costs at this size, measured alone
        backup = time.perf_counter() - started
        if (
            plan.via != "changes"
            or len(done.applied.changed) + len(done.applied.added) + len(done.applied.removed) != k
        ):
            raise RuntimeError(f"the incremental update did not apply {k} changes ({plan.via})")
    upserts = [v2[fid] for fid in v2 if fid not in v1 or v1[fid] != v2[fid]]
    started = time.perf_counter()
    with ref_db.conn:
        ref_db["facilities"].upsert_all(upserts, pk="id")
        ref_db.execute(f"DELETE FROM facilities WHERE id IN ({', '.join('?' * len(removed_ids))})", removed_ids)
    reference_incremental = time.perf_counter() - started
    row(f"update.incremental_{k}", incremental, reference_incremental, "sqlite-utils upsert_all + delete")
    row(
        f"update.incremental_{k}_less_backup",
        incremental - backup,
        reference_incremental,
        "sqlite-utils upsert_all + delete",
    )
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
