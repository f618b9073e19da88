"""Stances said in idioms: 'stands firmly behind X', 'will stand with X', 'adheres to the
one-China policy', 'remains committed to EU membership', 'is on its European path', 'would
not give up its friendship with X', 'there is no alternative to X', 'has no intention of
joining X', 'will never accept X'. The idiom words live in ingest/data/stance_cues.yaml."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, Polarity
from ingest.stance_actors import actors_of, owner
from ingest.stance_acts import act_owner
from ingest.stance_base import (
    StanceCandidate,
    actors_in,
    first_child,
    phrase,
    stances_of,
    topic_for,
    verb_holders,
)
from ingest.stance_cues import cues
from ingest.stance_pairs import readout_parties
from ingest.stance_standing import STATES, backed, being_against_stance, standing_stance
from ingest.stance_statehood import contested_entity
from ingest.syntax import negated

COPULAS = cues().copulas


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause a noun or adjective sits in."""
    return token if token.pos_ in {"VERB", "AUX"} else next(
        (n for n in token.ancestors if n.pos_ in {"VERB", "AUX"}), None)


def favour_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X spoke in favour of a border correction', 'is in favour of Y's membership': X
    supports Y (or the topic); 'voted in favour' is the vote rules'."""
    preposition = noun.head
    verb = preposition.head
    of = first_child(noun, {"prep"}, {"of"})
    if noun.dep_ != "pobj" or preposition.lower_ != "in" or of is None or (
            verb.lemma_.lower() == "vote" or negated(verb) or verb.pos_ not in {"VERB", "AUX"}):
        return []
    favoured = first_child(of, {"pobj"})  # "of Y's membership", not "of a border between Y and Z"
    targets = [m for m in owner(favoured, mentions) or actors_of(favoured, mentions)
               if m.via != "speaker"] if favoured is not None else []
    return stances_of(verb_holders(verb, mentions), Polarity.support, targets[0] if targets else None,
                      topic_for(phrase(of), noun.sent, False), noun)


def adherence_stance(token: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X adheres to the one-China policy', "X's commitment to Y", 'X remained committed
    to EU membership', 'the need for compliance with the territorial integrity of Y was
    reaffirmed': X supports what it adheres to."""
    prep = first_child(token, {"prep"}, {"to"})
    if prep is None and token.pos_ == "NOUN" and token.lemma_.lower() in cues().compliance_nouns:
        prep = first_child(token, {"prep"}, {"with", "for", "of"})  # "compliance with X"
    verb = clause_verb(token)
    if prep is None or verb is None or negated(token) or negated(token.head):
        return []
    if any(t.lower_ in cues().relation_nouns for t in phrase(prep)) and (
            topic_for(phrase(prep), token.sent, False) != "belgrade-pristina-dialogue"):
        return []  # "committed to developing relations with X": the relation rules' case
    target, topic = backed(prep, mentions, states_only=True)
    if prep.lower_ != "to" and not complied_with(prep, target, topic):
        return []  # "with all our respect and love for X", "respect for the culture"
    holders = (owner(token, mentions) if token.pos_ in {"NOUN", "PROPN"} else []) or (
        readout_parties(token, mentions))  # "The need for compliance with X was reaffirmed"
    return stances_of(holders or verb_holders(verb, mentions), Polarity.support, target, topic,
                      token)


def complied_with(prep: Token, target: Mention | None, topic: str | None) -> bool:
    """'compliance with / respect for the territorial integrity of X': a named state's
    integrity, not a principle for 'all countries'."""
    if topic not in cues().sustain_topics:
        return False
    if target is not None:
        return target.kind == ActorKind.country
    return any(t.pos_ == "PROPN" for t in phrase(prep))


def course_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X is on its European path', 'X stays on the European road', 'X continues on its
    path to the EU': X supports that course (and the body it leads to)."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "on" or verb.lemma_.lower() not in (
            COPULAS | cues().continuing_verbs) or negated(verb):
        return []
    topic = topic_for(phrase(noun), noun.sent, False)
    bodies = [m for m in actors_in(phrase(noun), mentions) if m.kind == ActorKind.organisation]
    return stances_of(verb_holders(verb, mentions), Polarity.support, bodies[0] if bodies else None,
                      topic, noun)


def goal_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'EU membership remains Serbia's strategic goal', 'our priority is joining NATO': the
    goal's owner supports it (and the body it names)."""
    copula = noun.head
    if noun.dep_ not in {"attr", "nsubj"} or copula.lemma_.lower() not in COPULAS or negated(copula):
        return []
    goal = first_child(copula, {"nsubj", "csubj"} if noun.dep_ == "attr" else {"attr"})
    span = phrase(goal)
    topic = topic_for(span, noun.sent, False)
    bodies = [m for m in actors_in(span, mentions) if m.kind == ActorKind.organisation]
    of = first_child(noun, {"prep"}, {"of"})  # "the main aim of Albania"
    holders = owner(noun, mentions) or (actors_in(phrase(of), mentions) if of is not None else [])
    return stances_of(holders, Polarity.support, bodies[0] if bodies else None,
                      topic, noun) if topic else []


def kept_relation_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X would not give up its friendship with Y', 'X will never abandon its alliance with
    Y': X supports Y."""
    verb = noun.head
    particle = first_child(verb, {"prt"})
    said = verb.lemma_.lower() + (" " + particle.lower_ if particle is not None else "")
    if noun.dep_ != "dobj" or said not in cues().abandon_verbs or not negated(verb):
        return []
    partners = [m for c in noun.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}
                for m in actors_in(phrase(c), mentions)]
    if not partners:
        return []
    return stances_of(verb_holders(verb, mentions), Polarity.support, partners[0],
                      "bilateral-relations", noun)


