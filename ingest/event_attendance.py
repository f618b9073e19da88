"""A working session and the people listed as taking part in it ('Taking part in the meeting
were A, B and C', 'The meeting was attended by A and B', 'A and B also took part in the
session'): in a release the principal chaired it, so it is one meeting of the principal
with all of them; when the release has already told a meeting with a counterpart, such a
list names delegation members, not parties of a meeting of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ingest.event_cues import event_cues
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, EventKind

if TYPE_CHECKING:
    from ingest.context import Context
    from ingest.events import Candidate

SESSIONS = event_cues().event_attendance.sessions
ATTENDING = event_cues().event_attendance.attending
PLACES_IN = event_cues().event_attendance.places_in
GROUP_MEETINGS = event_cues().event_attendance.group_meetings
OWNERS = {"poss", "compound", "nmod"}


def attended(noun: Token) -> bool:
    """The noun names a session that someone takes part in, is present at or attends, and
    names no members of its own ('the meeting of the Security Council' is the body's)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SESSIONS:
        return False
    if noun.tag_ == "NN" and participation(noun) is not None:
        return True  # one session, not 'hosted 11 meetings with the participation of ...'
    if any(c.dep_ in OWNERS or c.dep_ == "prep" and c.lower_ in {"of", "with", "between"}
           for c in noun.children):
        return False
    if noun.dep_ in {"nsubjpass", "dobj"} and noun.head.lemma_.lower() == "attend":
        return True
    if noun.dep_ != "pobj" or noun.head.lower_ not in PLACES_IN:
        return False
    cue = noun.head.head
    return cue.lemma_.lower() in ATTENDING or cue.lower_ == "present" or (
        cue.lemma_.lower() == "take" and any(c.lower_ == "part" for c in cue.children))


def participation(noun: Token) -> Token | None:
    """'a meeting on X with the participation of A and B' (the parser hangs the 'with' on
    any word of the phrase)."""
    verb_preps = [t for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "with"
                  for t in c.children] if noun.dep_ == "dobj" else []  # 'held a meeting with ...'
    return next((t for t in [*noun.subtree, *verb_preps] if t.lemma_.lower() == "participation"
                 and t.head.lower_ == "with"), None)


def attendees(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """Every person the sentence names outside the session's own phrase, or in its 'with
    the participation of ...'."""
    if not attended(noun):
        return []
    listed = participation(noun)
    if listed is not None:
        inside = {t.i for t in listed.subtree}
        return [m for m in mentions.in_span(noun.sent)
                if m.kind == ActorKind.person and m.root in inside]
    phrase = {t.i for t in noun.subtree}
    return [m for m in mentions.in_span(noun.sent)
            if m.kind == ActorKind.person and m.root not in phrase]


def session_parties(candidate: Candidate, mentions: ArticleMentions, context: Context,
                    principal: Mention | None) -> list[Mention]:
    """The attendees and the principal who chaired the session; none of the attendees outside
    a release in its principal's voice, or when the release has already told a meeting of
    the principal with another person (they are that meeting's delegates)."""
    noun, participants = candidate.trigger, candidate.participants
    if not attended(noun):
        return participants
    listed = attendees(noun, mentions)
    earlier = context.told(candidate.sentence.start)
    if principal is None or any(m.kind == ActorKind.person and m.actor_id != principal.actor_id
                                for m in earlier):
        return [m for m in participants if m not in listed]
    chaired = all(m.actor_id != principal.actor_id for m in participants)
    return participants + [principal] if chaired and listed else participants


def session_kind(noun: Token) -> EventKind | None:
    """'Taking part in the session were ...': a meeting, though 'session' alone is not one."""
    return EventKind.meeting if attended(noun) else None


def has_attendance_list(doc: Doc) -> bool:
    """The text lists who attended a session: a group session, with no one counterpart."""
    key = "srk_attendance_list"
    if key not in doc.user_data:
        doc.user_data[key] = any(attended(t) for t in doc if t.lemma_.lower() in SESSIONS)
    return doc.user_data[key]


def with_a_group(doc: Doc) -> bool:
    """The headline or the lede tells a meeting with a group named by its role, not by name
    ('held a meeting with members of the Government', 'Meeting with deputy prime
    ministers'): a session with many, none of them the release's one counterpart."""
    key = "srk_with_a_group"
    if key not in doc.user_data:
        opening = list(doc.sents)[:2]
        doc.user_data[key] = any(group_partner(t) for sent in opening for t in sent
                                 if t.lemma_.lower() in GROUP_MEETINGS)
    return doc.user_data[key]


def group_partner(trigger: Token) -> bool:
    """'with members of the Government', not 'his meeting with the Ukrainian and Moldovan
    presidents' (people told by their countries) nor 'with the two ministers'."""
    if any(c.dep_ == "poss" for c in trigger.children):
        return False
    return any(p.tag_ == "NNS" and p.pos_ == "NOUN" and not any(
        c.dep_ in {"nummod", "amod", "compound"} and (c.ent_type_ in {"GPE", "NORP", "CARDINAL"}
                                                       or c.pos_ == "NUM")
        for c in p.children)
        for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children if p.dep_ == "pobj")
