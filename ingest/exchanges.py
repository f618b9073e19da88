"""A reported exchange: 'The President stressed ... In turn, Mr X noted ...' is a
conversation between the principal and X even when no word names the meeting."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from ingest import dates
from ingest.event_cues import event_cues
from ingest.events import Candidate
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, EventKind, Status
from ingest.nlp import text_of
from ingest.syntax import subjects

TURN_WORDS = event_cues().exchanges.turn_words
TURN_PREPS = event_cues().exchanges.turn_preps
TURN_PHRASE = re.compile(r"\b(?:in|for)\b(?:\s+\w+)?\s+(?:turn|part)\b", re.IGNORECASE)


def turn_taker(turn: Token, mentions: ArticleMentions) -> list[Mention]:
    """The people who speak 'in turn': the subject of the verb the phrase belongs to."""
    prep = turn.head
    if prep.lower_ not in TURN_PREPS or prep.dep_ != "prep":
        return []
    if turn.lemma_ == "part" and not any(c.dep_ == "poss" for c in turn.children):
        return []  # 'for the most part', 'in part'
    verb = prep.head
    return [m for m in subjects(verb, mentions) if m.kind == ActorKind.person]


def reported_exchange(doc: Doc, mentions: ArticleMentions, principal: str | None,
                      published: date | None, found: list[Candidate]) -> Candidate | None:
    """One person answering the principal 'in turn' (and only one): their meeting, on the
    day the release reports, unless an event of the two is already found."""
    if not (principal and published):
        return None
    if not TURN_PHRASE.search(text_of(doc)):  # most texts: no need to visit every token
        return None
    takers = [(token, m) for token in doc if token.lower_ in TURN_WORDS
              for m in turn_taker(token, mentions) if m.actor_id != principal]
    partners = {m.actor_id for _, m in takers}
    principal_named = [m for m in mentions.actors if m.actor_id == principal]
    if len(partners) != 1 or not principal_named:
        return None
    token, partner = takers[0]
    if any({principal, partner.actor_id} <= {m.actor_id for m in c.participants} for c in found):
        return None
    when = dates.day(published, explicit=False).model_copy(update={"inferred": True})
    return Candidate(EventKind.contact, token, [principal_named[0], partner], Status.held,
                     when, None, token.sent, paragraph=1)
