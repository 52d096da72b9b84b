"""City names by language: the shipped table, checked against the gazetteer it was built from."""

from __future__ import annotations

import csv

from directory_app import config
from directory_app.db.gazetteer import open_gazetteer
from directory_app.directory import city_name, place_names, with_city_names
from directory_app.domain.models import Facility
from directory_app.domain.place_names import LANGUAGES, PlaceNames
from directory_app.domain.places import normalize_name
from directory_app.tools.build_place_names import build, to_csv


def test_a_city_in_each_language_whatever_name_it_is_stored_under():
    for stored in ("Ghent", "Gent", "GAND", "gand"):
        assert [city_name(stored, "BE", lang) for lang in LANGUAGES] == ["Ghent", "Gent", "Gand"]
    assert [city_name("Brussels", "BE", lang) for lang in LANGUAGES] == ["Brussels", "Brussel", "Bruxelles"]
    assert [city_name("Liege", "BE", lang) for lang in LANGUAGES] == ["Liège", "Luik", "Liège"]
    assert city_name("Den Haag", "NL", "fr") == "La Haye"


def test_unknown_places_other_countries_and_other_languages_keep_the_stored_name():
    assert city_name("Leiden", "NL", "nl") == "Leiden"
    assert city_name("Gosselies", "BE", "nl") == "Gosselies"
    assert city_name("Bergen", "NL", "fr") == "Bergen"  # Bergen (North Holland), not Mons
    assert city_name("Bergen", "BE", "fr") == "Mons"
    assert city_name("Ghent", "BE", "de") == "Ghent"
    assert city_name("", "BE", "nl") == ""
    assert PlaceNames().name_in("Ghent", "BE", "nl") == "Ghent"  # no table: as stored


def test_exports_get_copies_with_the_recipients_names():
    ghent = Facility(id="x", name="X", kind="incubator", city="Ghent", country="BE")
    delft = Facility(id="y", name="Y", kind="incubator", city="Delft", country="NL")
    out = with_city_names([ghent, delft], "fr")
    assert [f.city for f in out] == ["Gand", "Delft"] and out[1] is delft and ghent.city == "Ghent"


def test_map_labels_by_the_gazetteers_own_name():
    table = place_names()
    assert table.label_in("Gent", "fr") == "Gand" and table.label_in("Gent", "en") == "Ghent"
    assert table.label_in("The Hague", "nl") == "Den Haag" and table.label_in("Delft", "fr") == "Delft"


def test_every_shipped_name_is_one_of_the_gazetteers_names_for_that_place_and_the_tool_rebuilds_it():
    rows = list(csv.DictReader(config.place_names_path().open(encoding="utf-8")))
    assert len(rows) >= 50 and len(place_names()) == len(rows)
    with open_gazetteer(config.gazetteer_path()) as gazetteer:
        for row in rows:
            names = {normalize_name(n) for n in gazetteer.names(int(row["geonames_id"]))}
            assert gazetteer.names(int(row["geonames_id"]))[0] == row["gazetteer"]
            for lang in LANGUAGES:
                assert normalize_name(row[lang]) in names, (row, lang)
    rebuilt, problems = build(config.gazetteer_path())
    assert problems == [] and to_csv(rebuilt) == config.place_names_path().read_text(encoding="utf-8")
