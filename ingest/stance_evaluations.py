"""Evaluations a speaker makes of an actor or a relation: 'X is doing the right thing'
(support of X), 'A and B are fraternal peoples' (each side supports the other), 'X was
pleased with the progress in relations with Y', 'X expressed hope for the development of
relations' (support of the other party, named there or the last pair of people named).
Judgements of an actor ('X remains the main threat') are in stance_judgements.py."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, Polarity
from ingest.nlp import span_text
from ingest.stance_actors import clause_subjects
from ingest.stance_base import (
    StanceCandidate,
    actors_in,
    first_child,
    phrase,
    stances_of,
    topic_for,
)
from ingest.stance_clauses import assertion_holders
from ingest.stance_cues import cues
from ingest.stance_judgements import judgement_rules
from ingest.stance_pairs import last_pair, they_pair
from ingest.syntax import negated

KINDRED_NOUNS = cues().kindred_nouns
RIGHT_WORDS = cues().right_words
CONTENT_PREPS = cues().content_preps


def right_thing_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X is doing the right thing', 'X did the right thing': the asserter supports X."""
    obj = first_child(verb, {"dobj"})
    if obj is None or obj.lemma_.lower() != "thing" or negated(verb) or not any(
            c.dep_ == "amod" and c.lower_ in RIGHT_WORDS for c in obj.children):
        return []
    subject = first_child(verb, {"nsubj"})
    targets = actors_in(phrase(subject), mentions) if subject is not None else []
    if not targets:
        return []
    return stances_of(assertion_holders(verb, mentions), Polarity.support, targets[0], None, verb)


def kindred_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Serbs and Russians are brotherly peoples': the asserter supports the other side."""
    if noun.dep_ != "attr" or negated(noun.head) or not any(
            c.dep_ == "amod" and c.lower_ in cues().positive_relation_modifiers
            and c.lower_ in {"fraternal", "brotherly", "friendly"} for c in noun.children):
        return []
    subject = first_child(noun.head, {"nsubj"})
    sides = actors_in(phrase(subject), mentions) if subject is not None else []
    if len({m.actor_id for m in sides}) not in {1, 2}:
        return []
    return [StanceCandidate(h, Polarity.support, None, "bilateral-relations", noun.sent, noun,
                            parties=sides) for h in assertion_holders(noun, mentions)]


def relation_word(token: Token) -> bool:
    words = cues().relation_nouns
    return token.lemma_.lower() in words or token.lower_ in words


def relation_topic(span: Span) -> str:
    """Relations in general, or trade alone: 'pleased with the growth of trade'."""
    return "bilateral-relations" if any(relation_word(t) for t in span) else "economic-cooperation"


def relation_content(head: Token, preps: frozenset[str] | set[str] = CONTENT_PREPS) -> Span | None:
    """What one is pleased with or hopes for, when it is about relations getting on."""
    lexicon = cues()
    content = first_child(head, {"prep", "dative"}, preps) or first_child(
        head, {"ccomp", "acl"})  # "confidence that relations would remain strong"
    span = phrase(content)
    if span is None or "?" in span_text(head.sent) or negated(head) or not any(
            relation_word(t) or t.lower_ in lexicon.exchange_nouns for t in span):
        return None
    if any(t.lower_ in lexicon.worsening_words and t.doc[t.i - 1].text != "-" or negated(t)
           for t in span):  # "above the pre-crisis level" is no crisis
        return None
    return span


def relation_evaluation(head: Token, holders: list[Mention], mentions: ArticleMentions,
                        preps: frozenset[str] | set[str] = CONTENT_PREPS) -> list[StanceCandidate]:
    span = relation_content(head, preps)
    if span is None or not holders:
        return []
    people = [h for h in holders if h.kind == ActorKind.person]
    pair = len({h.actor_id for h in people}) == 2  # "the two leaders were pleased ..."
    holders = people[:2] if pair else holders[:1]
    parties = actors_in(span, mentions) or (holders if pair else last_pair(head, mentions))
    if not parties or len({m.actor_id for m in parties}) > 2:
        return []  # with whom? or many states: multilateral, not a relation
    return [StanceCandidate(h, Polarity.support, None, relation_topic(span), head.sent, head,
                            parties=parties) for h in holders]


