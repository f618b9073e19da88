"""Territorial claims said as a fact: '"Kosovo is Serbia," X said', 'Kosovo is and will
remain part of Serbia', 'Kosovo is the heart of Serbia': a Serbian X opposes the land's own
statehood (the golds' reading), another X supports the claiming state ('Taiwan is China',
said in Belgrade); '... is not Serbia': X opposes the claiming state. And 'the dialogue
is the only way to a lasting agreement': X supports what is the only way; 'the
Association is an obligation / is not optional' and 'Serbia belongs in the EU': X supports
the subject's topic or place."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.dictionary import load_dictionary
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, Polarity
from ingest.nlp import span_text
from ingest.stance_actors import actors_of, clause_subjects
from ingest.stance_acts import earlier_topic
from ingest.stance_base import (
    StanceCandidate,
    first_child,
    phrase,
    stances_of,
    topic_for,
    verb_holders,
)
from ingest.stance_clauses import assertion_holders
from ingest.stance_cues import cues
from ingest.stance_settle import home
from ingest.syntax import negated

CLAIM_VERBS = cues().claim_copulas
PAST = {"VBD", "VBN"}


def territory_claim_stance(copula: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    if copula.lemma_ not in CLAIM_VERBS:
        return []
    attr = first_child(copula, {"attr"})
    shared = copula.head if copula.dep_ == "conj" else copula  # "is and will remain Serbia"
    subject = first_child(copula, {"nsubj"}) or first_child(shared, {"nsubj"})
    if attr is None or subject is None or told_as_past(copula) or "?" in span_text(copula.sent):
        return []
    land = [m for m in actors_of(subject, mentions) if m.kind == ActorKind.country]
    claimant = claimed_by(attr, mentions)
    if not land or claimant is None or claimant.actor_id == land[0].actor_id:
        return []
    topic = topic_for(phrase(subject), copula.sent, allow_sentence=False) or "territorial-integrity"
    holders = claim_holders(shared, mentions)
    if negated(copula):  # "Kosovo is not Serbia": against the claim
        return stances_of(holders, Polarity.oppose, claimant, topic, copula)
    dictionary = load_dictionary()
    own = [h for h in holders if claimant.actor_id in {h.actor_id, home(h, dictionary, mentions)}]
    others = [h for h in holders if h not in own]  # "Taiwan is China", said in Belgrade
    return (stances_of(own, Polarity.oppose, land[0], topic, copula)  # against its statehood
            + stances_of(others, Polarity.support, claimant, topic, copula))


def claim_holders(clause: Token, mentions: ArticleMentions) -> list[Mention]:
    """Who asserts the claim: its quoted source or reporter, or the subject of 'repeated /
    stressed / insisted that ...'."""
    found = assertion_holders(clause, mentions)
    asserting = cues().expressing_verbs | cues().backshifting_verbs
    if not found and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in asserting:
        found = clause_subjects(clause.head, mentions)
    return found


def claimed_by(attr: Token, mentions: ArticleMentions) -> Mention | None:
    """'Serbia' in 'is Serbia', 'is part / the heart / an integral part of Serbia'."""
    if attr.lemma_.lower() in cues().claim_nouns:
        of = first_child(attr, {"prep"}, {"of"})
        attr = first_child(of, {"pobj"}) if of is not None else None
    elif any(c.dep_ == "det" or c.dep_ == "prep" for c in attr.children):
        return None  # "Kosovo is the Serbia of ...": a comparison
    found = [m for m in (actors_of(attr, mentions) if attr is not None else [])
             if m.kind == ActorKind.country]
    return found[0] if found else None


def told_as_past(copula: Token) -> bool:
    """'Kosovo was part of Serbia until 2008': history, unless a present or future follows
    ('was, is and will be Serbia')."""
    forms = [copula] + [c for c in copula.children if c.dep_ == "conj"]
    return copula.tag_ in PAST and all(f.tag_ in PAST for f in forms) and not any(
        c.dep_ == "aux" for f in forms for c in f.children)


def only_way_stance(copula: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'the dialogue was "the only path" to a lasting agreement', 'talks are the best way to
    solve it', X said: X supports the topic of the subject; 'the only path to normalisation
    is through the dialogue': the topic of the means."""
    attr = first_child(copula, {"attr"})
    subject = first_child(copula, {"nsubj"})
    through = first_child(copula, {"prep"}, {"through", "via"})
    if subject is not None and is_only_way(subject) and (through or attr) is not None and (
            copula.lemma_ in CLAIM_VERBS and not negated(copula)):
        means = phrase(through or attr)  # "the only path to normalization is through the dialogue"
        topic = topic_for(means, copula.sent, False) or topic_for(phrase(subject), copula.sent, False)
        holders = (verb_holders(copula.head, mentions) if copula.dep_ == "ccomp" else []) or (
            claim_holders(copula, mentions))  # "X reiterated ... and underscored that ..."
        return stances_of(holders, Polarity.support, None, topic, copula) if topic else []
    if copula.lemma_ not in CLAIM_VERBS or attr is None or subject is None or negated(copula) or (
            not is_only_way(attr)) or subject.tag_ in {"WDT", "WP"}:
        return []
    topic = topic_for(phrase(subject), copula.sent, allow_sentence=False) or earlier_topic(
        subject) or topic_for(phrase(attr), copula.sent, allow_sentence=False)
    return stances_of(claim_holders(copula, mentions), Polarity.support, None, topic, copula
                      ) if topic else []


def is_only_way(noun: Token) -> bool:
    """'the only path', 'the best way', 'the sole road'."""
    return noun.lemma_.lower() in cues().way_nouns and any(
        c.lower_ in {"only", "best", "sole", "right"} for c in noun.children)


def obligation_stance(copula: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'the establishment of the Association is a legal obligation', 'the deal is binding',
    'is not optional', X said: X supports the subject's topic ('is not binding': opposes)."""
    lexicon = cues()
    subject = first_child(copula, {"nsubj"})
    said = first_child(copula, {"attr", "acomp"})
    if copula.lemma_ not in CLAIM_VERBS or subject is None or said is None or subject.pos_ == "PRON":
        return []
    words = {said.lemma_.lower(), said.lower_}  # 'binding' has the lemma 'bind'
    denied = negated(copula) or negated(said)  # "is not binding", parsed either way
    if words & lexicon.optional_adjectives:
        binding = denied
    elif words & (lexicon.obligation_nouns | lexicon.obligation_adjectives):
        binding = not denied
    else:
        return []
    topic = topic_for(phrase(subject), copula.sent, allow_sentence=False) or earlier_topic(subject)
    polarity = Polarity.support if binding else Polarity.oppose
    return stances_of(claim_holders(copula, mentions), polarity, None, topic, copula) if topic else []


def belonging_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Serbia belongs in the European Union', X said: X supports Serbia on that path."""
    body = first_child(first_child(verb, {"prep"}, {"in"}) or verb, {"pobj"})
    subject = first_child(verb, {"nsubj"})
    if body is None or subject is None or negated(verb) or not [
            m for m in actors_of(body, mentions) if m.kind == ActorKind.organisation]:
        return []
    members = actors_of(subject, mentions)
    topic = topic_for(verb.doc[verb.i:body.right_edge.i + 1], verb.sent, False)
    return stances_of(claim_holders(verb, mentions), Polarity.support,
                      members[0] if members else None, topic, verb)
