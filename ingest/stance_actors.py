"""Who a stance's noun phrases stand for: named actors, and in speech 'I'/'we' (the voice
of the paragraph), 'you' (the one addressed) and 'the leaders' (the last pair named)."""

from __future__ import annotations

import bisect
import re
import threading

from spacy.tokens import Doc, Span, Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind
from ingest.nlp import text_of
from ingest.stance_cues import cues
from ingest.stance_pairs import counted_states, larger_than_a_pair, last_pair
from ingest.stance_pronouns import (
    joining_antecedent,
    member_modifier,
    members_named,
    misread_subject,
    organisation_anaphor,
    previous_state,
    reporting_state,
    sent_envoy,
    state_body,
    unlabelled_voice,
)
from ingest.syntax import (
    REPORTING,
    SUBJECTS,
    actors_at,
    antecedent_actors,
    reporting_speaker,
    subjects,
)

FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "myself", "ourselves"}
SECOND_PERSON = {"you", "your", "yourself"}
# "Name: text" opening a paragraph: a transcript turn or a quoted statement.
LABEL = re.compile(r"([^:\n“\"]{2,250}):(?=\s|$)")
OPEN_QUOTES, CLOSE_QUOTES = "“«", "”»"
REPORTED_LABEL_WORDS = cues().reported_label_words


def label_voice(paragraph: str, start: int, mentions: ArticleMentions
                ) -> tuple[bool, Mention | None]:
    """(is the paragraph opened by a speaker label?, who it names). A person named right
    before the colon ('Head of ... Pavel Orlov (retranslated):'); a state or
    organisation only before a quotation ('Germany: “...”'); 'Question: ...' names nobody."""
    label = LABEL.match(paragraph)
    if label is None:
        return False, None
    colon = start + label.end(1)
    named = [m for m in mentions.actors if start <= m.start < colon
             and m.kind != ActorKind.media and m.via not in {"pronoun", "speaker"}]
    people = [m for m in named if m.kind == ActorKind.person]
    rest = paragraph[label.end(1) + 1:].lstrip()
    if people and colon - people[-1].end <= 20:
        return True, people[-1]
    words = len(label.group(1).split())
    if named and not people and words <= 4 and rest[:1] in OPEN_QUOTES + '"':
        return True, named[-1]
    if not named and words <= 4 and rest:
        return True, None
    return False, None


class ArticleSpeech:
    """Per article, computed once: its text, each paragraph's voice and quote depth."""

    def __init__(self, doc: Doc, mentions: ArticleMentions):
        self.doc, self.mentions, self.text = doc, mentions, text_of(doc)
        self.voices: list[tuple[int, Mention | None, bool]] = []
        self.quote_depth: dict[int, int] = {}
        current, labelled, start, depth, reported = None, False, 0, 0, False
        for index, paragraph in enumerate(self.text.split("\n\n")):
            self.quote_depth[start] = depth
            depth = max(0, depth + sum(paragraph.count(q) for q in OPEN_QUOTES)
                        - sum(paragraph.count(q) for q in CLOSE_QUOTES))
            is_label, named = label_voice(paragraph, start, mentions) if index else (False, None)
            if is_label:
                current, labelled, reported = named, True, reporting_label(paragraph)
            elif reported and not paragraph.lstrip().startswith(('"', *OPEN_QUOTES)):
                current, labelled, reported = None, False, False  # 'X said: "..."' is over
            self.voices.append((start, current, labelled))
            start += len(paragraph) + 2


def reporting_label(paragraph: str) -> bool:
    """'President Trump said: "..."': a quotation introduced, not a transcript's turn."""
    label = LABEL.match(paragraph)
    return bool(label) and label.group(1).split()[-1].lower() in REPORTED_LABEL_WORDS


_latest = threading.local()  # the article being read: Doc.text rebuilds the text on each call


def speech(doc: Doc, mentions: ArticleMentions) -> ArticleSpeech:
    known = getattr(_latest, "speech", None)
    if known is None or known.doc is not doc or known.mentions is not mentions:
        known = _latest.speech = ArticleSpeech(doc, mentions)
    return known


def paragraph_voices(doc: Doc, mentions: ArticleMentions) -> list[tuple[int, Mention | None, bool]]:
    """(paragraph start, voice, labelled) for each paragraph: the actor named by the last
    speaker label above it (None for 'Question:'), None before any label."""
    return speech(doc, mentions).voices


def voice_index(sent: Span, mentions: ArticleMentions) -> int:
    starts = [start for start, _, _ in paragraph_voices(sent.doc, mentions)]
    return max(0, bisect.bisect_right(starts, sent.start_char) - 1)


def voice(sent: Span, mentions: ArticleMentions) -> Mention | None:
    """Who speaks in this paragraph of a transcript or a quoted statement."""
    voices = paragraph_voices(sent.doc, mentions)
    return voices[voice_index(sent, mentions)][1]


def author(doc: Doc, mentions: ArticleMentions) -> Mention | None:
    """The person the headline is about ('X sent a message ...'): the 'I' of a quoted letter."""
    first = doc[0].sent
    people = [m for m in mentions.in_span(first) if m.kind == ActorKind.person]
    subjects = [m for m in people if doc[m.root].dep_ in SUBJECTS]
    return (subjects or [None])[0]


