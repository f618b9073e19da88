"""The day of an undated event a release reports: the release's own occasion (told at the
top, or carried on with 'also') happened on the release's day; a recollection did not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ingest.mentions import ArticleMentions
from ingest.news_day import day_line
from ingest.nonevents import recalled

if TYPE_CHECKING:
    from ingest.events import Candidate


def release_occasion(candidate: Candidate, mentions: ArticleMentions, lede_paragraphs: int) -> bool:
    """An undated held event that is the release's own occasion: told in the lede, or
    carried on with 'also'; not one recalled from the past."""
    return (candidate.paragraph < lede_paragraphs or day_line(candidate.sentence.doc) is not None
            or continues_the_release(candidate.trigger, mentions)) \
        and not recalled(candidate.trigger)


def continues_the_release(trigger: Token, mentions: ArticleMentions) -> bool:
    """'The President also held a meeting with X' in the release's own voice (no speaker):
    'also' goes on with the occasion the release reports, on its day."""
    if mentions.speakers.get(trigger.sent.start) is not None:
        return False
    verb = trigger.head if trigger.dep_ in {"dobj", "nsubjpass"} else trigger
    return any(c.dep_ == "advmod" and c.lower_ == "also" for n in {trigger, verb}
               for c in n.children)
