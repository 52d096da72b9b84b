"""Parse search text into a query tree (:mod:`directory_app.domain.query`).

Grammar (implicit AND between neighbours; keywords are case-insensitive)::

    query      ::= or_expr
    or_expr    ::= and_expr ( "or" and_expr )*
    and_expr   ::= not_expr ( ["and"] not_expr )*
    not_expr   ::= ( "not" | "-" ) not_expr | atom
    atom       ::= "(" or_expr ")" | field ":" [op] value | word | "quoted phrase"
    op         ::= "<=" | ">=" | "<" | ">" | "="
    value      ::= word | "quoted text"   (a doubled "" inside quotes is one ")

Examples: ``CAR-T gent``, ``kind:incubator country:BE``, ``grade:B or grade:A``,
``area:>=1000 not status:planned``, ``stale:12`` (not verified for over a year),
``near:Leuven within:30km``, ``"cell therapy" -kind:accelerator``.

``within:`` sets the radius of the ``near:`` in the same AND group (default 25 km). The parser
is forgiving while the user types: an unclosed quote ends at the end of the text. It raises
:class:`~directory_app.domain.errors.QueryError` for what it cannot understand, with the
position of the problem; it never raises anything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from directory_app.domain.errors import QueryError
from directory_app.domain.query import (
    COMPARISONS,
    DATE_FIELDS,
    FIELDS,
    MAX_STALE_MONTHS,
    NUMERIC_FIELDS,
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
    format_box,
    parse_box,
    plain_number,
    walk,
)

MAX_QUERY_LENGTH = 2000
MAX_DEPTH = 50
MAX_TERMS = 100

_WORD_END = re.compile(r"[\s()\"]")
_WORD_CHAR = re.compile(r"\w")
_YEAR = re.compile(r"^(\d{1,4})$")
_AREA = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:m2|m²|sqm)?$", re.IGNORECASE)
_KM = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:km)?$", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Token:
    """One lexical token: ``kind`` is word, phrase, field, lparen, rparen, minus, and, or, not."""

    kind: str
    value: str
    position: int
    field: str = ""
    op: str = ":"


def tokenize(text: str) -> list[Token]:
    """Split search text into tokens.

    :param text: the search text
    """
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(Token("lparen" if ch == "(" else "rparen", ch, i))
            i += 1
        elif ch == '"':
            value, i = _read_quoted(text, i)
            tokens.append(Token("phrase", value, i))
        elif ch == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "-":
            tokens.append(Token("minus", "-", i))
            i += 1
        else:
            start = i
            match = _WORD_END.search(text, i)
            end = match.start() if match else n
            word = text[start:end]
            i = end
            field, sep, rest = word.partition(":")
            if sep and field and field.lower() in FIELDS:
                op = ":"
                for candidate in COMPARISONS:
                    if rest.startswith(candidate):
                        op, rest = candidate, rest[len(candidate) :]
                        break
                if not rest and i < n and text[i] == '"':
                    rest, i = _read_quoted(text, i)
                tokens.append(Token("field", rest, start, field=field.lower(), op=op))
            elif sep and field and not field.startswith(("http", "www")) and rest:
                raise QueryError(
                    f"Unknown field '{field}'. Fields: {', '.join(sorted(set(FIELDS) - {'organisation'}))}.",
                    position=start,
                    token=field,
                )
            elif word.lower() in ("and", "or", "not"):
                tokens.append(Token(word.lower(), word, start))
            else:
                tokens.append(Token("word", word, start))
    return tokens


def _read_quoted(text: str, start: int) -> tuple[str, int]:
    """Read a double-quoted string starting at ``start``; "" is an escaped quote; forgiving at the end."""
    out: list[str] = []
    i = start + 1
    while i < len(text):
        if text[i] == '"':
            if i + 1 < len(text) and text[i + 1] == '"':
                out.append('"')
                i += 2
                continue
            return "".join(out), i + 1
        out.append(text[i])
        i += 1
    return "".join(out), i


class _Parser:
    def __init__(self, tokens: list[Token], length: int) -> None:
        self.tokens = tokens
        self.pos = 0
        self.length = length
        self.depth = 0

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def where(self) -> int:
        token = self.peek()
        return token.position if token else self.length

    def or_expr(self) -> Node:
        nodes = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            if self.peek() is None or self.peek().kind in ("or", "rparen"):  # type: ignore[union-attr]
                raise QueryError("'or' needs something on both sides.", position=token.position, token="or")
            nodes.append(self.and_expr())
        return any_of(*nodes)

    def and_expr(self) -> Node:
        nodes: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in ("or", "rparen"):
            if token.kind == "and":
                self.take()
                if not nodes or self.peek() is None or self.peek().kind in ("or", "rparen", "and"):  # type: ignore[union-attr]
                    raise QueryError("'and' needs something on both sides.", position=token.position, token="and")
                continue
            nodes.append(self.not_expr())
        if not nodes:
            token = self.peek()
            raise QueryError(
                f"Expected a search term before '{token.value}'." if token else "Expected a search term.",
                position=self.where(),
                token=token.value if token else "",
            )
        return _attach_within(nodes)

    def not_expr(self) -> Node:
        token = self.peek()
        if token is not None and token.kind in ("not", "minus"):
            self.take()
            if self.peek() is None or self.peek().kind in ("or", "and", "rparen"):  # type: ignore[union-attr]
                raise QueryError(
                    f"'{token.value}' needs something to exclude.", position=token.position, token=token.value
                )
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QueryError("The query is nested too deeply.", position=token.position)
            inner = self.not_expr()
            self.depth -= 1
            if isinstance(inner, MatchAll):
                return MatchAll()  # "not" of nothing adds no condition
            return inner.node if isinstance(inner, Not) else Not(inner)
        return self.atom()

    def atom(self) -> Node:
        token = self.take()
        if token.kind == "lparen":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QueryError("The query is nested too deeply.", position=token.position)
            if self.peek() is None:
                raise QueryError("Missing ')'.", position=self.length)
            if self.peek().kind == "rparen":  # type: ignore[union-attr]
                raise QueryError("Empty parentheses.", position=token.position, token="()")
            node = self.or_expr()
            closing = self.peek()
            if closing is None or closing.kind != "rparen":
                raise QueryError("Missing ')'.", position=self.where())
            self.take()
            self.depth -= 1
            return node
        if token.kind == "phrase":
            value = " ".join(token.value.split())
            return Text(value, phrase=True) if _WORD_CHAR.search(value) else MatchAll()
        if token.kind == "field":
            return _field_node(token)
        if token.kind == "word":
            # punctuation alone ("&", "!") matches nothing in the index: it adds no condition
            return Text(token.value) if _WORD_CHAR.search(token.value) else MatchAll()
        raise QueryError(f"Unexpected '{token.value}'.", position=token.position, token=token.value)


def _field_node(token: Token) -> Node:
    field, value, op = token.field, token.value.strip(), token.op
    if field == "organisation":
        field = "org"
    if not value:
        raise QueryError(f"'{field}:' needs a value.", position=token.position, token=field)
    if field == "near":
        if op != ":":
            raise QueryError("'near:' takes a place, not a comparison.", position=token.position, token=field)
        return Near(value)
    if field == "within":
        match = _KM.match(value)
        if not match or op != ":":
            raise QueryError("'within:' takes a distance such as 30km.", position=token.position, token=value)
        km = float(match.group(1).replace(",", "."))
        if not 0 < km <= 2000:
            raise QueryError("'within:' must be between 0 and 2000 km.", position=token.position, token=value)
        return Term("within", plain_number(km))
    if field == "box":
        box = parse_box(value)
        if box is None or op != ":":
            raise QueryError(
                "'box:' takes south,west,north,east in degrees, e.g. box:50.6,4.2,51.0,4.9.",
                position=token.position,
                token=value,
            )
        return Term("box", format_box(*box))
    if field == "stale":
        if op != ":" or not value.isdigit() or not 1 <= int(value) <= MAX_STALE_MONTHS:
            raise QueryError(
                f"'stale:' takes a number of months from 1 to {MAX_STALE_MONTHS}, e.g. stale:12.",
                position=token.position,
                token=value,
            )
        return Term("stale", str(int(value)))
    if field in NUMERIC_FIELDS:
        match = (_AREA if field == "area" else _YEAR).match(value)
        if not match:
            raise QueryError(f"'{field}:' takes a number, e.g. {field}:>=1000.", position=token.position, token=value)
        number = match.group(1).replace(",", ".")
        return Term(field, plain_number(float(number)), "=" if op == ":" else op)
    if field in DATE_FIELDS:
        if not _DATE.match(value) or not _valid_date(value):
            raise QueryError(
                f"'{field}:' takes a date: 2025, 2025-06 or 2025-06-30.", position=token.position, token=value
            )
        return Term(field, value, "=" if op == ":" else op)
    if op not in (":", "="):
        raise QueryError(f"'{field}:' cannot be compared with {op}.", position=token.position, token=op)
    if not _WORD_CHAR.search(value):
        raise QueryError(f"'{field}:' needs a value with letters or digits.", position=token.position, token=value)
    return Term(field, value, op)


def _valid_date(value: str) -> bool:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return 1 <= parts[0] <= 9998  # the next period must still be a date


def _attach_within(nodes: list[Node]) -> Node:
    """Give ``within:`` radii to the ``near:`` places of the same AND group."""
    radii = [n for n in nodes if isinstance(n, Term) and n.field == "within"]
    rest = [n for n in nodes if not (isinstance(n, Term) and n.field == "within")]
    if radii:
        nears = [
            i for i, n in enumerate(rest) if isinstance(n, Near) or (isinstance(n, Not) and isinstance(n.node, Near))
        ]
        if not nears:
            raise QueryError("'within:' needs a 'near:' place in the same group.", token="within")
        km = float(radii[-1].value)
        for i in nears:
            node = rest[i]
            if isinstance(node, Not):
                assert isinstance(node.node, Near)
                rest[i] = Not(Near(node.node.place, km))
            else:
                assert isinstance(node, Near)
                rest[i] = Near(node.place, km)
    return all_of(*rest) if rest else MatchAll()


def parse(text: str) -> Node:
    """Parse search text into a query tree (``MatchAll`` for blank text).

    :param text: what the user typed
    :raises QueryError: with a message and the position of the problem
    """
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(f"The query is too long (more than {MAX_QUERY_LENGTH} characters).", position=MAX_QUERY_LENGTH)
    text = _CONTROL.sub(" ", text)
    tokens = tokenize(text)
    if not tokens:
        return MatchAll()
    parser = _Parser(tokens, len(text))
    node = parser.or_expr()
    token = parser.peek()
    if token is not None:
        raise QueryError(f"Unexpected '{token.value}'.", position=token.position, token=token.value)
    if sum(1 for n in walk(node) if not isinstance(n, (And, Or, Not))) > MAX_TERMS:
        raise QueryError(f"The query has too many terms (more than {MAX_TERMS}).")
    return node


__all__ = ["Token", "parse", "tokenize"]
