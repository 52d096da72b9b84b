"""Score typed queries against judged relevant sets (R-precision) on the shipped seed database.

Each judged pair is (what a person types, the structured query defining the relevant set R).
R-precision of a query = share of its first |R| results that are in R; no result scores 0.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from directory_app.directory import Directory

JUDGED = Path(__file__).with_name("judged.json")


@dataclass(frozen=True)
class Score:
    group: str
    typed: str
    defining: str
    relevant: int
    found: int
    r_precision: float
    understood: str


def judged() -> list[tuple[str, str, str]]:
    """(group, typed, defining query) of every judged pair."""
    data = json.loads(JUDGED.read_text(encoding="utf-8"))
    return [(group, typed, defining) for group in ("dev", "own") for typed, defining in data[group]]


def score_all(directory: Directory) -> list[Score]:
    scores = []
    for group, typed, defining in judged():
        relevant = set(directory.search(defining).ids)
        if not relevant:
            # the data has nothing the judged query asks for (e.g. no accelerator programme in Ghent):
            # it cannot be scored; it is listed and counted, not averaged
            scores.append(Score(group, typed, defining, 0, len(directory.search(typed).ids), float("nan"), "vacuous"))
            continue
        try:
            result = directory.search(typed)
            ids = result.ids
            understanding = getattr(result, "understanding", None)
            understood = understanding.explain if understanding is not None else result.text
        except Exception as exc:  # an error is no result
            ids, understood = (), f"error: {exc}"
        top = ids[: len(relevant)]
        precision = sum(1 for i in top if i in relevant) / len(relevant)
        scores.append(Score(group, typed, defining, len(relevant), len(ids), precision, understood))
    return scores


def summary(scores: list[Score]) -> dict[str, float]:
    out: dict[str, float] = {}
    for group in ("dev", "own", "all"):
        chosen = [s for s in scores if (group == "all" or s.group == group) and s.relevant]
        out[f"{group}_vacuous"] = sum(1 for s in scores if (group == "all" or s.group == group) and not s.relevant)
        out[f"{group}_mean"] = sum(s.r_precision for s in chosen) / len(chosen)
        out[f"{group}_empty"] = sum(1 for s in chosen if s.found == 0)
        out[f"{group}_n"] = len(chosen)
    return out


def table(scores: list[Score]) -> str:
    lines = [f"{'grp':4} {'R-prec':>6} {'|R|':>4} {'found':>5}  typed -> understood"]
    for s in scores:
        lines.append(f"{s.group:4} {s.r_precision:6.2f} {s.relevant:4d} {s.found:5d}  {s.typed!r} -> {s.understood}")
    totals = summary(scores)
    for group in ("dev", "own", "all"):
        lines.append(
            f"{group}: mean R-precision {totals[group + '_mean']:.3f} over {int(totals[group + '_n'])} queries, "
            f"{int(totals[group + '_empty'])} with no result, {int(totals[group + '_vacuous'])} with nothing to find"
        )
    return "\n".join(lines)


def run() -> tuple[list[Score], str]:
    """Score every judged query on a fresh database made from the shipped seed."""
    with tempfile.TemporaryDirectory() as folder:
        with Directory.open(Path(folder) / "relevance.sqlite", daily_backup=False) as directory:
            scores = score_all(directory)
    return scores, table(scores)
