"""What the person meant: free text turned into the query language's own structured terms.

``incubateur Liège labo`` becomes ``kind:incubator near:Liège within:15km service:lab_space``:
the same :class:`~directory_app.domain.query.Term` / :class:`~directory_app.domain.query.Near`
nodes the search box, facets, map, exports and saved searches already use, so one result
serves them all. The pipeline (see ``shared/reference/search-understanding.md`` section 8):

1. normalise (NFKC, casefold, one apostrophe, accents off, French elision) -- :mod:`.text`;
2. correct typos of words the directory does not know at all (``lueven`` -> ``leuven``),
   against its own vocabulary: table words, gazetteer names, full-text index terms;
   Meilisearch's budget: 0 edits up to 4 letters (only a swap of two letters), 1 from 5, 2 from 9,
   an edit of the first letter counts 2;
3. recognise phrases longest first (up to 4 words) against data tables (:mod:`.lexicon`)
   and the gazetteer: kinds, services, modalities, grades, countries, regions, provinces,
   places with or without a cue (``near``, ``bij``, ``près de``, ``in``, ``à``);
4. what is left ranks (when something was recognised) or filters (when nothing was);
5. relaxation steps for an empty result, least important first (never an explicit
   ``field:value`` term): free-text words any instead of all, wider radius, then inferred
   terms, lowest confidence first.

The facade (:meth:`directory_app.directory.Directory.search`) runs the plan and puts the
:class:`Understanding` on the result (``result.understanding``) for the GUI chips and the CLI.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from rapidfuzz import process
from rapidfuzz.distance import OSA

from directory_app.domain.errors import QueryError
from directory_app.domain.places import Place
from directory_app.domain.query import (
    VOCABULARY_FIELDS,
    And,
    MatchAll,
    Near,
    Node,
    Not,
    Or,
    Term,
    Text,
    all_of,
    any_of,
    format_query,
)
from directory_app.domain.synonyms import fold_words
from directory_app.domain.vocabulary import Term as VocabularyTerm
from directory_app.search.lexicon import MAX_PHRASE_WORDS, RECOGNISED_VOCABULARIES, Entry, Lexicon, lexicon
from directory_app.search.text import stems, words

NEAR_CUE_KM = 30.0
"""Radius of ``near X`` / ``bij X`` / ``près de X``."""
CITY_KM = 20.0
"""Radius of a bare city name or ``in X`` (towns under :data:`TOWN_POPULATION`: :data:`TOWN_KM`).
Generous on purpose: results are ordered by distance, so the nearest come first anyway."""
TOWN_KM = 15.0
TOWN_POPULATION = 20000
BARE_PLACE_POPULATION = 5000
"""A place name without a cue is a place only from this population (smaller ones match as text),
and never when it is an ordinary word of the lexicon (``best`` is not Best)."""
BENELUX = ("BE", "NL", "LU")
MAX_WIDEN_KM = 100.0
_NUMBER = re.compile(r"^(\d{1,3})(km)?$")


class PlaceIndex(Protocol):
    """The gazetteer, as understanding needs it (``directory_app.db.gazetteer.Gazetteer``)."""

    def all_names(self) -> list[tuple[str, Place]]: ...


@dataclass(frozen=True, slots=True)
class Part:
    """One recognised part of the typed text, as a structured term.

    :param field: ``kind``, ``service``, ``modality``, ``grade``, ``country``, ``region``,
        ``near`` or ``query`` (a table entry standing for a small query, e.g. Limburg)
    :param value: the code (``incubator``), the place name (``Gent``) or the query text
    :param typed: the words it was recognised from, as typed
    :param node: the structured term it became
    :param km: radius for ``near``
    :param confidence: 0..1; relaxation lifts low-confidence parts first
    """

    field: str
    value: str
    typed: str
    node: Node
    km: float | None = None
    confidence: float = 0.8

    @property
    def label(self) -> str:
        """English chip text (``Kind: Incubator``, ``Near Gent (15 km)``); the GUI translates field and label."""
        if self.field == "near":
            return f"Near {self.value} ({_km(self.km or 0)} km)"
        if self.field == "query":
            return f"{self.typed}: {self.value}"
        code_label = lexicon().labels.get((self.field, self.value), self.value)
        return f"{self.field.capitalize()}: {code_label}"


@dataclass(frozen=True, slots=True)
class Correction:
    """A typed word and the directory word it was taken for (``applied``) or is offered as."""

    typed: str
    corrected: str
    applied: bool


@dataclass(frozen=True)
class Understanding:
    """How a typed query was understood and what ran: the record behind chips and messages.

    :param typed: the query as typed
    :param parts: recognised parts (each a removable chip: ``part.label``, ``part.node``)
    :param corrections: typo corrections (applied: "Showing results for"; else "Did you mean")
    :param words: free-text words left over (they rank results; alone, they filter)
    :param node: the structured query that ran (after any relaxation)
    :param strict: the structured query before relaxation
    :param relaxed: what relaxation changed, in order (empty when the strict query found something)
    """

    typed: str
    parts: tuple[Part, ...] = ()
    corrections: tuple[Correction, ...] = ()
    words: tuple[str, ...] = ()
    node: Node = field(default_factory=MatchAll)
    strict: Node = field(default_factory=MatchAll)
    relaxed: tuple[str, ...] = ()
    explicit: tuple[Node, ...] = ()
    """The typed query's own structured terms (never inferred, never relaxed)."""

    def without(self, part: Part) -> Node:
        """The structured query with one chip removed (to run next; nothing is re-inferred from it)."""
        kept = [p.node for p in self.parts if p != part]
        return all_of(*self.explicit, *kept, *(Text(w, phrase=True) for w in self.words))

    @property
    def explain(self) -> str:
        """The structured query that ran, in the query language."""
        return format_query(self.node)

    def messages(self) -> list[str]:
        """Lines to show with the result (empty when the query ran as typed and found something)."""
        out = []
        applied = [c for c in self.corrections if c.applied]
        if applied:
            fixed = ", ".join(c.corrected for c in applied)
            typed = ", ".join(c.typed for c in applied)
            out.append(f"Showing results for {fixed} (search instead for {typed}).")
        if self.relaxed:
            out.append(
                f"No exact match for {format_query(self.strict)}; showing facilities that match "
                f"{format_query(self.node) or 'anything'} ({'; '.join(self.relaxed)})."
            )
        offered = [c for c in self.corrections if not c.applied]
        if offered:
            out.append("Did you mean " + " or ".join(c.corrected for c in offered) + "?")
        return out


