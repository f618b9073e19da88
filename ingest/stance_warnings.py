"""Warnings: 'X told Y that any new attack on Z would bring a firm response' is X's
opposition to the one whose act it would answer (a conditional threat, not a hypothesis)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions
from ingest.models import Polarity
from ingest.stance_actors import clause_subjects
from ingest.stance_acts import act_owner
from ingest.stance_base import StanceCandidate, first_child, phrase, stances_of, topic_for
from ingest.stance_cues import cues
from ingest.syntax import negated


def warning_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    lexicon = cues()
    if verb.lemma_.lower() not in lexicon.consequence_verbs or negated(verb) \
            or verb.dep_ != "ccomp":
        return []
    act = first_child(verb, {"nsubj"})
    if act is None or not any(c.dep_ == "det" and c.lower_ == "any" for c in act.children):
        return []  # "the attack brought a response": a fact told, no warning
    answers = [t for t in verb.subtree if t.dep_ in {"dobj", "pobj"}
               and t.lemma_.lower() in lexicon.warned_consequences]
    targets = act_owner(act, mentions)
    holders = clause_subjects(verb.head, mentions)
    if not answers or not targets or not holders:
        return []
    topic = topic_for(phrase(act), verb.sent, allow_sentence=True)
    return stances_of(holders, Polarity.oppose, targets[0], topic, verb.head)
