"""The published pack opens in Datasette as it is: metadata, facets, full-text search and the JSON API,
served on 127.0.0.1 by `python -m datasette serve`."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytest.importorskip("datasette")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> object:
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(url, timeout=10) as response:
        return json.loads(response.read())


def test_datasette_serves_the_pack_with_its_metadata(curator, key, tmp_path):
    out = tmp_path / "published"
    curator.updates.publish(out, key, notes="For the web")
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable, "-m", "datasette", "serve", str(out / "directory.sqlite"),
            "--metadata", str(out / "metadata.json"), "--host", "127.0.0.1", "--port", str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                metadata = _get(f"{base}/-/metadata.json")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"datasette did not start: {server.stdout.read().decode(errors='replace')[-2000:]}")
                time.sleep(0.2)
        assert metadata["title"] == "Benelux life-science facilities"
        assert "For the web" in metadata["description"] and metadata["license"]
        rows = _get(f"{base}/directory/facilities.json?_shape=array&_size=max")
        assert sorted(r["id"] for r in rows) == sorted(f.id for f in curator.facilities())
        word = curator.facility("fac-0003").name.split()[0]
        found = _get(f"{base}/directory/facilities.json?_shape=array&_search={word}")
        assert "fac-0003" in {r["id"] for r in found}
        facets = _get(f"{base}/directory/facilities.json?_size=0")["facet_results"]
        facets = facets.get("results", facets)  # the shape differs between Datasette versions
        kinds = {v["value"]: v["count"] for v in facets["kind"]["results"]}
        assert kinds == {"incubator": 10, "accelerator": 10, "cgt_production": 10}
        assert "services" in facets  # the JSON arrays facet as arrays
        sql = "select+country,+count(*)+n+from+facilities+group+by+country"
        countries = _get(f"{base}/directory.json?sql={sql}&_shape=array")
        assert {r["country"] for r in countries} == {"BE", "NL", "LU"}
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