@dataclass(frozen=True)
class Plan:
    """What to run: the strict query, then relaxation steps in order (each with its note)."""

    understanding: Understanding
    node: Node
    boost: Node | None
    steps: tuple[tuple[str, Node, Node | None], ...] = ()


def _km(km: float) -> str:
    return f"{km:g}"


@dataclass
class _Token:
    word: str
    raw: str  # the typed chunk it came from
    capital: bool
    acronym: bool


class Understander:
    """Turns parsed queries into plans, with the directory's vocabulary and places handed in.

    :param places: returns the gazetteer (``None`` when unavailable)
    :param index_terms: returns the full-text index's words with their facility counts
    :param vocabulary: returns a vocabulary's terms (codes and labels) as the database has them
    :param has_hits: whether the index holds a word now (``prefix``: a word starting with it);
        the cached index words may be older than the data, this never is
    :param names_start_with: whether a facility's name is or starts with these words
        (then the typed words also find it: "New Lab" is not only lab space)
    """

    def __init__(
        self,
        places: Callable[[], PlaceIndex | None],
        index_terms: Callable[[], dict[str, int]],
        vocabulary: Callable[[str], Sequence[VocabularyTerm]],
        has_hits: Callable[[str, bool], bool],
        names_start_with: Callable[[str], bool],
        index_version: Callable[[], object],
    ) -> None:
        self._names_start_with = names_start_with
        self._index_version = index_version
        self._choices_version: object = None
        self._places_source = places
        self._index_terms = index_terms
        self._vocabulary = vocabulary
        self._has_hits = has_hits
        self._place_index: dict[str, list[Place]] | None = None
        self._place_words: set[str] = set()
        self._preferred: frozenset[str] = frozenset()
        self._choices: dict[str, int] | None = None

    # Reference data ------------------------------------------------------------------------

    def _places(self) -> dict[str, list[Place]]:
        if self._place_index is None:
            index: dict[str, list[Place]] = {}
            source = self._places_source()
            if source is not None:
                for norm, place in source.all_names():
                    key = " ".join(words(norm))
                    if key:
                        index.setdefault(key, []).append(place)
            for found in index.values():
                found.sort(key=lambda p: (p.country not in BENELUX, -p.population, p.id))
            self._place_index = index
            self._place_words = {w for key in index for w in key.split()}
            self._preferred = frozenset(lexicon().words | self._place_words)
        return self._place_index

    def _known(self, word: str) -> bool:
        lex = lexicon()
        return (
            word in lex.words
            or word in self._place_words
            or (word,) in lex.stop
            or (word,) in lex.cues
            or any(w in lex.words for w in stems(word))
        )

    def _terms(self) -> dict[str, int]:
        """The index's words, read again only when the data changed (``index_version``), not on a timer:
        reading them costs a noticeable moment at 100,000 facilities, which a keystroke must not pay."""
        version = self._index_version()
        if self._choices is None or version != self._choices_version:
            self._choices = dict(self._index_terms())
            self._choices_version = version
        return self._choices

    # Typos ---------------------------------------------------------------------------------

    def correct(self, word: str, *, prefix: bool = False) -> str | None:
        """The directory word ``word`` is a typo of, or ``None`` (numbers, short words, known words)."""
        self._places()
        if len(word) < 4 or word.isdigit() or self._known(word) or self._has_hits(word, prefix):
            return None
        preferred = self._preferred
        lex = lexicon()
        if prefix and any(t.startswith(word) for t in lex.words):
            return None  # still being typed (a place name that only starts so, "lovain" of "lovaina", is no reason)
        for cut in range(3, len(word) - 2):  # two table words written as one: genetherapy
            if word[:cut] in lex.words and word[cut:] in lex.words:
                return f"{word[:cut]} {word[cut:]}"
        terms = self._terms()
        budget = 1 if len(word) <= 8 else 2
        choices = preferred | {t for t, n in terms.items() if not t.isdigit() and abs(len(t) - len(word)) <= budget}
        best_rank: tuple[int, int, int, str] | None = None
        for candidate, distance, _ in process.extract(
            word, list(choices), scorer=OSA.distance, score_cutoff=budget, limit=20
        ):
            if len(candidate) < 4:
                continue
            if candidate[0] != word[0]:
                distance += 1
            if len(word) == 4 and (distance > 1 or sorted(candidate) != sorted(word)):
                continue  # four letters: only two swapped letters (gnet -> gent)
            if distance > budget:
                continue
            rank = (int(distance), 0 if candidate in preferred else 1, -terms.get(candidate, 0), candidate)
            if best_rank is None or rank < best_rank:
                best_rank = rank
        return best_rank[3] if best_rank else None

    # Explicit terms --------------------------------------------------------------------------

    def check_terms(self, node: Node, typed: str = "") -> Node:
        """Explicit ``field:value`` terms with values in any language made canonical; unknown ones refused.

        ``kind:incubateur`` -> ``kind:incubator``, ``country:België`` -> ``country:BE``.

        :param typed: the query as typed (to point at the bad value)
        :raises QueryError: a value that names nothing in its vocabulary (with the valid values)
        """
        if isinstance(node, Term) and node.field in VOCABULARY_FIELDS and node.op == ":":
            return self._check_term(node, typed)
        if isinstance(node, Not):
            return Not(self.check_terms(node.node, typed))
        if isinstance(node, And):
            return And(tuple(self.check_terms(n, typed) for n in node.nodes))
        if isinstance(node, Or):
            return Or(tuple(self.check_terms(n, typed) for n in node.nodes))
        return node

    def _check_term(self, node: Term, typed: str) -> Term:
        terms = list(self._vocabulary(VOCABULARY_FIELDS[node.field]))
        value = fold_words(node.value)
        if not terms or not value:
            return node
        for term in terms:
            if value in (fold_words(term.code), fold_words(term.label)):
                return node
        if len(value) >= 3 and any(fold_words(t.label).startswith(value) for t in terms):
            return node
        if node.field in RECOGNISED_VOCABULARIES:
            code = lexicon().canonical(node.field, node.value)
            if code is not None:
                return Term(node.field, code, node.op)
        names = {t.code: t for t in terms}
        guess = process.extractOne(
            value, {c: f"{fold_words(t.code)} {fold_words(t.label)}" for c, t in names.items()}, scorer=_partial
        )
        hint = f" Did you mean {guess[2]}?" if guess and guess[1] >= 70 else ""
        valid = ", ".join(names)
        position = max(0, typed.casefold().find(node.value.casefold()))
        raise QueryError(
            f"Unknown {node.field} '{node.value}'.{hint} Valid values: {valid}.",
            position=position,
            token=node.value,
        )

    # Free text -------------------------------------------------------------------------------

    def plan(self, node: Node, typed: str = "") -> Plan:
        """The structured query for a parsed one: free text recognised, typos corrected, relaxation steps.

        :param node: the parsed query (explicit terms already checked)
        :param typed: the text as typed (for the record)
        """
        items = list(node.nodes) if isinstance(node, And) else [node]
        free = [n for n in items if isinstance(n, Text) and not n.phrase]
        if not free:
            return Plan(Understanding(typed, node=node, strict=node), node, None)
        explicit = [n for n in items if not (isinstance(n, Text) and not n.phrase)]
        tokens = self._tokens(free)
        corrections: list[Correction] = []
        for i, token in enumerate(list(tokens)):
            fixed = self.correct(token.word, prefix=i == len(tokens) - 1)
            if fixed is None:
                continue
            corrections.append(Correction(token.word, fixed, True))
            if " " in fixed:  # two words written as one (genetherapy -> gene therapy)
                first, second = fixed.split(" ", 1)
                token.word = first
                tokens.insert(tokens.index(token) + 1, _Token(second, token.raw, token.capital, token.acronym))
            else:
                token.word = fixed
        parts, left = self._recognise(tokens, explicit)
        parts = _combine(parts)
        recognised = [p.node for p in parts]
        leftover = [t.word for t in left]
        text_nodes = _text_nodes(leftover)
        if parts:
            strict = all_of(*explicit, *recognised)
            # facility names hold places and kinds ("Bio-Incubator Leuven"): the whole phrase ranks first
            whole = [Text(" ".join(t.word for t in tokens), phrase=True)] if len(free) > 1 else []
            boost = any_of(*text_nodes, *whole) if text_nodes or whole else None
            if whole and self._names_start_with(whole[0].value):
                strict = all_of(*explicit, any_of(all_of(*recognised), whole[0]))
        else:
            strict = all_of(*explicit, *text_nodes)
            boost = None
        steps: list[tuple[str, Node, Node | None]] = []
        if not parts and len(text_nodes) > 1:
            steps.append(("any of the words", all_of(*explicit, any_of(*text_nodes)), None))
        # the recognised words also as written, before any radius grows: "accelerator ghent" finds the
        # Bio-Accelerator building in Ghent (an incubator) rather than accelerators 80 km away
        as_written = [_as_written(p) for p in parts]
        if as_written != parts:
            steps.append(
                (
                    "the words as written: "
                    + ", ".join(p.typed for p, q in zip(parts, as_written, strict=True) if p != q),
                    all_of(*explicit, *(p.node for p in as_written)),
                    boost,
                )
            )
        current = list(parts)
        for factor in (2, 4):
            widened = [_widen(p, factor) for p in current]
            if widened != current:
                steps.append(
                    (
                        "a wider radius: " + ", ".join(p.label for p in widened if p.field == "near"),
                        all_of(*explicit, *(p.node for p in widened)),
                        boost,
                    )
                )
        current = [_widen(p, 4) for p in parts]  # the later steps keep the widest radius
        broader = [_broaden(p) for p in current]
        if broader != current:
            steps.append(
                (
                    "broader terms: " + ", ".join(p.label for p, q in zip(current, broader, strict=True) if p != q),
                    all_of(*explicit, *(p.node for p in broader)),
                    boost,
                )
            )
        order = sorted(range(len(parts)), key=lambda i: (parts[i].confidence, -i))
        remaining = list(broader)
        for i in order:
            dropped = broader[i]
            remaining = [p for p in remaining if p is not dropped]
            if not remaining and not explicit:
                break
            steps.append((f"without {dropped.label}", all_of(*explicit, *(p.node for p in remaining)), boost))
        understanding = Understanding(
            typed,
            tuple(parts),
            tuple(corrections),
            tuple(leftover),
            node=strict,
            strict=strict,
            explicit=tuple(explicit),
        )
        return Plan(understanding, strict, boost, tuple(steps))

    def suggestions(self, understanding: Understanding) -> Understanding:
        """``Did you mean`` for leftover words the directory has, but that look like a word of the tables
        (``calls`` -> ``cells``); never for another form of the same word (``trial`` / ``trials``)."""
        offered = []
        applied = {c.corrected for c in understanding.corrections}
        table = lexicon().words
        proper = {w for raw in understanding.typed.split() if raw[:1].isupper() for w in words(raw)}
        for word in understanding.words:
            if word in applied or word in table or word in proper or len(word) < 5:
                continue  # a capitalised word is a name (Pivot Park), not a misspelt "pilot"
            found = process.extractOne(word, list(table), scorer=OSA.distance, score_cutoff=1 if len(word) < 9 else 2)
            if found and found[0][0] == word[0] and not set(stems(found[0])) & set(stems(word)):
                offered.append(Correction(word, found[0], False))
        if not offered:
            return understanding
        return replace(understanding, corrections=understanding.corrections + tuple(offered))

    def _tokens(self, free: Iterable[Text]) -> list[_Token]:
        out = []
        for node in free:
            raw = node.value
            for word in words(raw):
                out.append(_Token(word, raw, raw[:1].isupper(), raw.isupper() and len(raw) <= 5))
        return out

    def _recognise(self, tokens: list[_Token], explicit: list[Node]) -> tuple[list[Part], list[_Token]]:
        lex = lexicon()
        places = self._places()
        countries = {n.value.upper() for n in explicit if isinstance(n, Term) and n.field == "country"}
        parts: list[Part] = []
        left: list[_Token] = []
        cue: str | None = None
        radius: float | None = None
        i = 0
        while i < len(tokens):
            matched = False
            for width in range(min(MAX_PHRASE_WORDS, len(tokens) - i), 0, -1):
                span = tokens[i : i + width]
                key = tuple(t.word for t in span)
                typed = " ".join(dict.fromkeys(t.raw for t in span))
                if key in lex.cues:
                    cue = lex.cues[key]
                    i += width
                    matched = True
                    break
                if cue == "within" and width == 1:
                    number = _NUMBER.match(key[0])
                    if number:
                        radius = float(number.group(1))
                        i += 1
                        matched = True
                        break
                joined = " ".join(key)
                candidates = places.get(joined, []) if joined not in lex.ordinary or cue else []
                place = self._choose_place(candidates, span, cue, countries)
                entries = _lookup_joined(lex, key)
                if place is not None:
                    # near Luxembourg / bij Brussel: the city; Utrecht, Groningen: the city, not the province
                    entries = [
                        e
                        for e in entries
                        if not (e.field in ("country", "region") and cue == "near")
                        and not (e.source == "vocabulary" and place.population >= TOWN_POPULATION)
                    ]
                if entries:
                    entry = _best(entries)
                    parts.append(_part(entry, typed, cue))
                    if entry.field == "country":
                        countries.add(entry.value)
                elif place is not None:
                    km = NEAR_CUE_KM if cue == "near" else CITY_KM if place.population >= TOWN_POPULATION else TOWN_KM
                    confidence = 0.9 if cue else 0.7
                    near: Node = Near(place.name, km)
                    if not cue and len(tokens) == width:
                        # a name alone may also be a facility's word (Louvain in Louvain-la-Neuve)
                        near = any_of(near, Text(" ".join(key), phrase=True))
                    parts.append(Part("near", place.name, typed, near, km, confidence))
                    countries.add(place.country)
                else:
                    continue
                cue = None
                i += width
                matched = True
                break
            if matched:
                continue
            token = tokens[i]
            if token.word == "km" and radius is not None:
                pass
            elif (token.word,) not in lex.stop:
                left.append(token)
            i += 1
        if radius is not None:
            parts = [_widen(p, 0, radius) for p in parts]
        return parts, left

    def _choose_place(
        self, candidates: list[Place], span: list[_Token], cue: str | None, countries: set[str]
    ) -> Place | None:
        if not candidates:
            return None
        if any(t.acronym and len(t.word) <= 3 for t in span) and not cue:
            return None  # TIL, AAV: acronyms, not places (GENT or LIEGE in capitals are places)
        preferred = [p for p in candidates if p.country in countries] or candidates
        place = preferred[0]
        if place.country not in BENELUX and not cue:
            return None
        if cue or len(span) > 1:
            return place
        if len(span[0].word) <= 3:
            return None  # Oss, Mol, As: only with a cue (alone, the full-text index finds their city)
        # without a cue, the same for "Gent" and "gent": larger places only (smaller ones match as text)
        return place if place.population >= BARE_PLACE_POPULATION else None


