"""Calls for an end: 'called for an end to the sanctions', 'urged a halt to the strikes by X':
opposition to what is to end (the topic it names, or the actor doing it), never support of it;
an end to something neither an actor nor a topic ('an end to the speculation') is no stance."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import Polarity
from ingest.stance_actors import owner
from ingest.stance_base import StanceCandidate, first_child, object_author, stances_of, topic_for
from ingest.stance_cues import cues
from ingest.syntax import negated

ASKING_PREPS = cues().asking_preps


def requested_end(verb: Token) -> Token | None:
    """The end a call or an urging asks for: 'call for an end', 'urge a halt'."""
    words = cues().ending_nouns
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in words:
            return child
        if child.dep_ == "prep" and child.lower_ in ASKING_PREPS:
            asked = first_child(child, {"pobj"})
            if asked is not None and asked.lemma_.lower() in words:
                return asked
    return None


def ended_doer(ended: Token, mentions: ArticleMentions) -> Mention | None:
    """The actor that is to end, or whose doing is: 'X's shelling', 'the strikes by X'."""
    named = mentions.at_token(ended.i)
    found = [named] if named is not None else owner(ended, mentions) or object_author(ended, mentions)
    return found[0] if found else None


def ending_stance(verb: Token, end: Token, holders: list[Mention], mentions: ArticleMentions
                  ) -> list[StanceCandidate]:
    prep = first_child(end, {"prep"}, {"to", "of"})
    ended = first_child(prep, {"pobj"}) if prep is not None else None
    if ended is None or negated(verb):
        return []
    own_words = verb.doc[ended.left_edge.i:ended.i + 1]  # not its setting: 'X in Kosovo'
    target = ended_doer(ended, mentions)
    topic = topic_for(own_words, verb.sent, allow_sentence=False)
    if target is None and topic is None:
        return []
    return stances_of(holders, Polarity.oppose, target, topic, verb)
