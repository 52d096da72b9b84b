"""Controlled vocabularies of the directory: codes stored in the database, English labels.

Codes are language-neutral and never change once published; labels are the English source
text that the GUI translates (``directory_app.qt.i18n``). A vocabulary is extensible: the
database keeps its own copy in lookup tables, seeded from these definitions.

The terms follow ``shared/reference/anchors.md`` part (c), trimmed to what the seed data can
fill: EU GMP Annex 1 cleanroom grades, ISO 3166-2 regions, CGT modalities and the services
that incubators and CDMOs offer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    """One entry of a vocabulary.

    :param code: stable, language-neutral code stored in the database
    :param label: English label (source text for translations)
    :param group: optional grouping used to order facet lists
    """

    code: str
    label: str
    group: str = ""


def _index(terms: tuple[Term, ...]) -> dict[str, Term]:
    return {t.code: t for t in terms}


KINDS: tuple[Term, ...] = (
    Term("incubator", "Incubator"),
    Term("accelerator", "Accelerator"),
    Term("cgt_production", "CGT production site"),
)

STATUSES: tuple[Term, ...] = (
    Term("operational", "Operational"),
    Term("under_construction", "Under construction"),
    Term("planned", "Planned"),
    Term("closing", "Closure announced"),
    Term("closed", "Closed"),
)

CONFIDENCE: tuple[Term, ...] = (
    Term("high", "High"),
    Term("medium", "Medium"),
    Term("low", "Low"),
)

GEOCODE_PRECISION: tuple[Term, ...] = (
    Term("address", "Street address"),
    Term("postcode", "Postcode"),
    Term("city", "City"),
    Term("region", "Region (approximate)"),
    Term("country", "Country (approximate)"),
    Term("manual", "Set by hand"),
)

CLEANROOM_GRADES: tuple[Term, ...] = (
    Term("A", "Grade A"),
    Term("B", "Grade B"),
    Term("C", "Grade C"),
    Term("D", "Grade D"),
)

COUNTRIES: tuple[Term, ...] = (
    Term("BE", "Belgium"),
    Term("NL", "Netherlands"),
    Term("LU", "Luxembourg"),
)

REGIONS: tuple[Term, ...] = (
    Term("BE-BRU", "Brussels-Capital Region", "BE"),
    Term("BE-VLG", "Flanders", "BE"),
    Term("BE-WAL", "Wallonia", "BE"),
    Term("NL-DR", "Drenthe", "NL"),
    Term("NL-FL", "Flevoland", "NL"),
    Term("NL-FR", "Friesland", "NL"),
    Term("NL-GE", "Gelderland", "NL"),
    Term("NL-GR", "Groningen", "NL"),
    Term("NL-LI", "Limburg (NL)", "NL"),
    Term("NL-NB", "North Brabant", "NL"),
    Term("NL-NH", "North Holland", "NL"),
    Term("NL-OV", "Overijssel", "NL"),
    Term("NL-UT", "Utrecht", "NL"),
    Term("NL-ZE", "Zeeland", "NL"),
    Term("NL-ZH", "South Holland", "NL"),
    Term("NL", "Netherlands (national)", "NL"),
    Term("LU", "Luxembourg", "LU"),
)

SERVICES: tuple[Term, ...] = (
    Term("lab_space", "Lab space", "space"),
    Term("office_space", "Office space", "space"),
    Term("coworking", "Co-working", "space"),
    Term("cleanroom_space", "Cleanroom space", "space"),
    Term("shared_equipment", "Shared equipment & core facilities", "space"),
    Term("pilot_plant", "Pilot plant / scale-up space", "space"),
    Term("greenhouse", "Greenhouse & field trials", "space"),
    Term("meeting_facilities", "Meeting & event facilities", "space"),
    Term("incubation_programme", "Incubation programme", "support"),
    Term("acceleration_programme", "Acceleration programme", "support"),
    Term("coaching", "Coaching & mentoring", "support"),
    Term("funding", "Funding & investment", "support"),
    Term("network", "Network & events", "support"),
    Term("business_development", "Business development", "support"),
    Term("training", "Training", "support"),
    Term("regulatory_support", "Regulatory support", "support"),
    Term("gmp_manufacturing", "GMP manufacturing", "manufacturing"),
    Term("cell_processing", "Cell & tissue processing", "manufacturing"),
    Term("commercial_manufacturing", "Commercial manufacturing", "manufacturing"),
    Term("process_development", "Process development", "manufacturing"),
    Term("analytical_development", "Analytical development", "manufacturing"),
    Term("qc_testing", "QC & release testing", "manufacturing"),
    Term("cell_banking", "Cell banking", "manufacturing"),
    Term("viral_vector_supply", "Viral vector manufacturing", "manufacturing"),
    Term("plasmid_supply", "Plasmid DNA manufacturing", "manufacturing"),
    Term("fill_finish", "Fill & finish, labelling", "manufacturing"),
    Term("logistics", "Storage & logistics", "manufacturing"),
)

MODALITIES: tuple[Term, ...] = (
    Term("cell_therapy", "Cell therapy", "cell"),
    Term("autologous", "Autologous", "cell"),
    Term("allogeneic", "Allogeneic", "cell"),
    Term("car_t", "CAR-T", "cell"),
    Term("car_nk", "CAR-NK", "cell"),
    Term("tcr_t", "TCR-T", "cell"),
    Term("til", "Tumour-infiltrating lymphocytes (TIL)", "cell"),
    Term("nk_cells", "NK cells", "cell"),
    Term("treg", "Regulatory T cells", "cell"),
    Term("dendritic_cells", "Dendritic cells", "cell"),
    Term("msc", "Mesenchymal stromal cells (MSC)", "cell"),
    Term("stem_cells", "Stem & progenitor cells", "cell"),
    Term("ipsc", "iPSC-derived cells", "cell"),
    Term("gene_modified_cells", "Gene-modified cells", "cell"),
    Term("gene_therapy", "Gene therapy", "gene"),
    Term("aav", "AAV (adeno-associated virus)", "gene"),
    Term("lvv", "Lentiviral vector (LVV)", "gene"),
    Term("retroviral", "Retroviral vector", "gene"),
    Term("viral_vector", "Viral vector", "gene"),
    Term("plasmid_dna", "Plasmid DNA", "gene"),
    Term("mrna_lnp", "mRNA / LNP", "gene"),
    Term("oncolytic_virus", "Oncolytic virus", "gene"),
    Term("tissue_engineered", "Tissue-engineered products", "other"),
    Term("vaccines", "Vaccines", "other"),
    Term("proteins", "Recombinant proteins", "other"),
)

VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "kind": KINDS,
    "status": STATUSES,
    "confidence": CONFIDENCE,
    "geocode_precision": GEOCODE_PRECISION,
    "cleanroom_grade": CLEANROOM_GRADES,
    "country": COUNTRIES,
    "region": REGIONS,
    "service": SERVICES,
    "modality": MODALITIES,
}
"""Every vocabulary by name; the names are also the ``vocabulary`` column of the lookup table."""

_BY_NAME = {name: _index(terms) for name, terms in VOCABULARIES.items()}
_ADDED: dict[str, dict[str, str]] = {}
"""Labels of terms added by data (an import's new kind or service), by vocabulary and code."""


def register_added_terms(vocabulary: str, terms: Iterable[tuple[str, str]]) -> None:
    """Make the labels of terms a database added known to :func:`label` (codes of built-in terms are ignored).

    :param terms: (code, label) pairs as stored
    """
    known = _BY_NAME.get(vocabulary, {})
    added = _ADDED.setdefault(vocabulary, {})
    for code, text in terms:
        if code and code not in known and text:
            added[code] = text


def label(vocabulary: str, code: str | None) -> str:
    """English label of ``code`` in ``vocabulary``: a built-in term's, else the label a database gave a term
    it added (:func:`register_added_terms`), else the code itself.

    :param vocabulary: a key of :data:`VOCABULARIES`
    :param code: the stored code (``None`` gives ``""``)
    """
    if not code:
        return ""
    term = _BY_NAME.get(vocabulary, {}).get(code)
    if term is not None:
        return term.label
    return _ADDED.get(vocabulary, {}).get(code, code)


def is_known(vocabulary: str, code: str) -> bool:
    """Whether ``code`` is a term of ``vocabulary``.

    :param vocabulary: a key of :data:`VOCABULARIES`
    :param code: the code to check
    """
    return code in _BY_NAME.get(vocabulary, {})