def _lookup_joined(lex: Lexicon, key: tuple[str, ...]) -> list[Entry]:
    """Entries of a phrase as typed, else with neighbouring words joined (``cel therapie`` = ``celtherapie``).

    Dutch writes compounds as one word and people split them (Meilisearch joins up to 3 words).
    """
    found = lex.lookup(key)
    if found or len(key) < 2:
        return found
    for mask in range(1, 2 ** (len(key) - 1)):
        joined: list[str] = [key[0]]
        for i, word in enumerate(key[1:]):
            if mask >> i & 1:
                joined[-1] += word
            else:
                joined.append(word)
        found = lex.lookup(tuple(joined))
        if found:
            return found
    return []


def _partial(a: str, b: str, **_: object) -> float:
    from rapidfuzz import fuzz

    return max(fuzz.ratio(a, w) for w in [*b.split(), b])


def _best(entries: list[Entry]) -> Entry:
    """The table's own entries first (its synonyms are curated), then vocabulary labels."""
    return sorted(entries, key=lambda e: e.source != "table")[0]


def _part(entry: Entry, typed: str, cue: str | None) -> Part:
    if entry.field == "query":
        return Part("query", format_query(entry.node), typed, entry.node, confidence=0.75)
    return Part(entry.field, entry.value, typed, entry.node, confidence=0.8)


