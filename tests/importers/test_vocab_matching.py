import pytest

from directory_app.domain import vocabulary as vocab
from directory_app.importers.vocab_matching import match_grades, match_terms


@pytest.mark.parametrize(
    "text, expected",
    [
        ("lab space; office space", {"lab_space", "office_space"}),
        ("GMP manufacturing (commercial, multi-product)", {"gmp_manufacturing", "commercial_manufacturing"}),
        ("QC release testing; fill-finish", {"qc_testing", "fill_finish"}),
        ("pre-seed funding (min. EUR 50k); coaching", {"funding", "coaching"}),
    ],
)
def test_services_are_recognised(text, expected):
    codes, _ = match_terms(text, "service")
    assert set(codes) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("CAR-T; autologous cell therapy", {"car_t", "autologous", "cell_therapy", "gene_modified_cells"}),
        ("AAV", {"aav", "viral_vector"}),
        (
            "TCR gene therapy (retroviral)",
            {"tcr_t", "gene_therapy", "retroviral", "viral_vector", "gene_modified_cells"},
        ),
        ("mRNA/LNP", {"mrna_lnp"}),
        ("(formerly CAR-T)", set()),
    ],
)
def test_modalities_are_recognised(text, expected):
    codes, _ = match_terms(text, "modality")
    assert set(codes) == expected


def test_unmatched_phrases_are_returned_not_lost():
    codes, unmatched = match_terms("restaurant; lab space", "service")
    assert codes == ["lab_space"]
    assert unmatched == ["restaurant"]


def test_codes_come_out_in_vocabulary_order_and_are_known():
    codes, _ = match_terms("office space; lab space; coaching", "service")
    order = [t.code for t in vocab.SERVICES]
    assert codes == sorted(codes, key=order.index)
    assert all(vocab.is_known("service", c) for c in codes)


@pytest.mark.parametrize(
    "text, grades",
    [
        ("B (4 labs); C (1 lab)", ["B", "C"]),
        ("C (upstream)", ["C"]),
        ("C; D", ["C", "D"]),
        ("", []),
        ("Grade A", ["A"]),
        ("class B & C", ["B", "C"]),
    ],
)
def test_grades(text, grades):
    assert match_grades(text) == grades
