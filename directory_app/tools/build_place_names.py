"""Build ``data/place_names.csv``: the English, Dutch and French name of Benelux places that differ.

The gazetteer (``data/gazetteer.sqlite``, GeoNames) knows every spelling of a place (Gent, Gand,
Ghent, Gante, ...) but not which language each one is. This tool picks, for the places whose name
differs between English, Dutch and French, the name in each language -- always one of the
gazetteer's own names for that place, up to case and accents (the build fails otherwise) -- and
writes a small table that the app reads at run time without opening the gazetteer (the start-up
path stays fast).

The choice of language is curated below (:data:`NAMES`): official names of the Belgian
municipalities in their language area, both official names in Brussels, and the English and French
exonyms in common use. A place missing from the table keeps the name it is stored under.

Usage::

    python -m directory_app.tools.build_place_names [-o data/place_names.csv] [--gazetteer FILE]
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from directory_app import config
from directory_app.db.gazetteer import open_gazetteer
from directory_app.domain.place_names import COLUMNS
from directory_app.domain.places import normalize_name

DEFAULT_OUTPUT = Path("data") / "place_names.csv"

#: (country, English, Dutch, French): one row per place whose names differ by language.
NAMES: tuple[tuple[str, str, str, str], ...] = (
    # Brussels-Capital Region: both official names, English where it has one
    ("BE", "Brussels", "Brussel", "Bruxelles"),
    ("BE", "Schaerbeek", "Schaarbeek", "Schaerbeek"),
    ("BE", "Ixelles", "Elsene", "Ixelles"),
    ("BE", "Uccle", "Ukkel", "Uccle"),
    ("BE", "Forest", "Vorst", "Forest"),
    ("BE", "Auderghem", "Oudergem", "Auderghem"),
    ("BE", "Saint-Gilles", "Sint-Gillis", "Saint-Gilles"),
    ("BE", "Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"),
    ("BE", "Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert"),
    ("BE", "Watermael-Boitsfort", "Watermaal-Bosvoorde", "Watermael-Boitsfort"),
    ("BE", "Berchem-Sainte-Agathe", "Sint-Agatha-Berchem", "Berchem-Sainte-Agathe"),
    ("BE", "Saint-Josse-ten-Noode", "Sint-Joost-ten-Node", "Saint-Josse-ten-Noode"),
    # Flanders
    ("BE", "Antwerp", "Antwerpen", "Anvers"),
    ("BE", "Ghent", "Gent", "Gand"),
    ("BE", "Bruges", "Brugge", "Bruges"),
    ("BE", "Leuven", "Leuven", "Louvain"),
    ("BE", "Mechelen", "Mechelen", "Malines"),
    ("BE", "Kortrijk", "Kortrijk", "Courtrai"),
    ("BE", "Ostend", "Oostende", "Ostende"),
    ("BE", "Ypres", "Ieper", "Ypres"),
    ("BE", "Aalst", "Aalst", "Alost"),
    ("BE", "Lier", "Lier", "Lierre"),
    ("BE", "Dendermonde", "Dendermonde", "Termonde"),
    ("BE", "Sint-Niklaas", "Sint-Niklaas", "Saint-Nicolas"),
    ("BE", "Sint-Truiden", "Sint-Truiden", "Saint-Trond"),
    ("BE", "Tienen", "Tienen", "Tirlemont"),
    ("BE", "Tongeren", "Tongeren", "Tongres"),
    ("BE", "Oudenaarde", "Oudenaarde", "Audenarde"),
    ("BE", "Ronse", "Ronse", "Renaix"),
    ("BE", "Geraardsbergen", "Geraardsbergen", "Grammont"),
    ("BE", "Vilvoorde", "Vilvoorde", "Vilvorde"),
    ("BE", "Menen", "Menen", "Menin"),
    ("BE", "Veurne", "Veurne", "Furnes"),
    ("BE", "Diksmuide", "Diksmuide", "Dixmude"),
    # Wallonia
    ("BE", "Liège", "Luik", "Liège"),
    ("BE", "Namur", "Namen", "Namur"),
    ("BE", "Mons", "Bergen", "Mons"),
    ("BE", "Tournai", "Doornik", "Tournai"),
    ("BE", "Arlon", "Aarlen", "Arlon"),
    ("BE", "Mouscron", "Moeskroen", "Mouscron"),
    ("BE", "Wavre", "Waver", "Wavre"),
    ("BE", "Nivelles", "Nijvel", "Nivelles"),
    ("BE", "Braine-l'Alleud", "Eigenbrakel", "Braine-l'Alleud"),
    ("BE", "Jodoigne", "Geldenaken", "Jodoigne"),
    ("BE", "Huy", "Hoei", "Huy"),
    ("BE", "Visé", "Wezet", "Visé"),
    ("BE", "Waremme", "Borgworm", "Waremme"),
    ("BE", "Soignies", "Zinnik", "Soignies"),
    ("BE", "Ath", "Aat", "Ath"),
    ("BE", "Enghien", "Edingen", "Enghien"),
    ("BE", "Lessines", "Lessen", "Lessines"),
    # Netherlands
    ("NL", "The Hague", "Den Haag", "La Haye"),
    ("NL", "Nijmegen", "Nijmegen", "Nimègue"),
    ("NL", "Leiden", "Leiden", "Leyde"),
    ("NL", "Groningen", "Groningen", "Groningue"),
    ("NL", "Flushing", "Vlissingen", "Flessingue"),
    ("NL", "'s-Hertogenbosch", "'s-Hertogenbosch", "Bois-le-Duc"),
    # Luxembourg
    ("LU", "Luxembourg", "Luxemburg", "Luxembourg"),
)


def _place(gazetteer, country: str, names: Sequence[str]):  # type: ignore[no-untyped-def]
    """The most populous place of ``country`` known by every one of ``names``, or ``None``."""
    candidates = None
    for name in names:
        found = {p.id: p for p in gazetteer.find_places(name, country, limit=50)}
        candidates = found if candidates is None else {k: v for k, v in candidates.items() if k in found}
    if not candidates:
        return None
    return max(candidates.values(), key=lambda p: (p.population, -p.id))


def build(gazetteer_path: Path) -> tuple[list[dict[str, str]], list[str]]:
    """The table's rows, and the problems (a name the gazetteer does not give that place)."""
    rows: list[dict[str, str]] = []
    problems: list[str] = []
    with open_gazetteer(gazetteer_path) as gazetteer:
        for country, en, nl, fr in NAMES:
            place = _place(gazetteer, country, (en, nl, fr))
            if place is None:
                problems.append(f"{country} {en} / {nl} / {fr}: no gazetteer place has all three names")
                continue
            known = {normalize_name(n) for n in gazetteer.names(place.id)}
            unknown = [n for n in (en, nl, fr) if normalize_name(n) not in known]
            if unknown:
                problems.append(f"{country} {en}: not a name of {place.name} in the gazetteer: {', '.join(unknown)}")
                continue
            rows.append(
                {
                    "geonames_id": str(place.id),
                    "country": country,
                    "gazetteer": place.name,
                    "en": en,
                    "nl": nl,
                    "fr": fr,
                }
            )
    return rows, problems


def to_csv(rows: Sequence[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_place_names", description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--gazetteer", type=Path, default=config.gazetteer_path())
    args = parser.parse_args(argv)
    rows, problems = build(args.gazetteer)
    for problem in problems:
        print(f"build_place_names: {problem}", file=sys.stderr)
    if problems:
        return 1
    args.output.write_text(to_csv(rows), encoding="utf-8")
    print(f"{len(rows)} places written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
