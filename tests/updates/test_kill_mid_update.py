"""A process killed (SIGKILL) in the middle of applying an update leaves the previous directory intact and usable."""

from __future__ import annotations

import signal
import textwrap

import pytest

from directory_app.directory import Directory
from tests.fixtures.kill import kill_when_mid
from tests.updates.conftest import curator_edits, open_laptop

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from directory_app.directory import Directory

    d = Directory.open(sys.argv[1], seed_file=Path(sys.argv[2]), daily_backup=False, backup_folder=sys.argv[4])
    plan = d.updates.check(sys.argv[3])

    def progress(done, total):
        if done == total // 2:
            print("MID", flush=True)  # half the facilities are written, nothing committed
            time.sleep(120)

    d.updates.apply(plan, progress=progress)
    print("COMMITTED", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_mid_update_leaves_the_previous_directory(curator, key, tmp_path, small_seed):
    published = tmp_path / "published"
    for n in range(1, 4):  # enough changes that "half-way" is well inside the transaction
        curator_edits(curator, n)
    curator.updates.publish(published, key)
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        before = laptop.facilities()
        log_before = laptop.change_log()
        path = laptop.path
    kill_when_mid(CHILD, str(path), str(small_seed), str(published), str(tmp_path / "laptop-backups"))
    with Directory.open(path, seed_file=small_seed, daily_backup=False) as laptop:
        assert laptop.check_and_repair().ok
        assert laptop.facilities() == before
        assert laptop.change_log() == log_before
        assert laptop.updates.installed() is None
        # and usable: the same update applies cleanly now
        laptop.updates.apply(laptop.updates.check(str(published)))
        assert laptop.facilities() == curator.facilities()
