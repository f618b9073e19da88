"""Approving predicates: a relation said to meet the interests of both sides ('strengthening
ties between X and Y serves the interests of both peoples'), two sides that 'saw eye to eye',
and getting along with X called a good thing. The asserter supports the other party."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions
from ingest.models import Polarity
from ingest.nlp import span_text
from ingest.stance_actors import clause_subjects, owner
from ingest.stance_acts import modifier_actors
from ingest.stance_base import (
    StanceCandidate,
    actors_in,
    first_child,
    object_author,
    phrase,
    stances_of,
    topic_for,
)
from ingest.stance_clauses import assertion_holders
from ingest.stance_cues import cues
from ingest.stance_evaluations import relation_word
from ingest.syntax import negated

CLAUSE_SUBJECTS = {"nsubj", "csubj"}


def approved(verb: Token) -> bool:
    """'meets the interests of', 'corresponds to the interests of', not negated."""
    lexicon = cues()
    if negated(verb) or "?" in span_text(verb.sent) or verb.lemma_.lower() not in lexicon.approving_verbs:
        return False
    obj = first_child(verb, {"dobj"})
    to = first_child(verb, {"prep"}, {"to"})
    obj = obj if obj is not None else (first_child(to, {"pobj"}) if to is not None else None)
    return obj is not None and obj.lemma_.lower() in lexicon.approved_objects


def relation_interest_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'strengthening relations between X and Y meets the interests of both nations'."""
    subject = first_child(verb, CLAUSE_SUBJECTS)
    if subject is None or not approved(verb):
        return []
    span = phrase(subject)
    parties = actors_in(span, mentions)
    if not any(relation_word(t) for t in span) or len({m.actor_id for m in parties}) not in {1, 2}:
        return []
    return [StanceCandidate(h, Polarity.support, None, "bilateral-relations", verb.sent, verb,
                            parties=parties) for h in assertion_holders(verb, mentions)]


def eye_to_eye_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X saw eye to eye with Y' (X supports Y), 'X and Y see eye to eye' (each the other)."""
    to = first_child(verb, {"prep"}, {"to"})
    second_eye = first_child(to, {"pobj"}, {"eye"}) if to is not None else None
    if negated(verb) or first_child(verb, {"dobj"}, {"eye"}) is None or second_eye is None:
        return []
    holders = clause_subjects(verb, mentions)
    with_ = first_child(verb, {"prep"}, {"with"}) or first_child(second_eye, {"prep"}, {"with"})
    partners = actors_in(phrase(with_), mentions) if with_ is not None else []
    if partners:
        return stances_of(holders, Polarity.support, partners[0], None, verb)
    if len({h.actor_id for h in holders}) != 2:
        return []
    return [StanceCandidate(h, Polarity.support, None, "bilateral-relations", verb.sent, verb,
                            parties=holders) for h in holders]


def good_thing_stance(copula: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'getting along with X is a good thing', 'working with X is important'."""
    lexicon = cues()
    doing = first_child(copula, {"csubj"})
    attr = first_child(copula, {"attr"})
    good = first_child(copula, {"acomp"}, lexicon.good_predicates) is not None or (
        attr is not None and first_child(attr, {"amod"}, lexicon.good_predicates) is not None)
    if doing is None or not good or negated(copula) or "?" in span_text(copula.sent):
        return []
    along = first_child(doing, {"prt"}, {"along", "on"}) is not None
    if not (along or doing.lemma_.lower() in lexicon.joint_work_words):
        return []
    with_ = next((t for t in phrase(doing) if t.dep_ == "prep" and t.lower_ == "with"), None)
    partners = actors_in(phrase(with_), mentions) if with_ is not None else []
    if not partners:
        return []
    return stances_of(assertion_holders(copula, mentions), Polarity.support, partners[0], None,
                      copula)


def basis_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X said the Chinese plan could serve as a basis for a settlement', 'Y's proposal is a
    good foundation for talks': X backs the author of the plan."""
    lexicon = cues()
    as_ = first_child(verb, {"prep"}, {"as"})
    basis = first_child(as_, {"pobj"}) if as_ is not None else first_child(verb, {"attr"})
    subject = first_child(verb, {"nsubj"})
    if (basis is None or subject is None or negated(verb) or "?" in span_text(verb.sent)
            or basis.lemma_.lower() not in lexicon.basis_nouns
            or subject.lemma_.lower() not in lexicon.proposal_nouns):
        return []
    authors = owner(subject, mentions) or object_author(subject, mentions) or modifier_actors(
        subject, mentions)
    topic = topic_for(phrase(basis), verb.sent, allow_sentence=False)
    # told at the plan: "could serve as a basis" is an endorsement, not a hypothesis
    return stances_of(assertion_holders(verb, mentions), Polarity.support,
                      authors[0] if authors else None, topic, subject) if authors else []


def approval_rules(token: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    lemma = token.lemma_.lower()
    if token.pos_ in {"AUX", "VERB"} and lemma in {"serve", "be", "become", "provide"}:
        found = basis_stance(token, mentions)
        if found:
            return found
    if token.pos_ == "VERB" and lemma in cues().approving_verbs:
        return relation_interest_stance(token, mentions)
    if token.pos_ == "VERB" and lemma == "see":
        return eye_to_eye_stance(token, mentions)
    if token.pos_ in {"AUX", "VERB"} and lemma == "be":
        return good_thing_stance(token, mentions)
    return []