def _combine(parts: list[Part]) -> list[Part]:
    """One part per scalar field (two kinds mean either); the same term twice counts once; a part
    that another implies goes (``grade B`` makes ``cleanroom`` = any grade or cleanroom space redundant)."""
    parts = [
        p for p in parts if not (isinstance(p.node, Or) and any(q is not p and q.node in p.node.nodes for q in parts))
    ]
    out: list[Part] = []
    for part in parts:
        if any(p.node == part.node for p in out):
            continue
        same = [p for p in out if p.field == part.field and part.field in ("kind", "country", "region", "near")]
        if same:
            first = same[0]
            merged = Part(
                first.field,
                f"{first.value} or {part.value}",
                f"{first.typed} {part.typed}",
                any_of(first.node, part.node),
                first.km,
                min(first.confidence, part.confidence),
            )
            out[out.index(first)] = merged
            continue
        out.append(part)
    return out


WRITTEN_FIELDS = frozenset({"kind", "service", "modality"})
"""Recognised parts whose typed word may also be a word of a facility's name (Bio-Accelerator)."""


def _as_written(part: Part) -> Part:
    """The part OR its typed words as a phrase, for kinds, services and modalities."""
    if part.field not in WRITTEN_FIELDS or not part.typed.strip():
        return part
    return replace(part, node=any_of(part.node, Text(part.typed, phrase=True)))


