"""Cues of a press release's house style, read off the parse: 'the President' alone,
'the leaders discussed', 'X told the President', 'at a bilateral summit, we ...'."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_cues import event_cues
from ingest.events import Candidate
from ingest.models import ActorKind, EventKind
from ingest.nlp import text_of
from ingest.syntax import TITLE_WORDS
from ingest.triggers import GREETS, JOINT, REPORTS_TO, TO_A_PERSON, named_event
from ingest.types import ArticleMentions, Mention


def bare_title(token: Token, title: str = "President") -> bool:
    """'the (Acting) President', 'the Prime Minister' (capitalised, the last word at
    `token`), not followed by a name, ', <name>' or 'of <country>'."""
    words = title.split()
    start = token.i - len(words) + 1
    if token.text != words[-1] or start < 1 \
            or [t.text for t in token.doc[start:token.i + 1]] != words:
        return False
    before = token.doc[start - 1]
    if before.text == "Acting" and start > 1:
        before = token.doc[start - 2]
    if before.lower_ != "the":
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.text == "," and token.i + 2 < len(token.doc) \
            and token.nbor(2).pos_ == "PROPN":
        return False  # 'the Prime Minister, Milos Vucevic': named in apposition
    return following is None or not (following.pos_ == "PROPN" or following.lower_ == "of")


def reported_to(token: Token) -> bool:
    """'X briefed the President', 'reported to the President': a report up to the office."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "to" else token.head
    return bare_title(token) and token.dep_ in {"dobj", "dative", "pobj"} \
        and verb.lemma_ in REPORTS_TO


def met_alone(verb: Token) -> bool:
    """'we met (in Sochi in the spring)': a meeting verb with no partner named."""
    return verb.lemma_ in {"meet", "talk", "speak"} and not any(
        c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in verb.children)


PARTNER_PREPS = event_cues().event_parties.partner_preps
ANAPHORIC_SUBJECTS = event_cues().release_cues.anaphoric_subjects


def implicit_partner(trigger: Token) -> bool:
    """No partner in the trigger's own phrase ('the talks', not 'talks with students')."""
    partner_object = trigger.lemma_ in {"meet", "receive", "host", "call", "phone", "brief"}
    return not any(c.dep_ == "dobj" and partner_object
                   or c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in trigger.children)


def definite(trigger: Token) -> bool:
    """'the meeting', 'their talks', or a verb whose subject is 'the leaders', 'the two'."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "their"}
                   or c.dep_ == "poss" and c.lemma_.lower() in ANAPHORIC_SUBJECTS
                   for c in trigger.children)  # 'the two leaders' talks'
    for child in trigger.children:
        if child.dep_ == "nsubj":
            plural = child.tag_ in {"NNS", "NNPS"} or child.lower_ == "they"
            return plural and child.lemma_.lower() in ANAPHORIC_SUBJECTS | {"they"} or any(
                c.lower_ in {"two", "both"} for c in child.children)
        if child.dep_ == "nsubjpass" and trigger.lemma_ == "discuss":
            return not any(c.dep_ == "agent" for c in trigger.children)  # 'X was discussed'
    return False


LEADER_WORDS = event_cues().release_cues.leader_words
LEADER_OFFICES = event_cues().release_cues.leader_offices


def names_leaders(trigger: Token) -> bool:
    """The trigger's parties are called leaders: 'the two leaders discussed', 'the
    presidents' talks'."""
    return any(c.dep_ in {"nsubj", "poss"} and c.lemma_.lower() in LEADER_WORDS
               for c in trigger.children)


def leaders_as_subject(token: Token) -> bool:
    """'The two presidents discussed ...', 'the leaders agreed': a release's summary of
    its principal's talks (unlike a bare 'they')."""
    return token.pos_ == "VERB" and token.tag_ == "VBD" and definite(token) and any(
        c.dep_ == "nsubj" and c.lower_ != "they" for c in token.children)


def report_cue(token: Token) -> EventKind | None:
    if token.pos_ != "VERB" or token.tag_ not in {"VBD", "VBN"}:
        return None  # 'I want to tell you': said in the meeting, not a report of it
    if token.lemma_ in REPORTS_TO | GREETS:
        return EventKind.contact
    if token.lemma_ in TO_A_PERSON and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON"
                                           for c in token.children):
        return EventKind.contact
    if token.lemma_ in JOINT and (definite(token) or two_people(token)):
        return EventKind.contact  # 'the two leaders agreed', 'X and Y examined ...'
    return None


def two_people(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and any(
        x.dep_ == "conj" and x.pos_ == "PROPN" for x in c.children) for c in verb.children)


def bilateral(candidate: Candidate, mentions: ArticleMentions) -> list[Mention] | None:
    """'At a bilateral summit ..., we agreed': the speaker and the person last named before."""
    trigger = candidate.trigger
    if len({m.actor_id for m in candidate.participants}) >= 2 or not any(
            c.lower_ == "bilateral" for c in trigger.children):
        return None
    speaker = mentions.speakers.get(trigger.sent.start)
    if speaker is None:
        return None
    paragraph_start = text_of(trigger.doc).rfind("\n\n", 0, trigger.idx) + 2
    before = [m for m in mentions.actors if paragraph_start <= m.start < trigger.idx
              and m.kind == ActorKind.person and m.actor_id != speaker.actor_id
              and m.via not in {"speaker", "speaker-we", "host", "pronoun"}]
    return [speaker, max(before, key=lambda m: m.start)] if before else None


def untold_reporter(trigger: Token, mentions: ArticleMentions) -> bool:
    """'The Rector briefed the President', 'the head of the Committee told ...': a
    report whose subject is a bare title that names no one."""
    if trigger.lemma_ not in REPORTS_TO:
        return False
    for child in trigger.children:
        if child.dep_ == "nsubj" and child.lemma_.lower() in TITLE_WORDS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in child.children) \
                and child.tag_ in {"NN", "NNP"} and not child.conjuncts:  # one reporter
            subtree = range(child.left_edge.i, child.right_edge.i + 1)
            return not any(m.root in subtree and m.kind == ActorKind.person
                           for m in mentions.actors)
    return False


def of_a_body(trigger: Token, mentions: ArticleMentions) -> bool:
    """'the EU summit', 'the UN Security Council meeting', 'the summit of the CIS': the
    body's event, not the principal's talks with the article's counterpart."""
    modifiers = [t.i for c in trigger.children if c.dep_ in {"compound", "nmod"}
                 for t in c.subtree]
    members = [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    people = {m.root for m in mentions.actors if m.kind == ActorKind.person}
    return any(m.kind == ActorKind.organisation and m.root in modifiers
               for m in mentions.actors) or any(p.i not in people for p in members) \
        or named_event(trigger)
