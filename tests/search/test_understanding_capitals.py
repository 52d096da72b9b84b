"""Places typed in capitals are places (found by a blind held-out evaluation)."""

import pytest


@pytest.mark.parametrize("typed", ["LABRUIMTE GENT", "lab space GHENT", "incubateur LIEGE", "GENT"])
def test_a_place_in_capitals_is_still_a_place(directory, typed):
    """Found by a blind held-out evaluation: all-caps names of five letters or fewer were taken for acronyms."""
    result = directory.search(typed)
    assert result.understanding is not None
    assert any(p.field == "near" for p in result.understanding.parts), result.understanding.explain
