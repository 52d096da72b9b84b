"""Query tree -> (WHERE, params): values always bound, identifiers from whitelists only."""

import pytest

from directory_app.db.sql_compiler import compile_query, fts_expression
from directory_app.domain.query import And, MatchAll, Near, Not, Or, Term, Text


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("zwijn", False, '"zwijn"*'),
        ("CAR-T", False, '"CAR T"*'),
        ("cell therapy", True, '"cell therapy"'),
        ('a" OR b NEAR(c', False, '"a OR b NEAR c"*'),
        ("%_*^", False, None),
        ("liège", False, '"liège"*'),
    ],
)
def test_fts_expression_quotes_every_word(text, phrase, expected):
    assert fts_expression(text, phrase=phrase) == expected


@pytest.mark.parametrize(
    "node, where_contains, params",
    [
        (MatchAll(), "1", {}),
        (Text("gent"), "facilities_fts MATCH :p0", {"p0": '"gent"*'}),
        (Term("kind", "incubator"), "f.kind IN (SELECT code FROM vocabulary", {"p0": "kind", "p1": "incubator"}),
        (Term("service", "lab_space"), "f.fid IN (SELECT l.fid FROM [facility_services] l", {"p0": "service"}),
        (Term("grade", "B"), "[facility_grades]", {"p0": "cleanroom_grade", "p1": "B"}),
        (Term("area", "1000", ">="), "f.area_m2 >= :p0", {"p0": 1000.0}),
        (Term("year", "2010", "<"), "f.year_opened < :p0", {"p0": 2010.0}),
        (Term("verified", "2024", "<"), "f.verified_on < :p0", {"p0": "2024"}),
        (Term("verified", "2024", ">"), "f.verified_on >= :p0", {"p0": "2025"}),
        (Term("verified", "2024-12", "<="), "f.verified_on < :p0", {"p0": "2025-01"}),
        (
            Term("verified", "2024-02-29", "="),
            "f.verified_on >= :p0 AND f.verified_on < :p1",
            {"p0": "2024-02-29", "p1": "2024-03-01"},
        ),
        (Term("city", "Liège"), "instr(fold(f.city), fold(:p0)) > 0", {"p0": "Liège"}),
        (Term("name", "x", "="), "fold(f.name) = fold(:p0)", {"p0": "x"}),
        (Not(Term("area", "5", ">")), "NOT coalesce((f.area_m2 > :p0), 0)", {"p0": 5.0}),
        (Or((Text("a"), Text("b"))), "MATCH :p0", {"p0": '("a"*) OR ("b"*)'}),
        (And((Text("a"), Text("b"))), "MATCH :p0", {"p0": '("a"*) AND ("b"*)'}),
        (Or((Text("a"), Term("kind", "x"))), " OR ", {"p0": '"a"*'}),
        (And((Text("a"), Not(Text("b")))), " AND NOT coalesce", {"p0": '"a"*', "p1": '"b"*'}),
        (Near("nowhere"), "0", {}),
    ],
)
def test_compile_table(node, where_contains, params):
    compiled = compile_query(node)
    assert where_contains in compiled.where
    for key, value in params.items():
        assert compiled.params[key] == value


def test_user_values_never_appear_in_sql():
    evil = "x'); DROP TABLE facilities; --"
    for node in (Text(evil), Term("name", evil), Term("kind", evil), Term("service", evil), Near(evil)):
        compiled = compile_query(node, {evil: (50.0, 4.0)})
        assert "DROP" not in compiled.where and "'" not in compiled.where.replace("'%'", "")


def test_near_uses_bounding_box_and_distance():
    compiled = compile_query(Near("Leuven", 30.0), {"Leuven": (50.88, 4.70)})
    assert "f.latitude BETWEEN" in compiled.where and "asin(" in compiled.where
    assert "distance_km(" in compile_query(Near("Leuven", 30.0), {"Leuven": (50.88, 4.70)}, math=False).where
    assert 30.0 in compiled.params.values()


def test_negated_text_does_not_rank():
    assert compile_query(Not(Text("a"))).rank_match is None
    assert compile_query(And((Text("a"), Not(Text("b"))))).rank_match == '"a"*'


def test_unknown_field_is_refused():
    with pytest.raises(ValueError):
        compile_query(Term("password", "x"))


def test_several_link_terms_become_one_intersection():
    where = compile_query(And((Term("grade", "B"), Term("modality", "car-t"), Term("kind", "x")))).where
    assert where.count("INTERSECT") == 1 and where.count("f.fid IN (") == 1
    single = compile_query(And((Term("grade", "B"), Term("kind", "x")))).where
    assert "INTERSECT" not in single
