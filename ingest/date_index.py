"""The dates of a document, indexed once: its DATE entities (and the TIME entities that name
a day), per sentence by the word each date hangs on, and the years a narrative is set in
('In June 1998 ... On March 24': 1999's March 24 is not this year's)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from ingest import dates
from ingest.event_day_words import part_of_a_day
from ingest.event_time_cues import event_time_cues

DAY_PARTS = event_time_cues().event_place_date.day_parts
COUNTED_TIMES = event_time_cues().event_place_date.counted_times
SIDELINES = event_time_cues().gathering_dates.sidelines
NOT_WHEN = event_time_cues().event_place_date.not_when
SHARE_OF = event_time_cues().event_place_date.share_of
DURATION_UNITS = event_time_cues().event_place_date.duration_units
SCHEDULED = event_time_cues().event_place_date.scheduled

DATES_KEY = "srk.dates"  # Doc.user_data: (starts, DATE entities) of the doc, then per sentence


@dataclass
class SentenceDates:
    """A sentence's DATE entities (as `sent.ents` gives them), indexed so that an anchor
    costs only the dates that concern it: scanning every date of the sentence for every
    anchor made one long paragraph quadratic."""

    ents: list[Span]
    roots: list[int]  # ent.root.i, ascending like the entities
    periods: set[int] = field(default_factory=set)  # positions of 'plans for 2001', 'until May'
    by_governor: dict[int, list[int]] = field(default_factory=dict)  # token i -> positions
    by_participle_head: dict[int, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, ents: list[Span]) -> SentenceDates:
        index = cls(ents=ents, roots=[ent.root.i for ent in ents])
        durations = {ent.root.i for ent in ents if ent.root.lemma_ in DURATION_UNITS}
        for at, ent in enumerate(ents):
            root = ent.root
            if root.dep_ == "pobj" and root.head.lower_ in NOT_WHEN \
                    and root.head.head.lemma_ not in SCHEDULED and root.head.head.tag_ != "VBN":
                index.periods.add(at)  # a period the talk is about
                continue
            if root.dep_ == "compound" and root.head.lower_ in DAY_PARTS:
                root = root.head  # 'on Friday afternoon': the day is the time's
            elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in DAY_PARTS:
                root = root.head.head  # 'on the afternoon of March 13'
            governor = root.head.head if root.dep_ == "pobj" else root.head
            if governor.dep_ == "pobj" and governor.i in durations:
                governor = governor.head.head  # 'for seventeen days in February 1999'
            if governor.lower_ in SHARE_OF and governor.dep_ in {"dobj", "npadvmod", "pobj"}:
                governor = governor.head.head if governor.dep_ == "pobj" else governor.head  # 'much of May'
            if any(c.dep_ == "prep" and c.lower_ == "since" and c.i < root.i for c in governor.children):
                index.periods.add(at)  # 'the first to visit since Hoxha in 1946': Hoxha's visit
                continue
            if (governor.lemma_ in COUNTED_TIMES or governor.lower_ in SIDELINES) and governor.dep_ == "pobj":
                governor = governor.head.head  # 'met X for the first time / on the sidelines ... on Monday'
            if governor.dep_ == "advmod" and governor.lower_ in {"back", "way"}:
                governor = governor.head  # 'Back in 2013, A and B held talks'
            index.by_governor.setdefault(governor.i, []).append(at)
            if governor.tag_ == "VBN" and governor.dep_ in {"advcl", "acl"}:
                index.by_participle_head.setdefault(governor.head.i, []).append(at)
        return index

    def within(self, first: int, last: int) -> range:
        """Positions of the dates whose root lies in tokens first..last."""
        return range(bisect_left(self.roots, first), bisect_right(self.roots, last))


def doc_dates(doc) -> tuple[list[int], list[Span]]:
    """The doc's DATE entities and their start tokens, computed once per doc."""
    cache = doc.user_data.setdefault(DATES_KEY, {})
    if "doc" not in cache:
        ents = [ent for ent in doc.ents if ent.label_ == "DATE" or part_of_a_day(ent)]
        cache["doc"] = ([ent.start for ent in ents], ents)
    return cache["doc"]


NARRATIVE_GAP = 250  # tokens between two dates of one narrative ('In June 1998 ... On March 24')
NARRATIVE_AGE = 2  # years back at least: a review of last year goes on into this year's days
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
AS_A_NAME = {"compound", "amod", "nmod", "poss", "nummod"}  # 'the 2013 agreement' sets no narrative


def narrative_marks(doc, published: date | None) -> list[tuple[int, int, int | None]]:
    """(start, end, mark) of the doc's dates: a year a narrative is set in ('In June 1998',
    'on March 22, 1999'), 0 for a date counted from the article ('on Tuesday', 'this week',
    'last year'), None for a day or month without a year, which goes on with the narrative."""
    cache = doc.user_data.setdefault(DATES_KEY, {})
    if "narrative" not in cache:
        marks = []
        for ent in doc_dates(doc)[1]:
            years = [int(y) for y in YEAR.findall(ent.text)]
            if years:
                if ent.root.dep_ not in AS_A_NAME and not in_a_side_clause(ent.root):
                    marks.append((ent.start, ent.end, max(years)))
            elif dates.yearless(ent.text) and dates.absolute(ent.text, None, False) is not None:
                marks.append((ent.start, ent.end, None))
            elif dates.resolve(ent.text, published) is not None:
                marks.append((ent.start, ent.end, 0))
        latest: dict[int, int] = {}  # 'grew in 2016 as compared to 2014': the sentence's latest
        for start, _, mark in marks:
            if mark:
                sent = doc[start].sent.start
                latest[sent] = max(latest.get(sent, 0), mark)
        cache["narrative"] = [(start, end, latest[doc[start].sent.start] if mark else mark)
                              for start, end, mark in marks]
    return cache["narrative"]


SIDE_CLAUSES = {"relcl", "acl", "ccomp", "advcl", "pcomp"}


def in_a_side_clause(token: Token) -> bool:
    """'the agreement signed in Kumanovo in 1999', 'X, who took office in 2006': a year
    under a clause of its own tells that clause, not the narrative's time."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in SIDE_CLAUSES:
            return True
        node = node.head
    return False


def narrative_year(ent: Span, published: date | None) -> int | None:
    """The earlier year a text has been telling when a day or month without a year comes:
    'In February 1999 ... On the evening of March 24, Yeltsin telephoned Clinton' (1999),
    unless a date counted from the article came in between ('on Tuesday', 'this week')."""
    if published is None:
        return None
    marks = narrative_marks(ent.doc, published)
    at = ent.start
    for start, end, mark in reversed(marks[:bisect_left(marks, (ent.start,))]):
        if at - end > NARRATIVE_GAP:
            return None
        if mark is None:
            at = start
            continue
        return mark if 0 < mark <= published.year - NARRATIVE_AGE else None
    return None


def date_entities(sent: Span) -> list[Span]:
    """`[e for e in sent.ents if e.label_ == 'DATE']` without `Span.ents`, which walks
    every entity of the doc on each call."""
    starts, ents = doc_dates(sent.doc)
    found = []
    for at in range(bisect_left(starts, sent.start), len(ents)):
        if ents[at].end > sent.end:
            break
        found.append(ents[at])
    return found


def sentence_dates(sent: Span) -> SentenceDates:
    cache = sent.doc.user_data.setdefault(DATES_KEY, {})
    if sent.start not in cache:
        cache[sent.start] = SentenceDates.of(date_entities(sent))
    return cache[sent.start]
