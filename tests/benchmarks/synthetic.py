"""A deterministic, realistic synthetic directory of any size (for benchmarks, never for unit tests).

Names mix Dutch, French and English words; places are real BE/NL/LU places taken from the
gazetteer, written in any of their languages (Gent / Gand / Ghent); kinds, services,
modalities and grades come from the vocabularies with realistic frequencies.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from directory_app import config
from directory_app.domain import vocabulary as vocab
from directory_app.domain.models import Facility

PREFIXES = [
    "Bio",
    "Cell",
    "Gene",
    "Life",
    "Health",
    "Thera",
    "Nova",
    "Medi",
    "Vita",
    "Immuno",
    "Onco",
    "Neuro",
    "Vector",
    "Genomic",
    "Pharma",
    "Cyto",
    "Regen",
    "Helix",
    "Lumen",
    "Axon",
]
WORDS = {
    "incubator": [
        "Incubator",
        "Bio-Incubator",
        "Incubateur",
        "Broedplaats",
        "Labs",
        "Innovation Center",
        "Campus",
        "Starters Hub",
        "Centre d'entreprises",
        "Science Park",
    ],
    "accelerator": ["Accelerator", "Accélérateur", "Versneller", "Venture Lab", "Booster", "Challenge", "Programme"],
    "cgt_production": [
        "Cell Therapy Facility",
        "Unité de Thérapie Cellulaire",
        "Celtherapie Faciliteit",
        "GMP Plant",
        "Viral Vector Site",
        "ATMP Unit",
        "Manufacturing Centre",
        "CAR-T Plant",
    ],
}
ORGS = [
    "University Hospital",
    "Universiteit",
    "Université",
    "Biotech NV",
    "Therapeutics SA",
    "Holding BV",
    "Foundation",
    "Stichting",
    "Investment Agency",
    "Regional Development Agency",
]


def _places(limit: int = 600) -> list[tuple[str, str, str, float, float, list[str]]]:
    """The most populous gazetteer places with their usable names."""
    conn = sqlite3.connect(f"file:{config.gazetteer_path()}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT id, name, country, region, latitude, longitude FROM places ORDER BY population DESC LIMIT ?", [limit]
    ).fetchall()
    out = []
    for pid, name, country, region, lat, lon in rows:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM place_names WHERE place_id = ?", [pid])
            if r[0][:1].isupper() and not r[0].isupper() and len(r[0]) > 2
        ][:4] or [name]
        out.append((name, country, region or country, lat, lon, names))
    conn.close()
    return out


def make_directory(n: int, seed: int = 20261127) -> list[Facility]:
    """``n`` synthetic facilities, identical for identical arguments."""
    rnd = random.Random(seed)
    places = _places()
    weights = [1.0 / (i + 1) ** 0.7 for i in range(len(places))]
    services = [t.code for t in vocab.SERVICES]
    modalities = [t.code for t in vocab.MODALITIES]
    kinds = ["incubator"] * 45 + ["accelerator"] * 20 + ["cgt_production"] * 35
    base = date(2020, 1, 1)
    out = []
    for i in range(n):
        kind = rnd.choice(kinds)
        _name, country, region, lat, lon, names = rnd.choices(places, weights)[0]
        city = rnd.choice(names)
        title = f"{rnd.choice(PREFIXES)}{rnd.choice(PREFIXES).lower()} {rnd.choice(WORDS[kind])} {city}"
        cgt = kind == "cgt_production"
        out.append(
            Facility(
                id=f"syn-{i:07d}",
                name=title,
                kind=kind,
                organisation=f"{rnd.choice(PREFIXES)} {rnd.choice(ORGS)}",
                city=city,
                postal_code=str(rnd.randint(1000, 9999)),
                region=region if region.startswith(country) or region == country else country,
                country=country,
                latitude=round(lat + rnd.uniform(-0.03, 0.03), 5),
                longitude=round(lon + rnd.uniform(-0.03, 0.03), 5),
                geocode_precision="city",
                website=f"https://facility{i}.example.org",
                services=tuple(sorted(rnd.sample(services, rnd.randint(1, 4)), key=services.index)),
                services_detail="",
                modalities=tuple(sorted(rnd.sample(modalities, rnd.randint(1, 3)), key=modalities.index))
                if cgt
                else (),
                cleanroom_grades=tuple(sorted(rnd.sample("ABCD", rnd.randint(1, 3))))
                if cgt and rnd.random() < 0.6
                else (),
                area_m2=rnd.choice([None, rnd.randint(150, 25000)]),
                year_opened=rnd.choice([None, rnd.randint(1985, 2026)]),
                source_url=f"https://news.example.org/{i}",
                source_quote="Synthetic record for benchmarks.",
                verified_on=base + timedelta(days=rnd.randint(0, 2500)),
                confidence=rnd.choice(["high", "medium", "low"]),
            )
        )
    return out


def build_database(path: Path, n: int) -> Path:
    """Create a directory database of ``n`` synthetic facilities at ``path`` (replaced if present)."""
    from directory_app.db import facilities
    from directory_app.db.connection import create_database
    from directory_app.domain.vocabulary import VOCABULARIES

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    items = make_directory(n)

    def populate(db):  # type: ignore[no-untyped-def]
        facilities.write_vocabularies(db, VOCABULARIES)
        # origin "user" and no seed_version: opening it never replaces it with the shipped seed
        facilities.insert_new(db, items, origin="user")

    create_database(path, populate).close()
    return path
