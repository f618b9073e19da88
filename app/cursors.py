"""Page cursors signed with HMAC-SHA256: a cursor the API did not issue is refused.

The key is SRK_CURSOR_SECRET; unset, a random key made once per process (cursors then stop
working after a restart, or across several API processes: set the secret for those)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from datetime import date
from functools import lru_cache

SIGNATURE_BYTES = 16


class ForgedCursor(ValueError):
    """Not a cursor this API (with this key) issued."""


@lru_cache
def process_key() -> bytes:
    return secrets.token_bytes(32)


def cursor_key(secret: str) -> bytes:
    return secret.encode() if secret else process_key()


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def signature(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()[:SIGNATURE_BYTES]


def encode_cursor(key: bytes, sort_key: str, meeting_id: str) -> str:
    payload = f"{sort_key}|{meeting_id}".encode()
    return f"{b64(payload)}.{b64(signature(key, payload))}"


def decode_cursor(key: bytes, cursor: str) -> tuple[str, str]:
    """(sort key, meeting id) of a cursor we signed; ForgedCursor for anything else."""
    try:
        payload_text, signature_text = cursor.split(".")
        payload, given = unb64(payload_text), unb64(signature_text)
        if not hmac.compare_digest(given, signature(key, payload)):
            raise ForgedCursor("cursor is not one this API returned")
        sort_key, meeting_id = payload.decode().split("|", 1)
        date.fromisoformat(sort_key)
    except (ValueError, binascii.Error) as exc:  # ForgedCursor and UnicodeError are ValueErrors
        raise ForgedCursor("cursor is not one this API returned") from exc
    return sort_key, meeting_id


def encode_offset(key: bytes, scope: str, offset: int) -> str:
    """A signed position in a list that is not keyed by date (stances, pairs, articles...):
    the scope names the list, so one list's cursor is refused by another."""
    payload = f"{scope}#{offset}".encode()
    return f"{b64(payload)}.{b64(signature(key, payload))}"


def decode_offset(key: bytes, cursor: str, scope: str) -> int:
    """The offset of a cursor we signed for `scope`; ForgedCursor for anything else."""
    try:
        payload_text, signature_text = cursor.split(".")
        payload, given = unb64(payload_text), unb64(signature_text)
        if not hmac.compare_digest(given, signature(key, payload)):
            raise ForgedCursor("cursor is not one this API returned")
        given_scope, offset = payload.decode().split("#", 1)
        if given_scope != scope or not offset.isdigit():
            raise ForgedCursor("cursor is not one this API returned for this list")
    except (ValueError, binascii.Error) as exc:
        raise ForgedCursor("cursor is not one this API returned") from exc
    return int(offset)
