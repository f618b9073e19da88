"""Days the event's own phrase does not tag: day words the NER leaves untagged ('I talked
about this today with X', 'we will meet tomorrow': the word hangs on the event's verb, so it
dates the event), the day of the clause a colon elaborates, a story day ('later in the
day'), and dates in a clause below the event noun (which date that clause)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ingest import dates
from ingest.event_time_cues import event_time_cues
from ingest.models import EventDate
from ingest.news_day import news_day

DAY_WORDS = event_time_cues().event_day_words.day_words
DAY_PARTS = event_time_cues().event_place_date.day_parts


def part_of_a_day(ent: Span) -> bool:
    """A TIME entity that names its day: 'the morning of March 13' (Chinese MFA style),
    'tomorrow morning', 'yesterday evening', 'last night', 'this morning' (the article's day)."""
    if ent.label_ != "TIME":
        return False
    return len(ent) > 3 and ent[1].lower_ in DAY_PARTS and ent[2].lower_ == "of" or \
        len(ent) == 2 and ent[0].lower_ in DAY_WORDS | {"this", "last"} and ent[1].lower_ in DAY_PARTS


def untagged_day(anchors: list[Token], published: date | None, plan_hint: bool) -> EventDate | None:
    """The day a day word on the trigger or its verbs names, counted from the publication."""
    return next((found for anchor in anchors for c in anchor.children
                 if c.dep_ in {"npadvmod", "advmod"} and (c.lower_ in DAY_WORDS or last_night(c))
                 for found in [dates.resolve(day_phrase(c), published, plan_hint)] if found), None)


def last_night(word: Token) -> bool:
    return word.lower_ == "night" and any(c.dep_ == "amod" and c.lower_ == "last" for c in word.children)


def day_phrase(word: Token) -> str:
    return "last night" if last_night(word) else word.text


def before_the_colon(anchors: list[Token], published: date | None, plan_hint: bool
                     ) -> EventDate | None:
    """'Vucic spent Sunday on the phone: he spoke with A, with B and with C': the one date
    of the clause before a colon dates the clause the colon opens (not a quotation)."""
    top = anchors[-1]
    sent, start = top.sent, top.left_edge.i
    if start - 1 <= sent.start or top.doc[start - 1].text != ":" or top.doc[start].is_quote:
        return None
    found = [when for ent in sent.ents if ent.label_ == "DATE" and ent.end < start
             for when in [dates.resolve(ent.text, published, plan_hint)] if when]
    return found[0] if len(found) == 1 else None


def opening_story_day(sent: Span, published: date | None) -> EventDate | None:
    """'Later in the day, X met Y' (the NER may call it a TIME, or nothing): a story day
    opening the sentence dates all of it."""
    for length in range(2, min(5, len(sent)) + 1):
        phrase = sent[:length].text
        found = dates.story_relative(phrase, day_before_phrase(phrase, sent, published))
        if found:
            return found
    return None


STORY_PHRASE_TOKENS = 5  # 'later in the day', 'the following day'


def story_day_on(anchors: list[Token], published: date | None) -> EventDate | None:
    """'He will meet X later in the day', 'met Y the following day': a story day the NER
    leaves untagged, as a phrase on the trigger or its verbs."""
    for anchor in anchors:
        phrases = [anchor.doc[c.left_edge.i:c.right_edge.i + 1] for c in anchor.children
                   if c.dep_ in {"advmod", "npadvmod", "prep"}
                   and c.right_edge.i - c.left_edge.i < STORY_PHRASE_TOKENS]
        phrases += [ent for ent in anchor.sent.ents if ent.label_ == "TIME"
                    and any(t.head.i == anchor.i for t in ent)]  # 'later' and 'in the day' apart
        for phrase in phrases:
            if dates.names_a_story_day(phrase.text):
                found = dates.story_relative(phrase.text, day_before_phrase(
                    phrase.text, phrase.sent, published, phrase.start))
                if found:
                    return found
    return None


def story_day(ent: Span, published: date | None) -> EventDate | None:
    """'A day earlier', 'Later in the day' (the entity is 'the day'), 'talks in the Kremlin
    the day before' (the NER leaves 'before' out): counted from the story's news day; else
    the day a date in apposition names ('On the first day of the summit, October 22,')."""
    doc = ent.doc
    side = ent.end < ent.sent.end and doc[ent.end].lower_ in STORY_SIDES \
        and doc[ent.end].head.i == ent.root.i
    own = ent[-1].lower_ in STORY_SIDES  # the NER kept it: 'X met Y the day before'
    phrase = doc[ent.start:ent.end + side].text if side or own else \
        doc[max(ent.start - 2, ent.sent.start):ent.end].text
    return dates.story_relative(phrase, day_before_phrase(phrase, ent.sent, published, ent.start)) \
        or day_in_apposition(ent, published) or day_of_a_told_span(ent, published)


ORDINAL_DAY = re.compile(r"^(?:on\s+)?the\s+(first|second|third|last|final|opening|closing)"
                         r"\s+day$", re.I)
NTH_DAY = {"first": 0, "opening": 0, "second": 1, "third": 2}


def day_of_a_told_span(ent: Span, published: date | None) -> EventDate | None:
    """'The visit took place on October 2-3. On the first day, A and B held talks': the nth
    (or last) day of the last span of days the article told before."""
    found = ORDINAL_DAY.match(" ".join(ent.text.split()))
    if found is None:
        return None
    before = [e for e in ent.doc.ents if e.label_ == "DATE" and e.end <= ent.start]
    for other in reversed(before):
        when = dates.resolve(other.text, published)
        if when is not None and days_of_a_span(other.text, when):
            nth = NTH_DAY.get(found.group(1).lower())
            day = when.end if nth is None else when.start + timedelta(days=nth)
            return dates.day(day, explicit=False) if day <= when.end else None
    return None


STORY_SIDES = {"before", "earlier"}  # 'the day before', parsed as the day's adverb
APPOSITION_REACH = 12  # tokens from a day phrase to the date set off after it by a comma


def day_in_apposition(ent: Span, published: date | None) -> EventDate | None:
    """'On the first day of the summit, October 22,' (or 'the opening day, Tuesday'): a
    day phrase that names no date itself is the day the date after its comma names, a date
    inside the phrase's own subtree (not a clause below it)."""
    doc, root = ent.doc, ent.root
    last = min(root.right_edge.i, ent.end + APPOSITION_REACH, ent.sent.end - 1)
    if root.lemma_.lower() != "day" or last <= ent.end:
        return None
    for index in range(ent.end + 1, last + 1):
        token = doc[index]
        if token.ent_iob_ != "B" or token.ent_type_ != "DATE" or doc[index - 1].text != ",":
            continue
        end = index + 1
        while end < ent.sent.end and doc[end].ent_iob_ == "I":
            end += 1
        other = doc[index:end]
        if in_a_clause_below(other.root, root):
            continue
        found = dates.resolve(other.text, published)
        if found is not None and found.precision == "day":
            return found
    return None


SAME_DAY = re.compile(r"\b(?:the same|that) day\b|\bthe (?:next|following) (?:day|week)\b"
                      r"|\b(?:a|one) day later\b|\bthe (?:previous|preceding) week\b"
                      r"|\bthe week (?:before|after)\b", re.I)  # told against a day told before
SAME_DAY_REACH = 6  # sentences back to the day 'the same day' repeats
SPAN_DAYS = 7  # 'On May 16-17 X paid a visit ... Later that day': the span's first day


DAY_RANGE = re.compile(r"\d{1,2}\s*(?:[-\u2013\u2014]|to|and|through)\s*\d{1,2}\b")


def days_of_a_span(text: str, when: EventDate) -> bool:
    """A few days told as one span with its day numbers ('May 16-17', '16 to 17 May'), whose
    first day a narrative goes on from; not 'last week' (a span too, but of no event)."""
    return when.precision == "interval" and when.start is not None and when.end is not None \
        and 0 < (when.end - when.start).days < SPAN_DAYS and bool(DAY_RANGE.search(text))


def day_before_phrase(phrase: str, sent: Span, published: date | None,
                      at: int | None = None) -> date | None:
    """The day 'the same day', 'later that day', 'the next day', 'the previous week' count
    from: a day told earlier in the sentence (before token `at`: 'told reporters on Tuesday
    he had met X the previous week'), else the one day the last sentence that names days
    names, a few sentences back at most ('X arrived on March 20. ... The same day, ...'; the
    first of a span of days: 'On May 16-17 X paid a visit. ... Later that day'), else the
    story's day."""
    if not SAME_DAY.search(phrase):
        return news_day(sent.doc, published)
    days = told_days([e for e in sent.ents if at is not None and e.end <= at], published)
    if days:
        return days.pop() if len(days) == 1 else news_day(sent.doc, published)
    before = sent
    for _ in range(SAME_DAY_REACH):
        if before.start == 0:
            break
        before = sent.doc[before.start - 1].sent
        days = told_days(before.ents, published)
        if days:
            return days.pop() if len(days) == 1 else news_day(sent.doc, published)
    return news_day(sent.doc, published)


def told_days(ents, published: date | None) -> set[date]:
    return {when.start for ent in ents if ent.label_ == "DATE"
            for when in [dates.resolve(ent.text, published)]
            if when and (when.precision == "day" or days_of_a_span(ent.text, when))}


def in_a_clause_below(date_root: Token, anchor: Token) -> bool:
    """'a meeting with X, who told him of the elections on 10 September', 'his first visit
    since Russia invaded in February 2022': a date in a relative, reported or adverbial
    clause under the event noun dates that clause, not the meeting.
    The walk up the tree is bounded by the sentence."""
    node = date_root
    while node.i != anchor.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "ccomp", "advcl"} or node.dep_ == "prep" and node.lower_ == "since":
            return True  # '... meeting since their talks in Sochi in November 2021': theirs
        node = node.head
    return False
