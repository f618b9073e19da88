"""Page positions as signed cursors (app/cursors.py): by date and id for meetings, by
offset for the other lists; a cursor is only good for the list that issued it."""

from __future__ import annotations

from app.cursors import (
    ForgedCursor,
    cursor_key,
    decode_cursor,
    decode_offset,
    encode_cursor,
    encode_offset,
)
from srk.settings import Settings


class BadRequest(ValueError):
    """A parameter the graph cannot answer (unknown topic, bad cursor, ...)."""


class Paging:
    settings: Settings

    def cursor_key(self) -> bytes:
        return cursor_key(self.settings.cursor_secret.get_secret_value())

    def cursor_after(self, sort_key: str, meeting_id: str) -> str:
        return encode_cursor(self.cursor_key(), sort_key, meeting_id)

    def offset_of(self, scope: str, cursor: str | None) -> int:
        """Where a page of a list not keyed by date starts: 0, or a cursor we issued."""
        if not cursor:
            return 0
        try:
            return decode_offset(self.cursor_key(), cursor, scope)
        except ForgedCursor as exc:
            raise BadRequest(str(exc)) from exc

    def offset_after(self, scope: str, skip: int, limit: int, total: int) -> str | None:
        more = skip + limit < total
        return encode_offset(self.cursor_key(), scope, skip + limit) if more else None

    def cursor_position(self, cursor: str | None) -> tuple[str | None, str | None]:
        if not cursor:
            return None, None
        try:
            return decode_cursor(self.cursor_key(), cursor)
        except ForgedCursor as exc:
            raise BadRequest(str(exc)) from exc
