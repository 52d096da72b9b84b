"""A process killed (SIGKILL) in the middle of a bulk-edit transaction leaves the database as it was."""

from __future__ import annotations

import signal
import textwrap

import pytest

from directory_app.directory import Directory
from tests.fixtures.kill import kill_when_mid

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from directory_app.directory import Directory

    d = Directory.open(sys.argv[1], seed_file=Path(sys.argv[2]), daily_backup=False)
    ids = [f.id for f in d.facilities()]

    def progress(done, total):
        if done == total // 2:
            print("MID", flush=True)  # half the rows are written, nothing committed
            time.sleep(120)

    d.bulk_edit(ids, "status", "closed", progress=progress)
    print("COMMITTED", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_mid_bulk_edit_leaves_database_as_before(db_path, small_seed, tmp_path):
    with Directory.open(db_path, seed_file=small_seed) as d:
        before = d.facilities()
        log_before = d.change_log()
    kill_when_mid(CHILD, str(db_path), str(small_seed))
    with Directory.open(db_path, seed_file=small_seed, daily_backup=False) as d:
        assert d.check_and_repair().ok  # integrity and full-text index both fine
        assert d.facilities() == before
        assert d.change_log() == log_before
        assert d.count() == len(before)
        assert {f.status for f in d.facilities()} != {"closed"}
