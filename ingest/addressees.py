"""Who a 'you' is: the person a vocative at the head of the sentence names ('Minister Dacic,
you met ...'), or, in an interviewer's question ('Q: ...'), the person interviewed
(ingest/pronouns.py keeps the interviewee)."""

from __future__ import annotations

from spacy.tokens import Span

from ingest.mention_words import mention_words
from ingest.models import ActorKind
from ingest.types import Mention

ADDRESSED = {"you"}
QUESTION_LABELS = mention_words().question_labels
VOCATIVE_TOKENS = 6  # 'Deputy Prime Minister Dacic,'


def vocative(sent: Span, named: list[Mention]) -> Mention | None:
    """'Minister Dacic, you met X last week': the person named before the sentence's first
    comma, when 'you' comes right after it."""
    comma = next((t for t in sent[:VOCATIVE_TOKENS] if t.text == ","), None)
    if comma is None or comma.i + 1 >= sent.end or comma.nbor(1).lower_ not in ADDRESSED:
        return None
    return next((m for m in named if m.kind == ActorKind.person
                 and sent.start <= m.root < comma.i), None)
