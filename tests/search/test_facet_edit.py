"""Facet clicks as query edits: none -> include -> exclude -> none."""

import pytest

from directory_app.domain.query import And, MatchAll, Not, Or, Term, Text, format_query
from directory_app.search.facet_edit import facet_state, toggle_facet
from directory_app.search.parser import parse


def cycle(text, field, code):
    node = parse(text)
    seen = []
    for _ in range(3):
        node = toggle_facet(node, field, code)
        seen.append((format_query(node), facet_state(node, field, code)))
    return seen


def test_full_cycle_from_empty():
    assert cycle("", "kind", "incubator") == [
        ("kind:incubator", "include"),
        ("not kind:incubator", "exclude"),
        ("", "none"),
    ]


def test_cycle_keeps_the_rest_of_the_query():
    assert cycle("gent grade:B", "kind", "incubator") == [
        ("gent grade:B kind:incubator", "include"),
        ("gent grade:B not kind:incubator", "exclude"),
        ("gent grade:B", "none"),
    ]


def test_single_valued_facet_values_are_ored():
    node = toggle_facet(parse("kind:incubator"), "kind", "accelerator")
    assert node == Or((Term("kind", "incubator"), Term("kind", "accelerator")))
    assert facet_state(node, "kind", "incubator") == "include"
    node = toggle_facet(node, "kind", "incubator")  # include -> exclude
    assert node == And((Term("kind", "accelerator"), Not(Term("kind", "incubator"))))


def test_multi_valued_facet_values_are_anded():
    node = toggle_facet(parse("service:lab_space"), "service", "office_space")
    assert node == And((Term("service", "lab_space"), Term("service", "office_space")))


def test_or_with_other_fields_is_left_alone():
    node = parse("kind:incubator or gent")
    assert facet_state(node, "kind", "incubator") == "none"
    toggled = toggle_facet(node, "kind", "incubator")
    assert toggled == And((Or((Term("kind", "incubator"), Text("gent"))), Term("kind", "incubator")))


@pytest.mark.parametrize("text", ["", "a", "kind:incubator", "not kind:incubator", "a or b", "(a b) or c"])
def test_three_clicks_give_back_an_equivalent_query(text):
    node = parse(text)
    back = toggle_facet(toggle_facet(toggle_facet(node, "country", "BE"), "country", "BE"), "country", "BE")
    assert back == node or (isinstance(node, MatchAll) and isinstance(back, MatchAll))
