"""Contested statehood told without its name: 'the unilateral declaration of independence',
'the so-called independence', 'the self-proclaimed state' stand for Kosovo when the article
names Kosovo around the sentence (the project's one such case; others name their entity)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.stance_cues import cues

CONTEXT_SENTENCES = 3  # the sentences before the cue's that may name the entity
CONTESTED = "kosovo"


@lru_cache
def contesting_words() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(cues().contested_statehood_modifiers) + r")\b")


def contested_entity(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """Kosovo, for a statehood noun ('declaration', 'independence', 'state') qualified as
    unilateral, so-called, self-proclaimed ... that names no other entity."""
    if noun.lemma_.lower() not in cues().statehood_nouns:
        return []
    tokens = noun.doc[noun.left_edge.i:noun.right_edge.i + 1]
    named = [t for t in tokens if t.pos_ == "PROPN"]
    if named or not contesting_words().search(tokens.text.lower()):
        return []
    return nearby_entity(noun, mentions)


def nearby_entity(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    sentence = noun.sent
    start = sentence.start
    for _ in range(CONTEXT_SENTENCES):
        start = noun.doc[start - 1].sent.start if start > 0 else start
    found = [m for m in mentions.between(start, sentence.end) if m.actor_id == CONTESTED]
    headline = next(iter(noun.doc.sents))
    found = found or [m for m in mentions.in_span(headline) if m.actor_id == CONTESTED]
    return found[-1:]
