"""Find actor mentions in an annotated article, each resolved to an actor id, plus places.
The work is done in rooms of its own: names (`names.py`, `name_spans.py`,
`name_layouts.py`, word lists in `data/mention_words.yaml`), titles
(`titles.py`, `learned_offices.py`), pronouns and speakers (`pronouns.py`) and places
(`places.py`); this module reads the article sentence by sentence and hands each its turn."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from spacy.tokens import Doc, Span

from ingest.dictionary import Dictionary
from ingest.learned_offices import LearnedOffices, OfficeLearner
from ingest.mention_words import mention_words
from ingest.models import ActorKind
from ingest.names import NameResolver
from ingest.nlp import text_of
from ingest.places import demonym_pairs, places_in
from ingest.pronouns import PENDING, SUBJECT_DEPS, PronounResolver
from ingest.titles import TitleResolver
from ingest.types import ArticleMentions, Mention, Place, Reading

__all__ = ["ArticleMentions", "Mention", "MentionFinder", "Place"]


class MentionFinder:
    """Finds and resolves mentions in one doc (an article), sentence by sentence. `learned`
    is the run's registry of offices learnt from the text (None: learn nothing)."""

    def __init__(self, dictionary: Dictionary, nlp, published: date | None,
                 learned: LearnedOffices | None = None):
        self.nlp = nlp
        self.reading = Reading(dictionary, published)
        self.names = NameResolver(self.reading, nlp)
        self.titles = TitleResolver(self.reading, learned)
        self.pronouns = PronounResolver(self.reading)
        self.learner = None
        if learned is not None:
            learned.next_article()
            self.learner = OfficeLearner(self.reading, learned)

    @property
    def result(self) -> ArticleMentions:
        return self.reading.result

    def find(self, doc: Doc) -> ArticleMentions:
        self.reading.text = text_of(doc)
        named = without_orphan_aliases(self.names.find(doc), self.reading.text)
        self.reading.named_people = [m for m in named.values() if m.kind == ActorKind.person]
        self.result.places += places_in(doc, self.reading.dictionary, self.nlp)
        starts = sorted(named)
        for sent in doc.sents:
            first, stop = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
            self.read_sentence(sent, [named[i] for i in starts[first:stop]])
        self.names.settle_lone_surnames()
        if self.learner is not None:
            self.learner.countries_from_the_run()
        return self.result

    def read_sentence(self, sent: Span, in_sentence: list[Mention]) -> None:
        """`in_sentence`: the names found in it, by their first token."""
        people = [m for m in in_sentence if m.kind == ActorKind.person]
        if self.learner is not None:
            self.learner.learn(sent, people)
        mentions = in_sentence + self.titles.title_mentions(sent, people)
        mentions += demonym_pairs(sent, self.reading.dictionary)
        self.pronouns.update_speaker(sent, in_sentence)
        if self.reading.speaker:
            self.result.speakers[sent.start] = self.reading.speaker
        mentions += self.pronouns.placeholders(sent, mentions)
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.via == PENDING:
                mention = self.pronouns.resolve(sent.doc[mention.root])
                if mention is None:
                    continue
            self.result.actors.append(mention)
            if mention.kind == ActorKind.person:
                mention.subject = sent.doc[mention.root].dep_ in SUBJECT_DEPS
                self.reading.history.append(mention)


def without_orphan_aliases(named: dict[int, Mention], text: str) -> dict[int, Mention]:
    """'the Security Council' of a Kremlin readout ('permanent members of the Security
    Council') that never names the UN is not the UN's."""
    words = mention_words()
    orphans = {alias for alias, cues in words.other_bodies.items()
               if any(cue in text for cue in cues) and not any(
                   re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
                   for word in words.parent_named.get(alias, ()))}
    return {start: m for start, m in named.items() if m.text not in orphans}
