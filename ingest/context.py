"""What earlier sentences of an article tell a later event: where people were, and who
the last event was between ('The two plan to meet again')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.dictionary import slug
from ingest.event_place_date import NOUN_PATH
from ingest.events import Candidate
from ingest.mentions import ArticleMentions
from ingest.models import EventKind
from ingest.syntax import climb, subjects
from ingest.triggers import ARRIVALS, named_event
from ingest.types import Mention

ANAPHORS = {"two", "both", "side", "sides", "party", "parties", "leader", "leaders", "they",
            "pair", "minister", "ministers", "president", "presidents", "counterpart"}
RECENT_TOKENS = 150  # 'they' reaches back a few sentences, not across the article
MOVES = {"arrive", "visit", "travel", "land", "tell", "speak", "say", "be", "stay"}


class Context:
    """What earlier sentences say: where people were, who the last event was between."""

    def __init__(self) -> None:
        self.locations: dict[str, str] = {}
        self.previous: list[Mention] = []
        self.previous_at = 0  # token where the sentence of the last event starts

    def remember(self, candidate: Candidate) -> None:
        self.previous = candidate.participants
        self.previous_at = candidate.sentence.start

    def locate(self, sent: Span, mentions: ArticleMentions) -> None:
        """'X arrived in Ankara', 'X told journalists in Belgrade': X is in that city."""
        for place in mentions.places:
            if not sent.start <= place.root < sent.end:
                continue
            token = sent.doc[place.root]
            prep = token.head if token.dep_ == "pobj" else None
            if prep is None or prep.lower_ not in {"in", "at"} or slug(place.name) == place.country:
                continue
            verb = prep.head
            while verb.dep_ in NOUN_PATH and verb.pos_ not in {"VERB", "AUX"}:
                verb = verb.head  # "told reporters in Vienna"
            if verb.lemma_ not in MOVES:
                continue
            for person in subjects(verb, mentions):
                self.locations[person.actor_id] = place.name

    def fill(self, candidate: Candidate) -> None:
        """'The two plan to meet': the participants of the last event; and a place for an
        in-person event from where its participants were last said to be."""
        recent = candidate.sentence.start - self.previous_at <= RECENT_TOKENS
        if not candidate.participants and self.previous and recent \
                and anaphoric_subject(candidate.trigger) \
                and candidate.trigger.lemma_ not in ARRIVALS \
                and not named_event(candidate.trigger) and not of_others(candidate.trigger):
            # 'when they arrive': anyone; 'they discussed the Vienna Meeting' or 'a meeting
            # of the customs chiefs': not theirs
            candidate.participants = list(self.previous)
        if candidate.place is None and candidate.kind not in {EventKind.call, EventKind.visit}:
            known = [self.locations[m.actor_id] for m in candidate.participants
                     if m.actor_id in self.locations]
            candidate.place = known[0] if known else None


def anaphoric_subject(trigger: Token) -> bool:
    heads = [trigger] + [node for _, node in climb(trigger)]
    for head in heads:
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child.lemma_.lower() in ANAPHORS or child.lower_ in ANAPHORS
            if child.dep_ in {"nummod", "det"} and child.lower_ in {"two", "both"}:
                return True  # "the two plan to meet", parsed with 'plan' as a noun
            if child.dep_ == "poss" and child.tag_ in {"NNS", "NNPS"} \
                    and child.lemma_.lower() in ANAPHORS:
                return True  # "the two leaders' next meeting" (not "the president's")
    return False


def of_others(trigger: Token) -> bool:
    """'a meeting of the customs chiefs' belongs to them; 'the meeting of the two' may be
    the last event's pair."""
    return any(p.dep_ == "pobj" and p.lemma_.lower() not in ANAPHORS and p.lower_ not in ANAPHORS
               for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children)
