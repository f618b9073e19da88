"""The news day of a report: 'BELGRADE (AP) — Serbia received the doses on Saturday' in a
story published on Sunday; what the top of the story tells without a date of its own took
place on that Saturday, not on the publication day."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Span

from ingest import dates
from ingest.nlp import text_of

NEWS_DAY_KEY = "srk.news_day"
LOOKBACK_DAYS = 6  # a weekday names a day of the week that ends on the publication day


def news_day(doc: Doc, published: date | None) -> date | None:
    """The day the story's first sentence names for its news, else the publication day."""
    if published is None:
        return None
    cache = doc.user_data.setdefault(NEWS_DAY_KEY, {})
    if published not in cache:
        cache[published] = lede_day(doc, published) or published
    return cache[published]


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


def first_body_sentence(doc: Doc) -> Span | None:
    """The first sentence of the story: after the headline (a first paragraph with no
    closing punctuation), else the doc's first."""
    chunks = text_of(doc).split("\n\n")
    headline = chunks[0].rstrip().rstrip("\"'”’)")[-1:] not in {".", "!", "?"}
    if headline and len(chunks) < 2:
        return None
    body_start = len(chunks[0]) + 2 if headline else 0
    return next((s for s in doc.sents if s.start_char >= body_start), None)


def on_main_verb(ent: Span) -> bool:
    """'received the doses on Saturday': the date of the sentence's own news, not of a
    clause inside it."""
    root = ent.sent.root
    head = ent.root.head
    return head.i == root.i or (head.dep_ == "prep" and head.head.i == root.i)
