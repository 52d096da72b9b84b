"""Query understanding on the real seed: free text in three languages becomes structured terms."""

from __future__ import annotations

import json

import pytest

from directory_app.cli import main
from directory_app.domain.errors import QueryError
from directory_app.domain.query import Near, Term, Text, walk
from directory_app.search.understanding import CITY_KM, _text_nodes


def understood(directory, text):
    result = directory.search(text)
    assert result.understanding is not None, text
    return result, result.understanding


def terms(node):
    return {(n.field, n.value) for n in walk(node) if isinstance(n, Term)}


def nears(node):
    return {(n.place, n.km) for n in walk(node) if isinstance(n, Near)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("incubator Wallonia lab", {("kind", "incubator"), ("region", "BE-WAL"), ("service", "lab_space")}),
        ("incubateurs Flandre", {("kind", "incubator"), ("region", "BE-VLG")}),
        ("incubatoren Vlaanderen", {("kind", "incubator"), ("region", "BE-VLG")}),
        ("Incubators FLANDERS", {("kind", "incubator"), ("region", "BE-VLG")}),
        ("accélérateur Pays-Bas", {("kind", "accelerator"), ("country", "NL")}),
        ("celtherapie Nederland", {("modality", "cell_therapy"), ("country", "NL")}),
        ("thérapie génique Belgique", {("modality", "gene_therapy"), ("country", "BE")}),
        ("CAR-T België", {("modality", "car_t"), ("country", "BE")}),
        ("kantoorruimte", {("service", "office_space")}),
        ("cellules souches", {("modality", "stem_cells")}),
        ("grade C cleanroom", {("grade", "C")}),
        ("Noord-Brabant", {("region", "NL-NB")}),
        ("Bruxelles", {("region", "BE-BRU")}),
        ("Luxembourg", {("country", "LU")}),
        ("TIL", {("modality", "til")}),
    ],
)
def test_words_in_three_languages_become_the_query_languages_terms(seeded_directory, text, expected):
    result, understanding = understood(seeded_directory, text)
    assert expected <= terms(understanding.node)
    assert not understanding.words  # nothing left over as free text
    assert result.count > 0


def test_domain_hierarchies_are_data(seeded_directory):
    # viral vector includes AAV, lentiviral and retroviral sites; CDMO is contract manufacturing
    viral = set(seeded_directory.search("viral vector").ids)
    for code in ("aav", "retroviral", "viral_vector"):
        assert set(seeded_directory.search(f"modality:{code}").ids) <= viral
    assert set(seeded_directory.search("CDMO").ids) == set(seeded_directory.search("contract manufacturing").ids)
    assert set(seeded_directory.search("wet lab").ids) == set(seeded_directory.search("service:lab_space").ids)


@pytest.mark.parametrize(
    "text, place",
    [
        ("bij Gent", "Gent"),
        ("near Antwerp", "Antwerp"),
        ("près de Liège", "Liège"),
        ("in de buurt van Leiden", "Leiden"),
        ("autour de Bruxelles", "Brussels"),
        ("bij Brussel", "Brussels"),
        ("near Luxembourg", "Luxembourg"),
        ("bij Oss", "Oss"),
    ],
)
def test_place_phrases_become_near_with_the_radius_shown(seeded_directory, text, place):
    _, understanding = understood(seeded_directory, text)
    assert nears(understanding.node) == {(place, 30.0)}
    assert understanding.parts[0].label == f"Near {place} (30 km)"


def test_a_bare_city_is_a_place_in_any_language_and_case(seeded_directory):
    found = [understood(seeded_directory, t)[0] for t in ("Gent", "gent", "Gand", "Ghent")]
    assert all(nears(r.understanding.node) == {("Gent", CITY_KM)} for r in found)
    assert len({r.ids for r in found}) == 1
    assert found[0].distances  # ordered by distance from the place
    assert found[0].circles()  # and drawn on the map


def test_louvain_is_leuven_but_louvain_la_neuve_is_its_own_town(seeded_directory):
    assert {p for p, _ in nears(understood(seeded_directory, "bureaux Louvain")[1].node)} == {"Leuven"}
    assert {p for p, _ in nears(understood(seeded_directory, "Louvain-la-Neuve")[1].node)} == {"Louvain-la-Neuve"}


def test_limburg_is_both_provinces(seeded_directory):
    _, understanding = understood(seeded_directory, "incubator Limburg")
    assert ("region", "NL-LI") in terms(understanding.node)
    assert {p for p, _ in nears(understanding.node)} == {"Hasselt"}


def test_short_and_ordinary_words_are_places_only_with_a_cue(seeded_directory):
    for text in ("Oss", "best practice", "spa", "TIL"):
        result = seeded_directory.search(text)
        understanding = result.understanding
        assert understanding is None or not nears(understanding.node), text


def test_typos_are_corrected_against_the_directorys_own_words(seeded_directory):
    result, understanding = understood(seeded_directory, "lueven")
    assert [(c.typed, c.corrected, c.applied) for c in understanding.corrections] == [("lueven", "leuven", True)]
    assert "Showing results for leuven (search instead for lueven)." in understanding.messages()
    assert result.ids and result.ids == seeded_directory.search("Leuven").ids
    assert understood(seeded_directory, "Gnet")[1].corrections[0].corrected == "gent"  # two letters swapped
    assert understood(seeded_directory, "Maastrciht")[1].corrections[0].corrected == "maastricht"


