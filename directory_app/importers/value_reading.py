"""Read cell values as people write them: numbers with decimal commas, countries and vocabulary
terms in English, Dutch or French, dates in the usual European forms.

Each reader is pure and cached (a column of 100,000 rows holds few distinct values).
A vocabulary term that matches nothing comes back as a *new term* (code and the label as
written), never as an error: the row keeps it and the import flags it for review.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from directory_app.domain import vocabulary as vocab
from directory_app.importers.vocab_matching import (
    kind_of_term,
    match_grades,
    match_terms,
    normalise,
    table_words,
    without_stop_words,
)

_CACHE = 4096


def _norm(text: str) -> str:
    return normalise(text)


# Countries ----------------------------------------------------------------------------------------

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "BE": (
        "be",
        "bel",
        "belgium",
        "belgie",
        "belgië",
        "belgique",
        "belgien",
        "b",
        "royaume de belgique",
        "koninkrijk belgie",
    ),
    "NL": (
        "nl",
        "nld",
        "netherlands",
        "the netherlands",
        "nederland",
        "pays bas",
        "holland",
        "niederlande",
        "koninkrijk der nederlanden",
    ),
    "LU": (
        "lu",
        "lux",
        "luxembourg",
        "luxemburg",
        "groothertogdom luxemburg",
        "grand duche de luxembourg",
        "grand duchy of luxembourg",
        "l",
    ),
}
_COUNTRIES = {_norm(name): code for code, names in COUNTRY_NAMES.items() for name in names}


@lru_cache(maxsize=_CACHE)
def read_country(text: str) -> str | None:
    """``BE``/``NL``/``LU`` for a code or a name in nl/fr/en (``België``, ``Pays-Bas``); else ``None``."""
    return _COUNTRIES.get(_norm(text))


# Numbers and dates --------------------------------------------------------------------------------

_DECIMAL = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[ .,’'\u00a0\u202f]\d{3})+$")
_UNIT = re.compile(r"\s*(m²|m2|sq ?m|m\^2|vierkante meter|mètres carrés)\s*$", re.IGNORECASE)


@lru_cache(maxsize=_CACHE)
def read_decimal(text: str) -> float | None:
    """A decimal number written with a point or a comma (``50.8798``, ``50,8798``); ``None`` if not one.

    :raises ValueError: text that is not a number
    """
    text = text.strip().replace("\u2212", "-")
    if not text:
        return None
    if not _DECIMAL.match(text):
        raise ValueError(f"not a number: {text!r}")
    return float(text.replace(",", "."))


@lru_cache(maxsize=_CACHE)
def read_integer(text: str) -> int | None:
    """A whole number, with thousands separators and a unit allowed (``1.200 m²``, ``2 500``, ``1200,0``).

    :raises ValueError: text that is not a whole number
    """
    text = _UNIT.sub("", text.strip())
    if not text:
        return None
    if _THOUSANDS.match(text):
        return int(re.sub(r"\D", "", text))
    value = read_decimal(text)
    if value is None or not float(value).is_integer():
        raise ValueError(f"not a whole number: {text!r}")
    return int(value)


_DMY = re.compile(r"^(\d{1,2})[./\-](\d{1,2})[./\-](\d{4})$")


@lru_cache(maxsize=_CACHE)
def read_date(text: str) -> date | None:
    """A date: ISO (``2025-03-01``, also with a time), or day first (``1/3/2025``, ``01-03-2025``, ``1.3.2025``).

    :raises ValueError: anything else
    """
    text = text.strip()
    if not text:
        return None
    m = _DMY.match(text)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return date.fromisoformat(text[:10])


def read_website(text: str) -> str:
    """A web address with its scheme (``www.x.be`` -> ``https://www.x.be``)."""
    text = text.strip()
    if text and "://" not in text and "." in text and " " not in text:
        return "https://" + text
    return text


def website_host(url: str) -> str:
    """The host of a web address without ``www.`` (``https://www.X.be/a`` -> ``x.be``); ``""`` if none."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "://" in url else "https://" + url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


# Single-valued vocabularies -----------------------------------------------------------------------

# Kind, service, modality, grade, country and region words come from the table search uses
# (``data/reference/search_terms.csv``, see :mod:`~directory_app.importers.vocab_matching`), so a
# word taught to one is known to both. Below are only the words a *column* gives a meaning that a
# search must not: a status or a confidence (not searchable words), and the few words that mean
# one thing in a Services or Region column and another in a query ("incubatie" is a kind in a
# search, the incubation programme in a Services column; "Utrecht" is a town in a search).
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "status": {
        "operational": (
            "operational",
            "open",
            "active",
            "operationeel",
            "actief",
            "en service",
            "operationnel",
            "en activite",
            "actif",
            "ouvert",
            "in gebruik",
        ),
        "under_construction": (
            "under construction",
            "in aanbouw",
            "in constructie",
            "en construction",
            "en cours de construction",
            "being built",
        ),
        "planned": ("planned", "gepland", "prevu", "en projet", "projet", "planifie", "announced", "aangekondigd"),
        "closing": ("closing", "closure announced", "sluiting aangekondigd", "fermeture annoncee"),
        "closed": ("closed", "gesloten", "ferme", "dicht"),
    },
    "confidence": {
        "high": ("high", "hoog", "eleve", "haute", "haut"),
        "medium": ("medium", "gemiddeld", "middel", "moyen", "moyenne"),
        "low": ("low", "laag", "faible", "basse", "bas"),
    },
    "geocode_precision": {
        "street": ("address", "adres", "adresse", "street", "straat", "rue", "rooftop"),
        "postcode": ("postcode", "postal code", "code postal"),
        "town": ("town", "plaats", "localite", "localité"),
        "municipality": ("city", "stad", "gemeente", "ville", "commune", "municipality"),
        "region": ("region", "regio"),
        "country": ("country", "land", "pays"),
        "manual": ("manual", "handmatig", "manuel"),
    },
    "region": {
        "NL-GR": ("groningen",),
        "NL-UT": ("utrecht",),
        "NL-LI": ("limburg nl", "limburg (nl)"),
    },
    "kind": {},
}
"""Column-only words, by vocabulary and code (a code the vocabulary does not hold is ignored)."""

COLUMN_ONLY_TERMS: dict[str, dict[str, tuple[str, ...]]] = {
    "service": {
        "gmp_manufacturing": ("gmp productie", "productie gmp", "production gmp", "fabrication gmp"),
        "incubation_programme": ("incubatie", "incubation"),
        "acceleration_programme": ("acceleratie", "acceleration"),
    },
}
"""Words that name a service in a Services column (in a search they name a kind)."""


def _codes_and_labels(name: str) -> dict[str, str]:
    return {
        **{_norm(t.code): t.code for t in vocab.VOCABULARIES[name]},
        **{_norm(t.label): t.code for t in vocab.VOCABULARIES[name]},
    }


def _words_of(name: str, extra: dict[str, tuple[str, ...]]) -> dict[str, str]:
    known = {t.code for t in vocab.VOCABULARIES[name]}
    out = {k: c for k, c in table_words(name).items() if c in known}
    out.update({_norm(w): code for code, words in extra.items() if code in known for w in words})
    out.update(_codes_and_labels(name))
    return out


_WORDS = {name: _words_of(name, WORDS.get(name, {})) for name in (*WORDS, "country")}


def _lookup(table: dict[str, str], text: str) -> str | None:
    norm = _norm(text)
    return table.get(norm) or table.get(without_stop_words(norm)) if norm else None


@lru_cache(maxsize=_CACHE)
def read_term(vocabulary: str, text: str) -> str | None:
    """The code of a single-valued term (kind, status, confidence, precision, region) as written; ``None`` if unknown.

    A Kind cell may also name what the facility does, when the search terms table widens that to
    a kind (``Celtherapie`` -> modality ``cell_therapy`` -> kind ``cgt_production``).

    :param vocabulary: ``kind``, ``status``, ``confidence``, ``geocode_precision`` or ``region``
    :param text: e.g. ``"Incubateur"``, ``"in aanbouw"``, ``"Vlaanderen"``, ``"BE-VLG"``
    """
    code = _lookup(_WORDS[vocabulary], text)
    if code is None and vocabulary == "kind":
        for other in ("modality", "service"):
            term = _lookup(_MULTI[other], text)
            kind = kind_of_term(other, term) if term else None
            if kind and vocab.is_known("kind", kind):
                return kind
    return code


# Multi-valued vocabularies ----------------------------------------------------------------------

_MULTI = {name: _words_of(name, COLUMN_ONLY_TERMS.get(name, {})) for name in ("service", "modality", "cleanroom_grade")}
_SPLIT = re.compile(r"[;|\n]+")


def new_term_code(text: str) -> str:
    """The code of a new term, distinct for distinct labels by construction (``""``: no letters or digits).

    A label made only of words (any case, any spacing: ``Exosome  production``) gets its words in
    lower case joined by ``_`` (``exosome_production``). Any other label (accents, signs: ``+1+1``,
    ``Café``) gets those words, ``__`` and a digest of the label: such codes never equal a plain one
    (a plain code never holds ``__``), and two different labels never share one (``1_1__...``).
    """
    slug = _norm(text).replace(" ", "_")
    if not slug:
        return ""
    key = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    if key == slug.replace("_", " ") and len(slug) <= 60:
        return slug
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()
    return f"{slug[:40].rstrip('_')}__{digest}"


def _one_phrase(vocabulary: str, phrase: str) -> list[str]:
    code = _lookup(_MULTI[vocabulary], phrase)
    if code:
        return [code]
    if vocabulary == "cleanroom_grade":
        return match_grades(phrase)
    return match_terms(phrase, vocabulary)[0]


@lru_cache(maxsize=_CACHE)
def read_terms(vocabulary: str, text: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Codes named in a list of services, modalities or cleanroom grades, and the new terms.

    Phrases are separated by ``;``, ``|`` or new lines (a phrase matching nothing is also tried
    split at commas). Known codes, English labels, Dutch and French words and the phrases of
    :mod:`~directory_app.importers.vocab_matching` are recognised.

    :param vocabulary: ``service``, ``modality`` or ``cleanroom_grade``
    :param text: e.g. ``"Labruimte; coaching; exosome production"``
    :return: (codes, in first-mention order; new terms as (code, label as written))
    """
    codes: dict[str, None] = {}
    new: dict[str, str] = {}
    for phrase in (p.strip() for p in _SPLIT.split(text or "")):
        if not phrase:
            continue
        found = _one_phrase(vocabulary, phrase)
        if not found and "," in phrase:
            parts = [p.strip() for p in phrase.split(",") if p.strip()]
            found_parts = [_one_phrase(vocabulary, p) for p in parts]
            for part, part_codes in zip(parts, found_parts, strict=True):
                if part_codes:
                    codes.update(dict.fromkeys(part_codes))
                elif new_term_code(part):
                    new.setdefault(new_term_code(part), part)
            continue
        if found:
            codes.update(dict.fromkeys(found))
        elif new_term_code(phrase):
            new.setdefault(new_term_code(phrase), phrase)
    for code in new:
        codes[code] = None
    return tuple(codes), tuple(new.items())
