"""One error shape for every 4xx and 5xx answer: RFC 9457 problem details
(application/problem+json), short, never echoing the input or naming a server."""

from __future__ import annotations

from http import HTTPStatus

from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

PROBLEM_MEDIA_TYPE = "application/problem+json"
MAX_MESSAGE_CHARS = 200
MAX_ERRORS = 20


class FieldError(BaseModel):
    loc: list[str | int] = Field(description="where: body/query/path and the field's path")
    msg: str = Field(description="what is wrong (the offending input is never echoed)")
    type: str = Field(description="pydantic error type, e.g. missing, date_from_datetime_parsing")


class Problem(BaseModel):
    type: str = Field("about:blank", description="a URI naming the problem type")
    title: str = Field(description="the HTTP status phrase")
    status: int = Field(description="the HTTP status code")
    detail: str = Field(description="what went wrong, in one sentence")
    errors: list[FieldError] | None = Field(None, description="422 only: each invalid field")


def short(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def problem(status: int, detail: str, headers: dict[str, str] | None = None,
            errors: list[FieldError] | None = None) -> JSONResponse:
    body = Problem(title=HTTPStatus(status).phrase, status=status, detail=short(detail),
                   errors=errors)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status,
                        headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def field_errors(raw_errors: list[dict]) -> list[FieldError]:
    """pydantic's errors without `input` and `ctx` (they can hold the whole request); the
    deepest first (of a body that is an object or a list, the list item's own error)."""
    raw_errors = sorted(raw_errors, key=lambda error: -len(error.get("loc", ())))
    return [FieldError(loc=[part if isinstance(part, int) else short(str(part), 60)
                            for part in error.get("loc", ())],
                       msg=short(str(error.get("msg", ""))), type=str(error.get("type", "")))
            for error in raw_errors[:MAX_ERRORS]]


def validation_detail(errors: list[FieldError]) -> str:
    first = errors[0] if errors else None
    if first is None:
        return "the request is not valid"
    where = ".".join(str(part) for part in first.loc)
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.msg}{more}"
