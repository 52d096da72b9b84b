"""The map's query edits keep the rest of the query and round-trip through the parser."""

from directory_app.domain.query import Near, Term, format_query
from directory_app.search.map_edit import with_box, with_near
from directory_app.search.parser import parse


def test_search_this_area_replaces_an_earlier_box_and_keeps_the_rest():
    first = with_box(parse("kind:incubator CAR-T"), 50.5, 4.1, 51.0, 4.9)
    again = with_box(first, 50.0, 3.0, 51.5, 6.0)
    text = format_query(again)
    assert text == "kind:incubator CAR-T box:50,3,51.5,6"
    assert parse(text) == again


def test_box_is_clamped_to_the_globe():
    node = with_box(parse(""), -95, -200, 95, 200)
    assert node == Term("box", "-90,-180,90,180")


def test_near_here_replaces_the_near_place_and_radius():
    node = with_near(parse("kind:cgt_production near:Leuven within:30km"), 50.8466, 4.35245, 10)
    assert format_query(node) == "kind:cgt_production near:50.8466,4.35245 within:10km"
    assert parse(format_query(node)) == node
    assert with_near(parse(""), 51, 4, 25) == Near("51,4", 25.0)
