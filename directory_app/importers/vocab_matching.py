"""Map free-text services, modalities and cleanroom grades to vocabulary codes.

Sources describe what a facility offers in their own words ("GMP manufacturing (hospital ATMP
unit)", "CAR-T / genetically modified immune cells"). The rules below recognise the terms of
:mod:`directory_app.domain.vocabulary` in such phrases; the phrases themselves are kept beside
the codes (``*_detail`` fields), so nothing the source said is lost.
"""

from __future__ import annotations

import re

from directory_app.domain.places import normalize_name

# (code, patterns) -- patterns are regular expressions over normalised text (lower case, no
# accents, punctuation as spaces). Order does not matter: every matching rule contributes.
SERVICE_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "lab_space",
        (
            r"\blab(oratory|oratories|s)? space",
            r"\bequipped labs?\b",
            r"\blabhotel",
            r"\bshared (facility )?lab",
            r"\bshared laboratories",
            r"\blab space",
        ),
    ),
    (
        "office_space",
        (r"\boffice", r"\bwork ?space", r"\bstart up accommodation", r"\bhousing\b", r"\bseats\b"),
    ),
    ("coworking", (r"\bco working\b", r"\bcoworking\b", r"\bflexible workspaces?")),
    ("cleanroom_space", (r"\bcleanroom rental", r"^cleanrooms?$")),
    (
        "shared_equipment",
        (
            r"\bshared equipment",
            r"\bopen access equipment",
            r"\bshared r d facilities",
            r"\baccess to .*(facilities|platforms|infrastructure|technology)",
        ),
    ),
    ("pilot_plant", (r"\bpilot plant", r"\btest production space")),
    ("greenhouse", (r"\bgreenhouse", r"\bfield trial", r"\bphenotyping")),
    ("meeting_facilities", (r"\bmeeting",)),
    (
        "incubation_programme",
        (r"\bincubation\b", r"\bincubator (building|hosting)", r"\bentrepreneur programmes"),
    ),
    ("acceleration_programme", (r"\bacceleration", r"\baccelerator\b(?! building)", r"\bbusiness case programme")),
    (
        "coaching",
        (
            r"\bcoaching",
            r"\bmentor",
            r"\bguidance",
            r"\badvice\b",
            r"\bexpertise\b",
            r"\bexpert evaluation",
            r"\bjury feedback",
            r"\bstart up support",
            r"\bsupport services",
        ),
    ),
    (
        "funding",
        (
            r"\bfunding",
            r"\bfund\b",
            r"\binvestment",
            r"\bconvertible loan",
            r"\bgrants?\b",
            r"\bcalls for projects",
            r"\bfinancing\b(?! advice| and internationalisation)",
            r"\bprogramme worth",
        ),
    ),
    ("network", (r"\bnetwork", r"\bdemo day", r"\bevents?\b", r"\bvalidation partners")),
    ("business_development", (r"\bbusiness development",)),
    ("training", (r"\btraining\b",)),
    ("regulatory_support", (r"\bregulatory",)),
    (
        "gmp_manufacturing",
        (
            r"\bgmp (manufactur|production|processing)",
            r"\bgmp quality system",
        ),
    ),
    (
        "cell_processing",
        (
            r"\batmp production",
            r"\bmanufacture of",
            r"\bcell therapy processing",
            r"\bcell and tissue processing",
            r"\bstem cell processing",
            r"\bin house (manufactur|production)",
            r"\bclinical and commercial supply",
        ),
    ),
    ("commercial_manufacturing", (r"\bcommercial\b",)),
    ("process_development", (r"\bprocess (and analytical )?development", r"\bformulation\b")),
    ("analytical_development", (r"\banalytical development",)),
    ("qc_testing", (r"\bqc\b",)),
    ("cell_banking", (r"\bcell banking",)),
    ("viral_vector_supply", (r"^viral vector",)),
    ("plasmid_supply", (r"^plasmid dna",)),
    ("fill_finish", (r"\bfill finish", r"\blabelling and packaging")),
    ("logistics", (r"\bstorage\b", r"\bwarehouse", r"\blogistics")),
)

