"""Which state 'it' stands for in a stance: the state that reports the clause ('Russia said
it would veto X'), else the state named last before it in its sentence."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind
from ingest.syntax import SUBJECTS, subjects

STATES = {ActorKind.country, ActorKind.organisation}


def reporting_state(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """'Russia said it would veto X': 'it', subject of the reported clause, is the reporter."""
    clause = token.head
    if token.dep_ not in SUBJECTS or clause.dep_ != "ccomp":
        return []
    return [m for m in subjects(clause.head, mentions) if m.kind in STATES][-1:]  # the nearest


def previous_state(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """'X remains a friend of Norway and will help it': the state named last before
    the pronoun in its sentence, other than a subject."""
    reporter = reporting_state(token, mentions)
    if reporter:
        return reporter
    before = [m for m in mentions.in_span(token.sent) if m.root < token.i
              and m.kind in STATES and token.doc[m.root].dep_ not in SUBJECTS]
    return before[-1:]
