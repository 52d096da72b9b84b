"""The search benchmark runs (tiny size) and reports figures next to their reference."""

import pytest

from tests.benchmarks import bench_search

pytestmark = pytest.mark.gui


def test_search_benchmark_quick_run(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(bench_search.tempfile, "gettempdir", lambda: str(tmp_path))
    results = bench_search.run([300], repeat=1)
    names = {r["name"] for r in results}
    assert {"search.keystroke_median", "search.keystroke_p95", "search.facets_median"} <= names
    keystroke = next(r for r in results if r["name"] == "search.keystroke_median")
    assert keystroke["size"] == 300 and keystroke["value"] > 0 and keystroke["reference"] > 0
    assert keystroke["ratio"] == pytest.approx(keystroke["value"] / keystroke["reference"], rel=0.05)
