"""``search --near``: a distance to a point that stands for a whole town (or wider) is approximate: "≈" in the
table, ``distance_approximate`` in JSON; a programme with no single site has no distance (issue 17)."""

from __future__ import annotations

import json

import pytest

from directory_app.cli import main
from directory_app.directory import Directory
from tests.fixtures.campus_seed import PROGRAMME, SITE, TOWN, write_campus_seed


@pytest.fixture
def db(tmp_path, monkeypatch):
    seed = write_campus_seed(tmp_path / "campus.csv")
    path = tmp_path / "campus.sqlite"
    Directory.open(path, seed_file=seed).close()
    monkeypatch.setattr("directory_app.config.seed_path", lambda: seed)
    return path


def test_json_says_which_distances_are_approximate(db, capsys):
    assert main(["--db", str(db), "search", "--near", "51.05,3.72", "--within-km", "300", "--format", "json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[TOWN]["distance_approximate"] is True and rows[TOWN]["distance_km"] < 1
    assert rows[SITE]["distance_approximate"] is False and rows[SITE]["distance_km"] > 100
    assert PROGRAMME not in rows  # no point: not near anything


def test_table_marks_approximate_distances(db, capsys):
    assert main(["--db", str(db), "search", "--near", "51.05,3.72", "--within-km", "300"]) == 0
    lines = capsys.readouterr().out.splitlines()
    town = next(line for line in lines if line.startswith("Gent Town Lab"))
    site = next(line for line in lines if line.startswith("NecstGen"))
    assert town.rstrip().split()[-1].startswith("≈")
    assert not site.rstrip().split()[-1].startswith("≈")
    assert "distance_approximate" not in lines[0]