def paragraph_start(token: Token, mentions: ArticleMentions) -> int:
    return paragraph_voices(token.doc, mentions)[voice_index(token.sent, mentions)][0]


def quote_source(token: Token, mentions: ArticleMentions) -> tuple[bool, list[Mention]]:
    """(inside a quotation?, who its paragraph attributes it to before it opens)."""
    doc = token.doc
    start = paragraph_start(token, mentions)
    text = speech(doc, mentions).text
    before = text[start:token.idx]
    depth = speech(doc, mentions).quote_depth.get(start, 0)
    opened = max(before.rfind(q) for q in OPEN_QUOTES)
    closed = max(before.rfind(q) for q in CLOSE_QUOTES)
    if opened <= closed and not (depth > 0 and opened < 0 and closed < 0):
        return False, []
    if opened < 0:
        return True, []  # a quotation running on from an earlier paragraph
    quote_char = start + opened
    span = doc.char_span(start, quote_char, alignment_mode="expand") if opened > 0 else None
    for verb in reversed([t for t in (span or []) if t.lemma_ in REPORTING | {"write", "read"}]):
        found = clause_subjects(verb, mentions)
        if found:
            return True, found
    speaking = voice(token.sent, mentions)
    label_end = text.find(":", start, quote_char + 1)
    if speaking is not None and 0 <= quote_char - label_end <= 2:
        return True, [speaking]  # "Germany: “...”"
    return True, []


def speech_voice(token: Token, mentions: ArticleMentions) -> Mention | None:
    """Who speaks in their own voice: the transcript's speaker, or the author of an
    unattributed quoted letter or message ('The message reads: “...”')."""
    quoted, sources = quote_source(token, mentions)
    if quoted:
        if sources or reporting_speaker(token, mentions):
            return None
        return author(token.doc, mentions)
    voices = paragraph_voices(token.doc, mentions)
    _, speaking, labelled = voices[voice_index(token.sent, mentions)]
    return speaking if labelled else None


def first_person(token: Token, mentions: ArticleMentions) -> Mention | None:
    """Who 'I'/'we' is: a quotation's source, its reporter, the transcript's speaker, or
    the author of an unattributed letter."""
    quoted, sources = quote_source(token, mentions)
    if sources:
        return sources[0]
    reported = [m for m in reporting_speaker(token, mentions) if m.kind != ActorKind.media]
    if reported:
        return reported[0]
    return speech_voice(token, mentions) or unlabelled_voice(token, mentions)



def addressee(sent: Span, mentions: ArticleMentions) -> Mention | None:
    """'you' in a transcript: the previous speaker, else the headline's other person."""
    voices = paragraph_voices(sent.doc, mentions)
    index = voice_index(sent, mentions)
    speaking = voice(sent, mentions)
    speaker_id = speaking.actor_id if speaking else None
    for _, earlier, _ in reversed(voices[:index]):
        if earlier is not None and earlier.actor_id != speaker_id:
            return earlier
    first = sent.doc[0].sent
    others = [m for m in mentions.in_span(first)
              if m.kind == ActorKind.person and m.actor_id != speaker_id]
    return (others or [None])[0]


def standing_for(token: Token, found: Mention | None) -> list[Mention]:
    if found is None:
        return []
    return [Mention(token.idx, token.idx + len(token), token.i, found.actor_id, found.kind,
                    "speaker", token.text)]


def actors_of(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """Actors named by the phrase `token` heads, or that a pronoun or anaphor stands for."""
    word = token.lower_
    if word in FIRST_PERSON and not (token.text.isupper() and len(token) > 1):  # "the US"
        return standing_for(token, first_person(token, mentions))
    found = (reporting_state(token, mentions) if word in {"it", "they"} else []) or actors_at(
        token, mentions)
    if found:
        return [m for m in sent_envoy(token, found, mentions) if m.kind != ActorKind.media]
    if word in SECOND_PERSON:
        return standing_for(token, addressee(token.sent, mentions))
    if word in {"it", "its"}:
        return previous_state(token, mentions)
    if word in cues().organisation_anaphors:
        return organisation_anaphor(token, mentions)
    if word in cues().plural_anaphors and token.tag_ in {"NNS", "CD", "DT"} or word == "both":
        group = last_pair(token, mentions)
        return group[:1] if larger_than_a_pair(token) else group
    return counted_states(token, mentions)


def clause_subjects(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """Actors in the subject of `verb`, pronouns and anaphors resolved; 'five EU member
    states, including Spain' are Spain (the members of a body are not the body)."""
    joiner = joining_antecedent(verb)
    if joiner is not None:
        return antecedent_actors(joiner, mentions)
    found = subjects(verb, mentions, actors_of) or [
        m for c in verb.children if c.dep_ in SUBJECTS for m in state_body(c, mentions)]
    return members_named(verb, mentions) or [m for m in found if not member_modifier(m, verb.doc)
                                             and not misread_subject(verb.doc[m.root])]



def owner(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """The possessor of a noun: "Serbia's position", "your support", "our relations"."""
    return [m for c in token.children if c.dep_ == "poss" for m in actors_of(c, mentions)]
