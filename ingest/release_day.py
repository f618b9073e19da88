"""The day of an undated event a release reports: the release's own occasion (told at the
top, or carried on with 'also') happened on the release's day; a recollection did not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ingest.event_cues import event_cues
from ingest.event_time_cues import event_time_cues
from ingest.mentions import ArticleMentions
from ingest.news_day import BYLINE, day_line
from ingest.nlp import text_of
from ingest.nonevents import recalled
from ingest.release_narrative import an_earlier_event, narrated_today
from ingest.syntax import climb
from ingest.triggers import trigger_kind

OCCASIONS = event_time_cues().release_day.occasions
FOLLOW_ON = event_cues().context.follow_on
DAY_PARTS = event_time_cues().event_place_date.day_parts

if TYPE_CHECKING:
    from ingest.events import Candidate


def release_occasion(candidate: Candidate, mentions: ArticleMentions, lede_paragraphs: int) -> bool:
    """An undated held event that is the release's own occasion: told in the lede, or
    carried on with 'also'; not one recalled from the past."""
    doc = candidate.sentence.doc
    return (candidate.paragraph - bylines_before(doc, candidate.paragraph) < lede_paragraphs
            or day_line(doc) is not None
            or continues_the_release(candidate.trigger, mentions) or just_done(candidate.trigger)
            or after_a_told_occasion(candidate.trigger) or narrated_today(candidate.trigger, mentions)
            or at_a_part_of_the_day(candidate.trigger)) \
        and not recalled(candidate.trigger) and not an_earlier_event(candidate.trigger)


BYLINES_KEY = "srk.bylines"


def bylines_before(doc: Doc, paragraph: int) -> int:
    if BYLINES_KEY not in doc.user_data:
        doc.user_data[BYLINES_KEY] = [bool(BYLINE.fullmatch(chunk.strip()))
                                      for chunk in text_of(doc).split("\n\n")]
    return sum(doc.user_data[BYLINES_KEY][:paragraph])


def after_a_told_occasion(trigger: Token) -> bool:
    """'After the ceremony X met Y', the ceremony told earlier in the story: the story's own
    occasion, on its day (a dated event in the sentence before is handled by the context)."""
    told = {t.lemma_.lower() for t in trigger.doc[:trigger.sent.start] if t.pos_ == "NOUN"}
    return any(noun.lemma_.lower() in told and occasion(noun)
               for noun in after_nouns(trigger) or opening_occasion(trigger.sent))


def occasion(noun: Token) -> bool:
    return noun.lemma_.lower() in OCCASIONS or trigger_kind(noun) is not None


def after_nouns(trigger: Token) -> list[Token]:
    """The nouns of 'after/following the ...' adjuncts of the trigger and its governors."""
    heads = [trigger] + [node for _, node in climb(trigger)]
    return [noun for head in heads for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in FOLLOW_ON and prep.i < trigger.i
            for noun in prep.children if noun.dep_ == "pobj"
            and any(d.lower_ == "the" for d in noun.children)]


def opening_occasion(sent: Span) -> list[Token]:
    """'After the ceremony Vucic met ...' parsed with 'the ceremony' as a subject: the noun
    of an 'After the ...' that opens the sentence."""
    if len(sent) < 4 or sent[0].lower_ not in FOLLOW_ON or sent[1].lower_ != "the":
        return []
    return [t for t in sent[2:4] if t.pos_ == "NOUN"][:1]


def at_a_part_of_the_day(trigger: Token) -> bool:
    """'In the afternoon, talks took place with X', 'this evening X met Y': a part of a day
    no date names is of the story's day."""
    verb = trigger.head if trigger.dep_ in {"nsubj", "nsubjpass", "dobj"} else trigger
    heads = [trigger, verb, *(node for _, node in climb(verb))]
    return any(day_part(c) for head in heads for c in head.children)


def day_part(word: Token) -> bool:
    if word.dep_ == "prep" and word.lower_ in {"in", "during"}:
        return any(c.dep_ == "pobj" and c.lower_ in DAY_PARTS and [
            d.lower_ for d in c.children] == ["the"] for c in word.children)
    return word.dep_ == "npadvmod" and word.lower_ in DAY_PARTS and [
        d.lower_ for d in word.children] == ["this"]


def just_done(trigger: Token) -> bool:
    """'X and I have just talked to ...', 'we have just held talks': a present perfect with
    'just' tells what happened moments before the words were said, on the release's day."""
    verb = trigger.head if trigger.dep_ in {"dobj", "nsubjpass"} else trigger
    return verb.pos_ == "VERB" and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBP", "VBZ"} for c in verb.children
    ) and any(c.dep_ == "advmod" and c.lower_ == "just" for c in verb.children)


def continues_the_release(trigger: Token, mentions: ArticleMentions) -> bool:
    """'The President also held a meeting with X', 'X held a separate meeting with Y' in the
    release's own voice (no speaker): 'also' or 'separate' goes on with the occasion the
    release reports, on its day."""
    if mentions.speakers.get(trigger.sent.start) is not None:
        return False
    verb = trigger.head if trigger.dep_ in {"dobj", "nsubjpass"} else trigger
    return any(c.dep_ == "advmod" and c.lower_ in {"also", "separately"}
               or c.dep_ == "amod" and c.lower_ == "separate" and n is trigger
               for n in {trigger, verb} for c in n.children)