def no_alternative_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'there is no alternative to the Minsk agreements': support of that topic."""
    to = first_child(noun, {"prep"}, {"to"})
    verb = clause_verb(noun)
    if to is None or verb is None or not any(c.lower_ == "no" for c in noun.children):
        return []
    topic = topic_for(phrase(to), noun.sent, False)
    return stances_of(verb_holders(verb, mentions), Polarity.support, None, topic, noun)


def intention_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X has no intention of joining NATO': X opposes what it will not join; 'X reaffirmed
    its intention to join the EU': X supports it."""
    plan = first_child(noun, {"prep", "acl"}, None)
    verb = clause_verb(noun)
    refused = any(c.lower_ == "no" for c in noun.children)
    if plan is None or verb is None or negated(verb) or not refused and (
            verb.lemma_.lower() not in cues().expressing_verbs | {"have"}):
        return []
    joined = [t for t in plan.subtree if t.lemma_.lower() in cues().joining_verbs]
    if not joined:
        return []
    span = phrase(joined[0])
    told = {t.i for r in span if r.dep_ == "relcl" for t in r.subtree}  # "..., which bombed Y"
    obj = first_child(joined[0], {"dobj"})
    targets = [m for m in (actors_of(obj, mentions) if obj is not None else [])
               or actors_in(span, mentions) if m.kind in STATES and m.root not in told]
    topic = topic_for(noun.doc[span.start:min(told, default=span.end)], noun.sent, False)
    holders = owner(noun, mentions) or verb_holders(verb, mentions)
    return stances_of(holders, Polarity.oppose if refused else Polarity.support,
                      targets[0] if targets else None, topic, noun)


def refusal_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X will never accept Y's independence', 'will not tolerate a new escalation': X
    opposes Y or the topic (accepting, said plainly, is often a courtesy: no stance)."""
    to = first_child(verb, {"prep"}, {"to"})  # "will never agree to X's membership"
    obj = first_child(verb, {"dobj"}) or (first_child(to, {"pobj"}) if to is not None else None)
    if obj is None or not negated(verb):
        return []
    of = first_child(obj, {"prep"}, {"of"}) if obj.lemma_.lower() in cues().membership_nouns else None
    targets = [m for m in act_owner(obj, mentions) or actors_of(obj, mentions) or (
        actors_of(first_child(of, {"pobj"}) or of, mentions) if of is not None else [])  # "of X in the UN"
               or contested_entity(obj, mentions) if m.via != "speaker"]  # "this false state"
    topic = topic_for(phrase(obj), verb.sent, False)
    return stances_of(verb_holders(verb, mentions), Polarity.oppose,
                      targets[0] if targets else None, topic, verb)


def deserting_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Russia will not abandon Serbia', 'we will never leave X alone', 'will not let X
    down': the subject stands by the actor it refuses to desert."""
    words = cues().deserting_verbs
    said = verb.lemma_.lower()
    extra = next((c.lower_ for c in verb.children if c.dep_ in {"prt", "oprd", "acomp", "advmod",
                                                                 "xcomp", "ccomp"}
                  and f"{said} {c.lower_}" in words), None)
    if (said not in words and extra is None) or not negated(verb):
        return []
    obj = first_child(verb, {"dobj"})
    if obj is None and extra is not None:  # "leave Serbia alone" parsed as a small clause
        small = first_child(verb, {"ccomp", "xcomp", "oprd"})
        obj = first_child(small, {"nsubj"}) if small is not None else None
    targets = [m for m in actors_of(obj, mentions) if m.via != "speaker"] if obj is not None else []
    if not targets:
        return []
    return stances_of(verb_holders(verb, mentions), Polarity.support, targets[0],
                      topic_for(None, verb.sent, True), verb)


DESERTING_FIRST_WORDS = frozenset(w.split()[0] for w in cues().deserting_verbs)  # "let (down)"
KEPT_RELATIONS = cues().relation_nouns | {"alliance"}


def idiom_rules(token: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    lemma, lexicon = token.lemma_.lower(), cues()
    if lemma == "be":
        return being_against_stance(token, mentions)
    if token.pos_ == "NOUN" and lemma in lexicon.favour_nouns:
        return favour_stance(token, mentions)
    if token.pos_ == "VERB" and (lemma == "stand" or lemma in lexicon.siding_verbs or any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.backing_objects  # "threw its weight
            for c in token.children)):  # behind X"
        return standing_stance(token, mentions)
    if token.pos_ == "VERB" and lemma in lexicon.refused_when_negated:
        return refusal_stance(token, mentions)
    if token.pos_ == "VERB" and lemma in DESERTING_FIRST_WORDS:
        return deserting_stance(token, mentions)
    if lemma in lexicon.adherence_words or token.lower_ in lexicon.adherence_words or (
            token.pos_ == "NOUN" and lemma in lexicon.compliance_nouns):
        return adherence_stance(token, mentions)
    if token.pos_ == "NOUN" and lemma in lexicon.commitment_nouns:
        return intention_stance(token, mentions)
    if token.pos_ == "NOUN" and lemma == "alternative":
        return no_alternative_stance(token, mentions)
    if token.pos_ == "NOUN" and lemma in lexicon.course_nouns:
        return course_stance(token, mentions)
    if token.pos_ == "NOUN" and lemma in lexicon.goal_nouns:
        return goal_stance(token, mentions)
    if token.pos_ == "NOUN" and lemma in KEPT_RELATIONS:
        return kept_relation_stance(token, mentions)
    return []
