"""Text -> query tree: a table of cases, errors with positions, and a round-trip property."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directory_app.domain.errors import QueryError
from directory_app.domain.query import And, MatchAll, Near, Not, Or, Term, Text, any_of, format_query
from directory_app.search.parser import parse

CASES = [
    ("", MatchAll()),
    ("   ", MatchAll()),
    ("gent", Text("gent")),
    ("CAR-T gent", And((Text("CAR-T"), Text("gent")))),
    ('"cell therapy"', Text("cell therapy", phrase=True)),
    ("kind:incubator", Term("kind", "incubator")),
    ("KIND:incubator", Term("kind", "incubator")),
    ("organisation:VIB", Term("org", "VIB")),
    ('name:"YES!Delft Labs"', Term("name", "YES!Delft Labs")),
    ("country:=BE", Term("country", "BE", "=")),
    ("area:>=1000", Term("area", "1000", ">=")),
    ("area:>1.5", Term("area", "1.5", ">")),
    ("area:1000m2", Term("area", "1000", "=")),
    ("year:<2010", Term("year", "2010", "<")),
    ("verified:<2024", Term("verified", "2024", "<")),
    ("verified:>=2025-06", Term("verified", "2025-06", ">=")),
    ("a or b", Or((Text("a"), Text("b")))),
    ("a OR b and c", Or((Text("a"), And((Text("b"), Text("c")))))),
    ("(a or b) c", And((Or((Text("a"), Text("b"))), Text("c")))),
    ("not kind:incubator", Not(Term("kind", "incubator"))),
    ("-kind:incubator", Not(Term("kind", "incubator"))),
    ("not not a", Text("a")),
    ("near:Leuven", Near("Leuven", 25.0)),
    ("near:Leuven within:30km", Near("Leuven", 30.0)),
    ("within:30 near:Leuven", Near("Leuven", 30.0)),
    ('near:"Den Haag" within:7.5km', Near("Den Haag", 7.5)),
    ("x\x00y", And((Text("x"), Text("y")))),
    ('"unclosed phrase', Text("unclosed phrase", phrase=True)),
    ('"say ""hi"""', Text('say "hi"', phrase=True)),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_parse(text, expected):
    assert parse(text) == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_format_round_trips(text, expected):
    assert parse(format_query(expected)) == expected


ERRORS = [
    ("foo:bar", 0, "Unknown field"),
    ("(a", 2, "Missing ')'"),
    ("a)", 1, "Unexpected ')'"),
    ("or a", 0, "Expected a search term"),
    ("a or", 2, "'or' needs something"),
    ("a and", 2, "'and' needs something"),
    ("kind:", 0, "needs a value"),
    ("area:>big", 0, "takes a number"),
    ("year:>=twenty", 0, "takes a number"),
    ("verified:<yesterday", 0, "takes a date"),
    ("verified:2025-02-30", 0, "takes a date"),
    ("within:5km", 0, "needs a 'near:'"),
    ("near:X within:0km", 7, "between 0 and 2000"),
    ("near:X within:far", 7, "takes a distance"),
    ("()", 0, "Empty parentheses"),
    ("kind:>incubator", 0, "cannot be compared"),
    ("not", 0, "needs something to exclude"),
    ("x" * 2001, 2000, "too long"),
    ("a " * 101, 0, "too many terms"),
    ("(" * 60 + "a" + ")" * 60, 50, "nested too deeply"),
]


@pytest.mark.parametrize("text, position, message", ERRORS)
def test_errors_have_message_and_position(text, position, message):
    with pytest.raises(QueryError) as info:
        parse(text)
    assert message in info.value.message
    assert info.value.position == position


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèü0123456789", min_size=1, max_size=8).filter(
    lambda w: w not in ("and", "or", "not")
)
leaves = st.one_of(
    words.map(Text),
    st.text(alphabet="ab cd'()é", min_size=1, max_size=10)
    .map(str.strip)
    .filter(lambda t: any(c.isalnum() for c in t))
    .map(lambda s: Text(" ".join(s.split()), phrase=True)),
    st.builds(Term, st.sampled_from(["kind", "country", "city", "name", "service"]), words),
    st.builds(
        Term, st.sampled_from(["area", "year"]), st.integers(0, 3000).map(str), st.sampled_from(["=", "<", ">="])
    ),
    st.builds(Near, words, st.sampled_from([25.0, 5.0, 12.5])),
)
trees = st.recursive(
    leaves,
    lambda inner: st.one_of(
        inner.map(lambda n: n if isinstance(n, Not) else Not(n)),
        st.lists(inner, min_size=2, max_size=3).map(lambda ns: any_of(*ns)),
    ),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None)
@given(trees)
def test_parse_inverts_format_for_generated_trees(tree):
    assert parse(format_query(tree)) == tree


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=120))
def test_any_text_parses_or_raises_query_error(text):
    try:
        parse(text)
    except QueryError:
        pass


def test_url_like_words_are_text():
    assert parse("https://example.org") == Text("https://example.org")


REVIEW_CASES = [
    "(near:Brussel within:100km) near:Gent",
    "area:>=1234567",
    "area:>=10000000",
    "bio*",
    "l'",
    "kind:incubator not (near:Gent within:10km)",
]


@pytest.mark.parametrize("text", REVIEW_CASES)
def test_canonical_text_means_the_same(text):
    node = parse(text)
    assert parse(format_query(node)) == node


def test_big_areas_are_not_rounded():
    assert parse("area:>=1234567") == Term("area", "1234567", ">=")


@pytest.mark.parametrize("text", ['not ""', 'x or ""', "gent or &", "&"])
def test_empty_or_punctuation_terms_add_no_condition(text):
    node = parse(text)
    assert format_query(node) in ("", "x", "gent")


@pytest.mark.parametrize("text", ["verified:9999-12-31", "verified:>9999", "name:-", "city:&"])
def test_values_that_cannot_work_are_errors(text):
    with pytest.raises(QueryError):
        parse(text)


@pytest.mark.parametrize(
    "text", ["box:1,2,3", "box:a,b,c,d", "box:nan,1,2,3", "box:51,4,50,5", "box:91,0,92,1", "box:>=1,2,3,4"]
)
def test_box_needs_four_valid_coordinates(text):
    with pytest.raises(QueryError):
        parse(text)


def test_box_round_trips_canonically():
    node = parse("box:50.600001,4.2,51.0,4.9")
    assert node == Term("box", "50.6,4.2,51,4.9")
    assert parse(format_query(node)) == node