def _broaden(part: Part) -> Part:
    """The part OR its broader terms (``lentiviral`` -> any viral vector), when the lexicon has them."""
    wider = lexicon().broader.get(f"{part.field}:{part.value}")
    if wider is None:
        return part
    return replace(part, node=any_of(part.node, wider), confidence=part.confidence - 0.1)


def _widen(part: Part, factor: float, km: float | None = None) -> Part:
    """The part with a radius ``factor`` times larger (at most :data:`MAX_WIDEN_KM`) or set to ``km``."""
    if part.field != "near":
        return part
    new = km if km is not None else min(MAX_WIDEN_KM, (part.km or CITY_KM) * factor)
    if new == part.km:
        return part
    return replace(part, node=_with_radius(part.node, new), km=new)


def _with_radius(node: Node, km: float) -> Node:
    if isinstance(node, Near):
        return Near(node.place, km)
    if isinstance(node, Or):
        return Or(tuple(_with_radius(n, km) for n in node.nodes))
    return node


def _text_nodes(leftover: list[str]) -> list[Node]:
    """Free-text words: a finished word matches itself and its stems; only the last one is a prefix."""
    out: list[Node] = []
    for i, word in enumerate(leftover):
        last = i == len(leftover) - 1
        forms: list[Node] = [Text(word, phrase=not last)]
        for stem in dict.fromkeys(stems(word)):
            if stem != word and len(stem) >= 4:
                forms.append(Text(stem))
        out.append(any_of(*forms))
    return out
