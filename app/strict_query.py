"""Unknown query parameters are refused with 422: a misspelt filter (`limt=1`) would
otherwise be ignored and the answer would look like the answer to the intended question."""

from __future__ import annotations

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute


def query_names(dependant: Dependant) -> set[str]:
    """The names a client sends (aliases: `from`, `to`, `with`), sub-dependencies included."""
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= query_names(sub)
    return names


_declared: dict[int, frozenset[str]] = {}  # by id(route): routes live as long as the app


def declared_query_names(route: APIRoute) -> frozenset[str]:
    if id(route) not in _declared:
        _declared[id(route)] = frozenset(query_names(route.dependant))
    return _declared[id(route)]


def unknown_parameter_error(name: str, known: frozenset[str]) -> dict:
    takes = ", ".join(sorted(known)) or "none"
    return {"loc": ("query", name), "type": "extra_forbidden",
            "msg": f"unknown query parameter (this endpoint takes: {takes})"}


async def reject_unknown_query(request: Request) -> None:
    """An app-wide dependency: 422 naming each query parameter the route does not declare."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not route.include_in_schema:
        return  # the docs pages and anything outside the API's contract
    known = declared_query_names(route)
    unknown = sorted(set(request.query_params.keys()) - known)
    if unknown:
        raise RequestValidationError([unknown_parameter_error(name, known) for name in unknown])
