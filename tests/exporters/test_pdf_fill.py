"""The handout's wording fills its ``{name}`` slots once: a value is never read as a slot itself."""

from directory_app.exporters.pdf_handout import _fill


def test_a_value_holding_a_slot_name_stays_as_it_is():
    assert _fill("For {audience} on {date}", audience="{date}", date="2 Dec") == "For {date} on 2 Dec"
    assert _fill("{n} of {total}", n="{total}", total="{n}") == "{total} of {n}"


def test_unknown_braces_stay():
    assert _fill("{x} {{ 6*7 }} {n}", n="1") == "{x} {{ 6*7 }} 1"
