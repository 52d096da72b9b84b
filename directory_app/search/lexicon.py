"""The tables query understanding recognises words with: data, not code.

* ``data/reference/search_terms.csv``: kind / service / modality / grade / country / region
  words and domain synonyms in English, Dutch and French (``field,value,phrases``; phrases
  separated by ``|``). ``field`` is a query field (the value is its code), ``query`` (the
  value is a structured query in the app's own language: ``region:NL-LI or near:Hasselt``),
  ``cue`` (place cues: ``near``, ``in``, ``within``), ``stop`` (words that mean nothing alone),
  ``word`` (ordinary words that are also place names: only a place with a cue) or ``broader``
  (``modality:lvv`` -> ``modality:viral_vector or ...``: what to show when the narrower term finds nothing).
* the vocabulary's English labels (``directory_app.domain.vocabulary``) and their Dutch and
  French translations (context ``vocabulary`` of ``resources/translations/*.ts``).

Every phrase is indexed as typed and as stemmed by each language, so plurals and inflections
match (``incubators``, ``incubateurs``, ``incubatoren``).
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from directory_app import config
from directory_app.domain import vocabulary
from directory_app.domain.query import Node, Term
from directory_app.search.parser import parse
from directory_app.search.text import variants, words

RECOGNISED_VOCABULARIES: dict[str, str] = {
    "kind": "kind",
    "country": "country",
    "region": "region",
    "service": "service",
    "modality": "modality",
    "grade": "cleanroom_grade",
}
"""Query fields whose values free text may name, with their vocabulary."""

MAX_PHRASE_WORDS = 4


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase means: a query field and code (``kind``, ``incubator``) or a query (``query``)."""

    field: str
    value: str
    node: Node
    source: str  # "table" or "vocabulary"


def terms_path() -> Path:
    return config.data_dir() / "reference" / "search_terms.csv"


def _label_phrases(label: str) -> list[str]:
    """``Mesenchymal stromal cells (MSC)`` -> the label, ``mesenchymal stromal cells``, ``MSC``."""
    out = [label]
    bare = re.sub(r"\s*\([^)]*\)", "", label).strip()
    out.append(bare)
    out += re.findall(r"\(([^)]*)\)", label)
    for part in re.split(r"\s*/\s*|,\s*", bare):
        out.append(part)
    for part in re.split(r"\s*&\s*", bare):
        if len(part.split()) >= 2:
            out.append(part)
    return [p for p in dict.fromkeys(o.strip() for o in out) if p]


def _translations() -> dict[str, list[str]]:
    """English vocabulary label -> its Dutch and French translations (finished ones)."""
    out: dict[str, list[str]] = {}
    try:
        folder = config.resources_dir() / "translations"
    except FileNotFoundError:
        return out
    for path in sorted(folder.glob("directory_app_*.ts")):
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            continue
        for context in root.iter("context"):
            if (context.findtext("name") or "") != "vocabulary":
                continue
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete") or not (node.text or "").strip():
                    continue
                out.setdefault(source, []).append(node.text.strip())
    return out


class Lexicon:
    """Phrase tables indexed by word tuples (as typed and stemmed)."""

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        self._index: dict[tuple[str, ...], list[Entry]] = {}
        self.cues: dict[tuple[str, ...], str] = {}
        self.ordinary: set[str] = set()
        self.stop: set[tuple[str, ...]] = set()
        self.words: set[str] = set()
        self.labels: dict[tuple[str, str], str] = {}
        table_keys: set[tuple[str, ...]] = set()
        self.broader: dict[str, Node] = {}
        for field, value, phrase in rows:
            if field == "broader":
                self.broader[value] = parse(phrase)
                continue
            key = tuple(words(phrase))
            if not key or len(key) > MAX_PHRASE_WORDS:
                continue
            if field == "cue":
                self.cues[key] = value
                continue
            if field == "stop":
                self.stop.add(key)
                continue
            if field == "word":
                self.ordinary.add(" ".join(key))
                continue
            node: Node = parse(value) if field == "query" else Term(field, value)
            entry = Entry(field, value, node, "table")
            table_keys.add(key)
            self._add(key, entry)
        translated = _translations()
        for field, name in RECOGNISED_VOCABULARIES.items():
            for term in vocabulary.VOCABULARIES[name]:
                if field == "region" and (vocabulary.region_parent(term.code) or term.code.startswith("LU-")):
                    # Belgian provinces are the table's (their labels name cities: Antwerp, Liège, Namur);
                    # a Luxembourg canton is named after its town, which is what a person means
                    continue
                self.labels[(field, term.code)] = term.label
                for label in [term.label, *translated.get(term.label, [])]:
                    for phrase in _label_phrases(label):
                        key = tuple(words(phrase))
                        if key and len(key) <= MAX_PHRASE_WORDS and key not in table_keys:
                            self._add(key, Entry(field, term.code, Term(field, term.code), "vocabulary"))

    def _add(self, key: tuple[str, ...], entry: Entry) -> None:
        self.words.update(key)
        for form in variants(key):
            found = self._index.setdefault(form, [])
            if entry not in found:
                found.append(entry)

    def lookup(self, key: tuple[str, ...]) -> list[Entry]:
        """Entries of a phrase: as typed first, else as stemmed in any language."""
        for form in variants(key):
            found = self._index.get(form)
            if found:
                return found
        return []

    def canonical(self, field: str, value: str) -> str | None:
        """The code a value names for ``field`` (``kind:incubateur`` -> ``incubator``), else ``None``."""
        key = tuple(words(value))
        for entry in self.lookup(key) if key else []:
            if entry.field == field:
                return entry.value
        return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (read once)."""
    rows: list[tuple[str, str, str]] = []
    with terms_path().open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for phrase in (row.get("phrases") or "").split("|"):
                if phrase.strip():
                    rows.append((row["field"].strip(), row["value"].strip(), phrase.strip()))
    return Lexicon(rows)
