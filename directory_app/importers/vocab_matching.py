"""Map free-text services, modalities and cleanroom grades to vocabulary codes.

Sources describe what a facility offers in their own words ("GMP manufacturing (hospital ATMP
unit)", "CAR-T / genetically modified immune cells"). The rules below recognise the terms of
:mod:`directory_app.domain.vocabulary` in such phrases; the phrases themselves are kept beside
the codes (``*_detail`` fields), so nothing the source said is lost.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from directory_app import config
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


# Words of the vocabularies in English, Dutch and French -------------------------------------------
#
# One table for search and import: ``data/reference/search_terms.csv`` (read by
# ``directory_app.search.lexicon`` for query understanding). An import reads a *cell*, not a
# query, so it takes from that table only what names one code:
#
# * ``kind``/``service``/``modality``/``grade``/``country``/``region`` rows: each phrase names its code;
# * ``query`` rows without a place (``near:``): a phrase names the first term of its query, in
#   that term's field only ("salles blanches" -> service ``cleanroom_space``; "virale vectoren"
#   -> modality ``viral_vector``): the first term is what the phrase means, the rest is what a
#   search widens to;
# * ``broader`` rows that lead to a kind: a Kind cell naming a modality or service whose broader
#   term is a kind ("Celtherapie" -> ``cell_therapy`` -> kind ``cgt_production``);
# * ``stop`` rows: words a phrase is also tried without ("espace laboratoire" -> "laboratoire").

TABLE_FIELDS = {
    "kind": "kind",
    "service": "service",
    "modality": "modality",
    "grade": "cleanroom_grade",
    "country": "country",
    "region": "region",
}
"""Fields of the search terms table and the vocabulary each names."""

_QUERY_TERM = re.compile(r"\b([a-z_]+):([A-Za-z0-9_-]+)")


def normalise(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: the form cells and table phrases are compared in."""
    return _normalise(text)


def _terms_path() -> Path:
    return config.data_dir() / "reference" / "search_terms.csv"


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, dict[str, str]], dict[str, str], frozenset[str]]:
    """(vocabulary -> phrase -> code, ``vocabulary:code`` -> the kind it widens to, stop words)."""
    words: dict[str, dict[str, str]] = {name: {} for name in TABLE_FIELDS.values()}
    to_kind: dict[str, str] = {}
    stop: set[str] = set()
    with _terms_path().open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            field, value = (row.get("field") or "").strip(), (row.get("value") or "").strip()
            phrases = [p.strip() for p in (row.get("phrases") or "").split("|") if p.strip()]
            if field == "stop":
                stop.update(normalise(p) for p in phrases)
                continue
            if field == "broader":
                term = _QUERY_TERM.match(phrases[0] if phrases else "")
                if term and term.group(1) == "kind" and ":" in value:
                    name, code = value.split(":", 1)
                    to_kind[f"{TABLE_FIELDS.get(name, name)}:{code}"] = term.group(2)
                continue
            if field == "query":
                if "near:" in value:
                    continue
                first = _QUERY_TERM.search(value)
                if first is None or first.group(1) not in TABLE_FIELDS:
                    continue
                field, value = first.group(1), first.group(2)
            if field not in TABLE_FIELDS:
                continue
            table = words[TABLE_FIELDS[field]]
            for phrase in phrases:
                table.setdefault(normalise(phrase), value)  # the first row naming a phrase wins
    return words, to_kind, frozenset(stop)


def table_words(vocabulary: str) -> dict[str, str]:
    """Normalised phrase -> code for one vocabulary, from the search terms table."""
    return _table()[0].get(vocabulary, {})


def kind_of_term(vocabulary: str, code: str) -> str | None:
    """The kind a modality or service widens to in the table (``modality``, ``cell_therapy`` -> ``cgt_production``)."""
    return _table()[1].get(f"{vocabulary}:{code}")


def without_stop_words(norm: str) -> str:
    """A normalised phrase without the table's stop words (``espace laboratoire`` -> ``laboratoire``)."""
    stop = _table()[2]
    return " ".join(w for w in norm.split() if w not in stop)