def test_words_that_exist_are_never_corrected(seeded_directory):
    for text in ("serres", "bureaux", "TIL", "AAV", "gen"):
        understanding = seeded_directory.search(text).understanding
        assert understanding is None or not [c for c in understanding.corrections if c.applied], text


def test_only_the_last_free_word_is_a_prefix():
    first, last = _text_nodes(["zwijn", "necst"])
    assert Text("zwijn", phrase=True) in walk(first)
    assert Text("necst", phrase=False) in walk(last)


def test_an_empty_strict_query_is_relaxed_and_says_so(seeded_directory):
    result, understanding = understood(seeded_directory, "vaccins Luxemburg")
    assert result.count > 0
    assert understanding.relaxed
    assert any(m.startswith("No exact match for modality:vaccines country:LU") for m in understanding.messages())


def test_explicit_terms_are_never_relaxed(seeded_directory):
    result = seeded_directory.search("kind:accelerator greenhouse")
    assert all(f.kind == "accelerator" for f in seeded_directory.facilities(result.ids))
    assert ("kind", "accelerator") in terms(result.understanding.node)


def test_a_removed_chip_is_not_inferred_again(seeded_directory):
    _, understanding = understood(seeded_directory, "incubator Wallonia")
    region = next(p for p in understanding.parts if p.field == "region")
    narrower = seeded_directory.search(understanding.without(region))
    assert terms(narrower.understanding.node if narrower.understanding else narrower.node) == {("kind", "incubator")}


def test_facets_count_the_understood_query(seeded_directory):
    result = seeded_directory.search("incubator Wallonia")
    counts = dict(seeded_directory.facets(result)["kind"])
    assert counts == {"incubator": result.count}


@pytest.mark.parametrize(
    "query, code", [("kind:incubateur", "kind:incubator"), ("country:België", "country:BE"), ("kind:Incubator", "")]
)
def test_field_values_in_any_language(seeded_directory, query, code):
    assert seeded_directory.search(query).ids == seeded_directory.search(code or query).ids
    assert seeded_directory.search(query).count > 0


@pytest.mark.parametrize("query, hint", [("kind:incubatr", "Did you mean incubator?"), ("country:XX", "BE, NL, LU")])
def test_unknown_field_values_are_refused_with_the_valid_ones(seeded_directory, query, hint):
    with pytest.raises(QueryError) as error:
        seeded_directory.search(query)
    assert hint in error.value.message and "Valid values" in error.value.message
    assert error.value.position == query.index(":") + 1


def test_cli_explains_and_keeps_json_on_stdout(db_path, capsys):
    assert main(["--db", str(db_path), "search", "lueven", "--format", "json", "--explain"]) == 0
    out, err = capsys.readouterr()
    rows = json.loads(out)
    # nearest first: the Leuven sites, then others within the radius (Wavre, Woluwe are ~20 km off)
    leuven = [r["city"] == "Leuven" for r in rows]
    assert rows and leuven[0] and leuven == sorted(leuven, reverse=True)
    assert f'query: near:Leuven within:{CITY_KM:g}km or "leuven"' in err
    assert "Showing results for leuven (search instead for lueven)." in err


@pytest.mark.parametrize(
    "args", [["kind:incubatr"], ["--kind", "incubatr"], ["--country", "XX"], ["modality:celtherapy-x"]]
)
def test_cli_refuses_unknown_values_with_exit_2(db_path, capsys, args):
    assert main(["--db", str(db_path), "search", *args]) == 2
    err = capsys.readouterr().err
    assert "Valid values:" in err and "Traceback" not in err


def test_a_facility_named_with_recognised_words_is_found_first(seeded_directory):
    # "Bio-Incubator Leuven": a kind and a place, and the name of one facility
    result = seeded_directory.search("Bio-Incubator Leuven")
    assert result.ids[0] == "bio-incubator-leuven-arenberg-science-park"
    # explicit terms still hold
    assert (
        "bio-incubator-leuven-arenberg-science-park"
        not in seeded_directory.search("kind:accelerator bio incubator leuven").ids
    )


@pytest.mark.parametrize(
    "text, code", [("genetherapy", "gene_therapy"), ("stemcells", "stem_cells"), ("celltherapy", "cell_therapy")]
)
def test_words_written_together_are_split(seeded_directory, text, code):
    result, understanding = understood(seeded_directory, text)
    assert ("modality", code) in terms(understanding.node) and result.count > 0
    assert understanding.messages()[0].startswith("Showing results for ")


def test_a_word_the_directory_has_is_kept_but_a_table_word_is_offered(seeded_directory):
    result = seeded_directory.search("haematopoietic")
    assert result.count > 0
    assert "Did you mean hematopoietic?" in result.understanding.messages()
    assert not seeded_directory.search("incubator trial").understanding.corrections  # trial/trials: one word

