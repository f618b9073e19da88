"""The occasion a release narrates: 'During the ceremony, X and Y laid wreaths', 'The
President was met at the exhibition by X' told in the writer's own voice, in the simple
past, with nothing that sets it at an earlier time, happened on the release's day."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.date_index import date_entities
from ingest.event_attendance import attended
from ingest.event_time_cues import event_time_cues
from ingest.mentions import ArticleMentions
from ingest.syntax import climb

EARLIER = event_time_cues().release_narrative.earlier


def narrated_today(trigger: Token, mentions: ArticleMentions) -> bool:
    """A past event in the writer's voice (no speaker's words, no quotation), its clause in
    the simple past, the sentence naming no date and no earlier time."""
    sent = trigger.sent
    if mentions.speakers.get(sent.start) is not None or date_entities(sent):
        return False
    if any(t.lower_ in EARLIER and t.pos_ == "ADV" and not in_sequence(t)
           or t.text in {"“", "”", '"'} for t in sent):
        return False
    if attended(trigger):
        return True  # 'Taking part in the meeting were ...': the session the release reports
    verb = trigger if trigger.pos_ == "VERB" else next(
        (node for _, node in climb(trigger) if node.pos_ == "VERB"), None)
    return verb is not None and simple_past(verb)


def in_sequence(adverb: Token) -> bool:
    """'met separately and then jointly': 'then' after 'and' orders the day's steps."""
    return adverb.lower_ == "then" and adverb.i > 0 and adverb.nbor(-1).lower_ == "and"


def simple_past(verb: Token) -> bool:
    """'met', 'was met by' (not 'had met', 'has met', 'would meet')."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" \
        and auxes[0].tag_ == "VBD"


PAST_EVENT_WORDS = event_time_cues().release_narrative.past_event_words


def an_earlier_event(trigger: Token) -> bool:
    """'his recent talks with X', 'their previous meeting': not the occasion of the day."""
    return trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "amod" and c.lower_ in PAST_EVENT_WORDS for c in trigger.children)