MODALITY_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "cell_therapy",
        (
            r"\bcell therap",
            r"\bcell products?\b",
            r"\batmps?\b",
            r"\bstem cell",
            r"\bcar t\b",
            r"\bcar nk\b",
            r"\btumou?r infiltrating",
            r"\btil\b",
            r"\bmesenchymal",
            r"\bnk cells?\b",
            r"\bdendritic cell",
            r"\bregulatory t cells?",
            r"\bimmune cells\b",
        ),
    ),
    ("autologous", (r"\bautologous",)),
    ("allogeneic", (r"\ballogeneic",)),
    ("car_t", (r"\bcar t\b",)),
    ("car_nk", (r"\bcar nk\b",)),
    ("tcr_t", (r"\btcr\b",)),
    ("til", (r"\btumour infiltrating", r"\btumor infiltrating", r"\btil\b")),
    ("nk_cells", (r"\bnk cells?\b", r"\bcar nk\b")),
    ("treg", (r"\bregulatory t cells?",)),
    ("dendritic_cells", (r"\bdendritic cell",)),
    ("msc", (r"\bmesenchymal",)),
    ("stem_cells", (r"\bstem\b", r"\bprogenitor", r"\bhaematopoietic", r"\bhematopoietic")),
    ("ipsc", (r"\bipsc",)),
    ("gene_modified_cells", (r"\bgenetically modified", r"\bgene modified", r"\bcar t\b", r"\btcr gene")),
    ("gene_therapy", (r"\bgene therap",)),
    ("aav", (r"\baav\b", r"\badeno associated")),
    ("lvv", (r"\blentivir", r"\blvv\b")),
    ("retroviral", (r"\bretrovir",)),
    ("viral_vector", (r"\bviral vectors?\b", r"\baav\b", r"\blentivir", r"\bretrovir")),
    ("plasmid_dna", (r"\bplasmid",)),
    ("mrna_lnp", (r"\bmrna\b", r"\blnp\b")),
    ("oncolytic_virus", (r"\boncolytic",)),
    ("tissue_engineered", (r"\btissue engineered",)),
    ("vaccines", (r"(?<!cell )\bvaccines?\b",)),
    ("proteins", (r"\bproteins?\b",)),
)

_COMPILED: dict[str, tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]] = {
    "service": tuple((c, tuple(re.compile(p) for p in ps)) for c, ps in SERVICE_RULES),
    "modality": tuple((c, tuple(re.compile(p) for p in ps)) for c, ps in MODALITY_RULES),
}

_PHRASE_SPLIT = re.compile(r"[;\n]")
_GRADE = re.compile(r"(?:^|[\s;,/(])(?:grade\s*)?([ABCD])(?=$|[\s;,/)])", re.IGNORECASE)


def split_phrases(text: str) -> list[str]:
    """Split a ``;``-separated free-text list into trimmed, non-empty phrases.

    :param text: e.g. ``"lab space; office space"``
    """
    return [p.strip() for p in _PHRASE_SPLIT.split(text or "") if p.strip()]


def _normalise(phrase: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", normalize_name(phrase)).strip()


def match_terms(text: str, vocabulary: str) -> tuple[list[str], list[str]]:
    """Recognise vocabulary codes in a free-text list.

    A phrase that says something used to be (``"(formerly CAR-T)"``) contributes nothing.

    :param text: ``;``-separated phrases
    :param vocabulary: ``"service"`` or ``"modality"``
    :return: (codes in vocabulary order, phrases that matched no rule)
    """
    rules = _COMPILED[vocabulary]
    found: set[str] = set()
    unmatched: list[str] = []
    for phrase in split_phrases(text):
        norm = _normalise(phrase)
        if norm.startswith("formerly"):
            continue
        hits = {code for code, patterns in rules if any(p.search(norm) for p in patterns)}
        if hits:
            found |= hits
        else:
            unmatched.append(phrase)
    order = [code for code, _ in rules]
    return sorted(found, key=order.index), unmatched


def match_grades(text: str) -> list[str]:
    """EU GMP grades (A-D) named in a free-text cleanroom description.

    :param text: e.g. ``"B (4 labs); C (1 lab)"``
    """
    return sorted({m.group(1).upper() for m in _GRADE.finditer(text or "")})
