"""Click a facet value to include it, again to exclude it, again to clear: edits of the query tree.

The facet panel never builds SQL or strings: it asks for the state of a value in the current
query and for the query with that value toggled; the search box then shows ``format_query``
of the result, so what the user sees is what runs (calibre's tag browser, Anki's search nodes).

Included values of a single-valued facet (kind, country, region, status, confidence) are ORed
(``kind:incubator or kind:accelerator``); of a multi-valued facet (service, modality, grade)
they are ANDed (a site with lab space *and* office space).
"""

from __future__ import annotations

from typing import Literal

from directory_app.domain.query import And, MatchAll, Node, Not, Or, Term, all_of, any_of

State = Literal["include", "exclude", "none"]
SINGLE_VALUED = frozenset({"kind", "country", "region", "status", "confidence", "precision", "access"})


def _conjuncts(node: Node) -> list[Node]:
    if isinstance(node, MatchAll):
        return []
    return list(node.nodes) if isinstance(node, And) else [node]


def _same(term: Node, field: str, code: str) -> bool:
    return (
        isinstance(term, Term) and term.field == field and term.op == ":" and term.value.casefold() == code.casefold()
    )


def _field_or(node: Node, field: str) -> bool:
    """An OR made only of ``field:`` terms (or a single such term)."""
    if isinstance(node, Term):
        return node.field == field and node.op == ":"
    return isinstance(node, Or) and all(isinstance(n, Term) and n.field == field and n.op == ":" for n in node.nodes)


def facet_state(node: Node, field: str, code: str) -> State:
    """Whether the value is included, excluded or neither in the query's top-level conditions.

    :param node: the current query
    :param field: facet field (``kind``, ``service``...)
    :param code: vocabulary code
    """
    for part in _conjuncts(node):
        if _same(part, field, code):
            return "include"
        if isinstance(part, Or) and _field_or(part, field) and any(_same(n, field, code) for n in part.nodes):
            return "include"
        if isinstance(part, Not) and _same(part.node, field, code):
            return "exclude"
    return "none"


def toggle_facet(node: Node, field: str, code: str) -> Node:
    """The query with the value moved to its next state: none -> include -> exclude -> none.

    :param node: the current query
    :param field: facet field
    :param code: vocabulary code
    """
    state = facet_state(node, field, code)
    parts = _conjuncts(node)
    term = Term(field, code)
    if state == "none":
        if field in SINGLE_VALUED:
            for i, part in enumerate(parts):
                if _field_or(part, field):
                    parts[i] = any_of(part, term)
                    return all_of(*parts)
        return all_of(*parts, term)
    if state == "include":
        out: list[Node] = []
        for part in parts:
            if _same(part, field, code):
                continue
            if isinstance(part, Or) and _field_or(part, field):
                rest = [n for n in part.nodes if not _same(n, field, code)]
                out.append(any_of(*rest))
                continue
            out.append(part)
        return all_of(*out, Not(term))
    return all_of(*(p for p in parts if not (isinstance(p, Not) and _same(p.node, field, code))))