def satisfaction_stance(adjective: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X was satisfied with relations with Y', 'X is pleased that the dialogue goes on'."""
    if adjective.dep_ != "acomp" or negated(adjective.head):
        return []
    return relation_evaluation(adjective, evaluators(adjective.head, mentions), mentions)


def hope_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X expressed hope for the further development of relations'."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in cues().expressing_verbs:
        return []
    return relation_evaluation(noun, evaluators(verb, mentions), mentions)


def evaluators(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """The subject, or the pair a sentence-initial 'They' stands for."""
    return clause_subjects(verb, mentions) or [
        m for c in verb.children if c.dep_ == "nsubj" for m in they_pair(c, mentions)]


def assessment_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X and Y gave a positive assessment of their cooperation', 'a high assessment was
    given to relations with Y' (said of the last pair of people named)."""
    lexicon = cues()
    if not any(c.dep_ == "amod" and c.lower_ in lexicon.positive_assessments
               for c in noun.children):
        return []
    verb = noun.head
    if negated(verb):
        return []
    if noun.dep_ == "dobj" and verb.lemma_.lower() in lexicon.expressing_verbs:
        return relation_evaluation(noun, evaluators(verb, mentions), mentions, {"of"})
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in lexicon.expressing_verbs:
        return relation_evaluation(verb, last_pair(noun, mentions), mentions, {"to"})
    return []


def wrongdoing_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Y was unlawfully deprived of Z by X', 'X illegally seized Y': the asserter opposes X."""
    lexicon = cues()
    if negated(verb) or "?" in span_text(verb.sent) or not any(
            c.dep_ == "advmod" and c.lower_ in lexicon.wrongful_adverbs for c in verb.children):
        return []
    agent = first_child(verb, {"agent"})
    doer = agent if agent is not None else first_child(verb, {"nsubj"})
    targets = actors_in(phrase(doer), mentions) if doer is not None else []
    if not targets:
        return []
    return stances_of(assertion_holders(verb, mentions), Polarity.oppose, targets[0], None, verb)


def harm_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'sanctions are worsening the recession': the asserter opposes what the subject names
    (sanctions, tariffs, border changes), not whoever is hurt."""
    subject = first_child(verb, {"nsubj"})
    if subject is None or negated(verb) or "?" in span_text(verb.sent):
        return []
    topic = topic_for(phrase(subject), verb.sent, allow_sentence=False)
    if topic not in cues().concern_topics:
        return []
    return stances_of(assertion_holders(verb, mentions), Polarity.oppose, None, topic, verb)


def evaluation_rules(token: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    if token.pos_ == "VERB" and token.lemma_.lower() in cues().harm_verbs:
        return harm_stance(token, mentions)
    if token.pos_ == "VERB" and token.lemma_.lower() == "do":
        return right_thing_stance(token, mentions)
    if token.pos_ == "VERB" and token.lemma_.lower() in cues().wronging_verbs:
        return wrongdoing_stance(token, mentions)
    if token.pos_ == "NOUN" and token.lower_ in KINDRED_NOUNS:
        return kindred_stance(token, mentions)
    if token.pos_ == "ADJ" and token.lower_ in cues().satisfaction_adjectives:
        return satisfaction_stance(token, mentions)
    if token.pos_ == "NOUN" and token.lemma_.lower() in cues().hope_nouns:
        return hope_stance(token, mentions)
    if token.pos_ == "NOUN" and token.lemma_.lower() in cues().assessment_nouns:
        return assessment_stance(token, mentions)
    return judgement_rules(token, mentions)
