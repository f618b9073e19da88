"""The news day of a report: 'BELGRADE (AP) — Serbia received the doses on Saturday' in a
story published on Sunday; what the top of the story tells without a date of its own took
place on that Saturday, not on the publication day."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span, Token

from ingest import dates
from ingest.event_time_cues import event_time_cues
from ingest.nlp import text_of

OCCASION_PREPS = event_time_cues().news_day.occasion_preps

FUTURE_AUX = {"will", "would", "shall", "'ll", "to"}


def future(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in FUTURE_AUX for c in verb.children)


def during_past_talks(prep: Token, root: Token) -> bool:
    """'X told Y ... during talks on Friday': the sentence tells what was said at talks held.
    Not when the teller's verb is not past ('will tell'), nor when 'during' belongs to a
    clause of what is still to come ('said he would raise it during talks on Friday'); a
    comma before 'during' sets it off from such a clause ('assured X that Russia will keep
    supplies steady, during a meeting on Tuesday')."""
    if root.tag_ not in {"VBD", "VBN"} or future(root):
        return False
    set_off = prep.i > 0 and prep.doc[prep.i - 1].text == ","
    return set_off or not future(prep.head)


NEWS_DAY_KEY = "srk.news_day"
DAY_LINE_KEY = "srk.day_line"
PUBLISHED_KEY = "srk.published"
LOOKBACK_DAYS = 6  # a weekday names a day of the week that ends on the publication day
# a day page of a news digest (Wikipedia's current events): "June 5, 2023 (Monday)",
# "Monday, 5 June 2023 - Current events", "2023-06-05 | Daily digest" head it; a short page
# name may follow the day after a dash, bar or colon
WEEKDAY_NAME = r"[A-Z][a-z]+day"
DAY_LINE = re.compile(
    rf"(?:{WEEKDAY_NAME},? )?([A-Z][a-z]+\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} [A-Z][a-z]+ \d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})(?:,? \({WEEKDAY_NAME}\)|,? {WEEKDAY_NAME})?"
    r"(?:\s*[-–—|:]\s*[^\n]{1,40})?")


HEADER_CHUNKS = 3  # a page title, a portal name, then the day line
DIGEST_TITLE = re.compile(r"current events|portal:|digest|news of the day|day in review", re.I)


def news_day(doc: Doc, published: date | None) -> date | None:
    """The day the story's first sentence names for its news, else the publication day."""
    if published is None:
        return day_line(doc)
    cache = doc.user_data.setdefault(NEWS_DAY_KEY, {})
    if published not in cache:
        cache[published] = day_line(doc) or lede_day(doc, published) or published
    return cache[published]


def remember_published(doc: Doc, published: date | None) -> None:
    """Keep the publication day with the parse, for rules that read offices of its day."""
    doc.user_data[PUBLISHED_KEY] = published


def published_on(doc: Doc) -> date | None:
    return doc.user_data.get(PUBLISHED_KEY)


def day_line(doc: Doc) -> date | None:
    """The day a digest's day page heads all its items with (its first line, or the one
    after a page title: 'Portal:Current events/2023 May 30'); None for other texts."""
    if DAY_LINE_KEY not in doc.user_data:
        match = None
        for chunk in (c.strip() for c in text_of(doc).split("\n\n", HEADER_CHUNKS)[:HEADER_CHUNKS]):
            match = DAY_LINE.fullmatch(chunk)
            if match is not None or not DIGEST_TITLE.search(chunk):
                break  # past the page's title lines: a story's date line is no day page's
        doc.user_data[DAY_LINE_KEY] = parsed_day(match.group(1)) if match else None
    return doc.user_data[DAY_LINE_KEY]


def parsed_day(text: str) -> date | None:
    for layout in ("%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, layout).date()
        except ValueError:
            continue
    return None


def lede_day(doc: Doc, published: date) -> date | None:
    sentence = first_body_sentence(doc)
    if sentence is None:
        return None
    for ent in sentence.ents:
        if ent.label_ != "DATE" or not dates.WEEKDAY.search(ent.text) or not on_main_verb(ent):
            continue
        resolved = dates.resolve(ent.text, published)
        if resolved and resolved.precision == "day" and resolved.start and \
                published - timedelta(days=LOOKBACK_DAYS) <= resolved.start <= published:
            return resolved.start
    return None


# 'By Justyna Pawlak and Fatos Bytyci', 'N1 Beograd | 09. apr. 2024. 14:32': a paragraph of
# the story's metadata, not of its lede
BYLINE = re.compile(r"By [A-Z][^\n.]{0,80}|[^\n|]{1,40}\|[^\n]{1,60}")


def first_body_sentence(doc: Doc) -> Span | None:
    """The first sentence of the story: after the headline (a first paragraph with no
    closing punctuation) and a byline, else the doc's first."""
    chunks = text_of(doc).split("\n\n")
    headline = chunks[0].rstrip().rstrip("\"'”’)")[-1:] not in {".", "!", "?"}
    if headline and len(chunks) < 2:
        return None
    body_start = len(chunks[0]) + 2 if headline else 0
    if headline and len(chunks) > 2 and BYLINE.fullmatch(chunks[1].strip()):
        body_start += len(chunks[1]) + 2
    return next((s for s in doc.sents if s.start_char >= body_start), None)


def on_main_verb(ent: Span) -> bool:
    """'received the doses on Saturday': the date of the sentence's own news, not of a
    clause inside it."""
    root = ent.sent.root
    head = ent.root.head
    if head.dep_ == "prep" and head.head.dep_ == "dobj":
        head = head.head  # 'reached an agreement on Friday'
    if head.dep_ in {"prep", "dobj"}:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in OCCASION_PREPS \
            and during_past_talks(head.head, root):
        head = head.head.head  # 'told Y ... during talks on Friday' (the parse may hang
        # 'during' on the clause reported: 'told Y that B will not ..., during talks')
        if head.dep_ == "ccomp" and head.head.i == root.i:
            head = root
    if head.dep_ == "ccomp" and head.head.i == root.i and root.i > head.i:
        head = root  # '..., the EU said': the news is the clause reported
    return head.i == root.i
