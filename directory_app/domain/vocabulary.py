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
    Term("science_park", "Science park"),
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

ACCESS: tuple[Term, ...] = (
    Term("open", "Open to third parties"),
    Term("in_house", "In-house only"),
)
"""Who may use a facility: open to third parties (CDMO services, rentable space, an open call) or
in-house only; "" = unknown."""

GEOCODE_PRECISION: tuple[Term, ...] = (
    Term("street", "Street address"),
    Term("campus", "Campus"),
    Term("postcode", "Postcode"),
    Term("town", "Town"),
    Term("municipality", "Municipality centre"),
    Term("region", "Region (approximate)"),
    Term("country", "Country (approximate)"),
    Term("none", "No single site"),
    Term("manual", "Set by hand"),
)
"""How a facility's point was found, best first; ``none``: a programme with no single site (no point)."""

OLD_PRECISION_CODES: dict[str, str] = {"address": "street", "city": "municipality"}
"""Precision codes of releases before schema step 0015 and the codes that replaced them."""

TOWN_OR_BETTER: frozenset[str] = frozenset({"street", "campus", "postcode", "town", "manual"})
"""Precisions that place a site at least in its own town."""


APPROXIMATE_PRECISIONS: frozenset[str] = frozenset({"town", "municipality", "region", "country"})
"""Precisions of a point that stands for a whole town or a larger area: a distance to it is shown with "≈"."""

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
    Term("BE-VAN", "Antwerp (province)", "BE-VLG"),
    Term("BE-VBR", "Flemish Brabant", "BE-VLG"),
    Term("BE-VLI", "Limburg (BE)", "BE-VLG"),
    Term("BE-VOV", "East Flanders", "BE-VLG"),
    Term("BE-VWV", "West Flanders", "BE-VLG"),
    Term("BE-WAL", "Wallonia", "BE"),
    Term("BE-WBR", "Walloon Brabant", "BE-WAL"),
    Term("BE-WHT", "Hainaut", "BE-WAL"),
    Term("BE-WLG", "Liège (province)", "BE-WAL"),
    Term("BE-WLX", "Luxembourg (province)", "BE-WAL"),
    Term("BE-WNA", "Namur (province)", "BE-WAL"),
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
    Term("LU-CA", "Capellen", "LU"),
    Term("LU-CL", "Clervaux", "LU"),
    Term("LU-DI", "Diekirch", "LU"),
    Term("LU-EC", "Echternach", "LU"),
    Term("LU-ES", "Esch-sur-Alzette", "LU"),
    Term("LU-GR", "Grevenmacher", "LU"),
    Term("LU-LU", "Luxembourg (canton)", "LU"),
    Term("LU-ME", "Mersch", "LU"),
    Term("LU-RD", "Redange", "LU"),
    Term("LU-RM", "Remich", "LU"),
    Term("LU-VD", "Vianden", "LU"),
    Term("LU-WI", "Wiltz", "LU"),
)
"""ISO 3166-2 subdivisions at province level (Luxembourg: cantons). ``group`` is the parent: a Belgian
province's region (``BE-VLG``...), else the country. A country code is never a region."""

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
    "access": ACCESS,
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


def region_parent(code: str) -> str:
    """The region a province belongs to (``BE-VAN`` -> ``BE-VLG``), else ``""`` (a country is no region).

    :param code: a region code
    """
    term = _BY_NAME["region"].get(code)
    return term.group if term is not None and term.group in _BY_NAME["region"] else ""


def region_children(code: str) -> tuple[str, ...]:
    """The provinces of a region (``BE-VLG`` -> ``BE-VAN``, ``BE-VBR``...), in vocabulary order.

    :param code: a region code
    """
    return tuple(t.code for t in REGIONS if t.group == code)


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
