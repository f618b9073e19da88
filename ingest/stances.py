"""Stance rules: a cue (support, back, welcome, reject, oppose, refuse to recognize, urge,
'thanked X for the support of Y', ...) with its holder, target actor and/or topic. The cue
words live in ingest/data/stance_cues.yaml; the other families in ingest/stance_forms.py."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.dictionary import Dictionary
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, Polarity
from ingest.stance_actors import (
    FIRST_PERSON,
    SECOND_PERSON,
    actors_of,
    clause_subjects,
    owner,
)
from ingest.stance_acts import (
    OBJECT_PREPS,
    deferred_party,
    demonym_state,
    earlier_topic,
    object_actor,
    passive_patient,
)
from ingest.stance_agreement import backed_relation_stance, feeling_stance
from ingest.stance_approvals import approval_rules
from ingest.stance_base import (
    StanceCandidate,
    actors_in,
    clause_topic,
    denied_implication,
    first_child,
    governed_by,
    hypothetical,
    own_conjunct,
    phrase,
    stances_of,
    topic_for,
    verb_holders,
)
from ingest.stance_clauses import (
    backs_someone,
    demanded_of_another,
    demands_compliance,
    doubted,
    greeted,
    joint_partner,
    mistagged_verb,
    own_target,
    reciprocal,
    requester,
)
from ingest.stance_cues import cues
from ingest.stance_denials import withdrawn
from ingest.stance_endings import (
    complement_stance,
    complement_topic,
    ending_stance,
    requested_end,
    restraint_stance,
)
from ingest.stance_evaluations import evaluation_rules
from ingest.stance_forms import noun_rules, verb_rules
from ingest.stance_idioms import idiom_rules
from ingest.stance_pairs import readout_parties
from ingest.stance_protests import in_protest_stance
from ingest.stance_relations import adjective_rules
from ingest.stance_sanctions import names_sanctions
from ingest.stance_settle import settled_stances
from ingest.stance_states import document_stance
from ingest.stance_thanks import grateful_stance, gratitude_addressee, thanked_for_bare_support
from ingest.stance_votes import vote_rules
from ingest.stance_warnings import warning_stance
from ingest.syntax import SUBJECTS, climb, negated

__all__ = ["StanceCandidate", "stances_in"]
SANCTION_WORDS = cues().sanction_nouns
ABOUT_PREPS = cues().about_preps


def about_sanctions(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in SANCTION_WORDS for c in prep.children)


def verb_target(verb: Token, holders: list[Mention], mentions: ArticleMentions
                ) -> tuple[Mention | None, Token | None]:
    target, obj = object_actor(verb, mentions)
    deferred = deferred_party(obj, mentions) if obj is not None else []
    if deferred:  # "would support any solution that Belgrade accepts": Belgrade
        return deferred[0], obj
    if target is not None and target.text.lower() in SECOND_PERSON and not any(
            c.dep_ in SUBJECTS and c.lower_ in FIRST_PERSON for c in verb.children):
        target = None  # "people would support your position": a generic 'you'
    if target is None and any(c.dep_ == "auxpass" for c in verb.children):
        target = passive_patient(verb, holders, mentions)
    if obj is not None and names_sanctions(obj):
        target = None  # "oppose sanctions against X" is no stance against X
    if target is None and obj is not None and obj.lemma_.lower() in cues().opening_nouns:
        target = joint_partner(obj, mentions)
    if target is None and obj is not None:
        target = requester(obj, mentions)  # "rejected calls from X to ..."
    if target is None and obj is not None and obj.lemma_.lower() in cues().document_nouns:
        target = next((state for t in obj.subtree if t.i < obj.i and t.dep_ in {"amod", "compound"}
                       if (state := demonym_state(t)) is not None), None)  # "a British draft"
    return target, obj


def verb_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    lemma, lexicon = verb.lemma_.lower(), cues()
    governors = lexicon.request_governors | lexicon.verb_cues
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        governors = lexicon.request_governors  # "Y's veto to block Z": the noun is the means
    if governed_by(verb, governors) and not own_target(verb, mentions) and not own_conjunct(
            verb, governors):
        return []
    if doubted(verb):
        return []  # "she did not consider it fair to blame X"
    if demanded_of_another(verb, mentions):
        return []  # "X told Y that Serbia must recognise Kosovo": X's demand, no stance of Serbia
    holders = verb_holders(verb, mentions)
    if lemma in lexicon.call_for_verbs | lexicon.urge_verbs | lexicon.expecting_verbs:
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
            return []  # "its campaign encouraging states to ...": what the campaign does
        if any(c.dep_ == "auxpass" for c in verb.children) and not any(
                c.dep_ == "agent" for c in verb.children):  # "X said both leaders had been
            holders = [] if verb.head.i == verb.i else verb_holders(verb.head, mentions)  # urged": X
        end = requested_end(verb)  # "called for an end to X": opposition to X
        return ending_stance(verb, end, holders, mentions) if end is not None else (
            restraint_stance(verb, holders, mentions) or complement_stance(verb, holders, mentions))
    target, obj = verb_target(verb, holders, mentions)
    if obj is not None and obj.pos_ == "PRON" and obj.dep_ == "nsubjpass" and negated(verb):
        return []  # "because he was never endorsed by X": a past fact of whoever 'he' is
    if lemma == "welcome" and obj is not None and greeted(verb, obj, mentions):
        return []  # "We are glad to welcome Mr Halvorsen", "welcomed the President to Brussels"
    supports = lemma in lexicon.support_verbs
    neither = any(t.dep_ == "preconj" and t.lower_ == "neither" for c in verb.children
                  if c.dep_ in SUBJECTS for t in c.subtree)  # "neither X nor Y recognises Z"
    if negated(verb) or neither or governed_by(  # "refused to recognise", "revoked its decision to recognise"
            verb, lexicon.negating_governors, siblings=False) or withdrawn(verb):
        supports = not supports
    if denied_implication(verb):
        supports = not supports
    polarity = Polarity.support if supports else Polarity.oppose
    if lemma in {"recognize", "recognise"}:
        if reciprocal(obj) and "kosovo" in {h.actor_id for h in holders}:
            return [c for h in holders for other in holders if other.actor_id != h.actor_id
                    for c in stances_of([h], polarity, other, "kosovo", verb)]
        if target is not None and target.kind == ActorKind.person and first_child(
                verb, {"prep"}, {"as"}) is not None:  # "does not recognise X as the envoy"
            return stances_of(holders, polarity, target, None, verb)
        if target is None or target.actor_id != "kosovo":
            return []
        topic = "kosovo"
    elif obj is not None and names_sanctions(obj):
        topic = "sanctions"  # "opposed sanctions on Russian energy"
    else:
        topic = topic_for(phrase(obj), verb.sent, allow_sentence=False) or complement_topic(
            verb, {"prep"}, ABOUT_PREPS)  # "veto X on Y", "backs Belgrade on Kosovo"
        if topic is None and obj is not None and obj.lemma_.lower() in lexicon.agreement_nouns:
            topic = earlier_topic(obj)  # "welcomed the deal": the deal told before
        if topic is None and target is not None:
            topic = clause_topic(verb) or topic_for(None, verb.sent, allow_sentence=True)
        if topic is None and target is not None and target.root < verb.sent.start:
            earlier = verb.doc[target.root].sent  # the act told before: its own topic
            topic = topic_for(earlier, earlier, allow_sentence=False)
        if target is None:  # "condemned the measure as an attempt to drive Serbs out of Kosovo"
            topic = topic or complement_topic(verb, {"prep"}, {"as"}) or earlier_topic(obj)
    if supports:  # "support ties between X and Y": the target is the party not one's own
        backed = backed_relation_stance(verb, holders, obj, topic, mentions, target is not None)
        if backed:
            return backed
    return stances_of(holders, polarity, target, topic, verb)


def noun_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'thanked X for the support of Y', 'grateful to X for its support', "X's support",
    'X reaffirmed its support for Y', 'X voiced opposition to Y'."""
    lexicon = cues()
    if governed_by(noun, lexicon.request_governors):
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() == "protest":
        return in_protest_stance(noun, mentions)  # "recalled its envoy in protest at X"
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ == "vote":
        return []  # "voted in support of X": the vote rule's
    polarity = Polarity.oppose if noun.lemma_.lower() in lexicon.oppose_nouns else Polarity.support
    holders, thanker, thanked = owner(noun, mentions), None, False
    consent = polarity == Polarity.oppose and none_had(noun)  # "X has no objection to Y"
    if consent:
        polarity, holders = Polarity.support, holders or verb_holders(noun.head, mentions)
    aside = noun.dep_ == "pobj" and noun.head.lower_ in {"with", "without"}  # "with X backing"
    for edge, node in climb(noun):
        if edge in {"dobj", "prep"} and node.lemma_.lower() in lexicon.expressing_verbs and not aside:
            holders = clause_subjects(node, mentions) or holders or (  # "and reaffirmed U.S. support"
                verb_holders(node, mentions) if node.pos_ == "VERB" and backs_someone(noun, mentions)
                else [])  # for Y"
            break
        if polarity == Polarity.oppose:
            continue  # gratitude is for support only
        if node.lemma_.lower() in lexicon.gratitude or any(
                c.lemma_.lower() in lexicon.gratitude for c in node.children if c.dep_ == "acomp"):
            holders = gratitude_addressee(node, mentions) or holders
            thankers = clause_subjects(node, mentions) or verb_holders(node, mentions)
            thanker, thanked = (thankers[0] if thankers else None), True
            break
    holders = holders or readout_parties(noun, mentions)  # "Support for X was expressed"
    if not holders:
        return []
    target, span = None, None
    preps = OBJECT_PREPS | ({"with", "at", "over"} if polarity == Polarity.oppose else {"with"}
                            if noun.lemma_.lower() in lexicon.solidarity_nouns else set())
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps):
        span = phrase(prep)
        inner = [] if about_sanctions(prep) else [m for m in actors_in(span, mentions)
                                                  if not named_as_subject_matter(m, prep)]
        target = target or (inner[0] if inner else None)
    topic = topic_for(span, noun.sent, allow_sentence=True)
    if consent:  # "to Y's membership", not "to a swap agreed by Y and Z"
        target = next(iter(consented_party(noun, mentions)), None)
    if thanked_for_bare_support(noun, span):
        # "thanked X for its support": the thanker backs X; only "its support for Y's
        # integrity" names what X supports
        return stances_of([thanker], polarity, holders[0], topic, noun) if thanker else []
    if thanked and not (target or thanker):
        return []  # thanked by someone unnamed for backing no one named: nothing to tell
    return stances_of(holders, polarity, target or thanker, topic, noun)


def named_as_subject_matter(mention: Mention, prep: Token) -> bool:
    """'support for a solution on Kosovo': Kosovo is what the solution is about, not the
    one supported (unlike 'support for Serbia')."""
    token = prep.doc[mention.root]
    return token.dep_ == "pobj" and token.head.i != prep.i and token.head.lower_ in SUBJECT_MATTER


SUBJECT_MATTER = {"on", "over", "about", "regarding", "concerning"}


def none_had(noun: Token) -> bool:
    """'has no objection to', 'had no opposition to': an objection denied."""
    return noun.dep_ == "dobj" and noun.head.lemma_ == "have" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def consented_party(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    consented = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj"), None)
    return (owner(consented, mentions) or actors_of(consented, mentions)) if consented is not None else []


STANCE_NOUNS = cues().support_nouns | cues().oppose_nouns


def token_rules(token: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    lemma, lexicon = token.lemma_.lower(), cues()
    if token.pos_ == "VERB" or mistagged_verb(token):
        calls_for = any(c.lower_ in {"for", "on"} for c in token.children)
        if lemma in lexicon.verb_cues or (lemma in lexicon.call_for_verbs and calls_for) or (
                lemma in lexicon.expecting_verbs and demands_compliance(token)):
            return verb_stance(token, mentions)
        return verb_rules(token, mentions)
    if token.pos_ in {"NOUN", "PROPN"}:
        if lemma in STANCE_NOUNS:
            return noun_stance(token, mentions)
        return noun_rules(token, mentions)
    if token.pos_ == "ADJ":
        return adjective_rules(token, mentions) or grateful_stance(token, mentions)
    if token.text in lexicon.endorsed_documents and token.head.lemma_.lower() == "resolution":
        return document_stance(token, mentions)
    return []


# Parts of speech no stance family starts from (each starts from a verb, auxiliary, noun,
# proper noun or adjective), but for the few words some family reads whatever their tag.
CLOSED_CLASSES = frozenset({"ADP", "CCONJ", "DET", "INTJ", "NUM", "PART", "PRON", "PUNCT",
                            "SCONJ", "SPACE", "SYM", "X"})
READ_WHATEVER_THE_TAG = cues().adherence_words | cues().consequence_verbs


def may_hold_stance(token: Token) -> bool:
    return token.pos_ not in CLOSED_CLASSES or token.lemma_.lower() in READ_WHATEVER_THE_TAG \
        or token.lower_ in READ_WHATEVER_THE_TAG or token.text in cues().endorsed_documents


def token_stances(token: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    if not may_hold_stance(token):
        return []
    if token.dep_ in {"amod", "compound"} and token.pos_ != "ADJ":
        return []  # "the opposing captain", "support staff"
    return (token_rules(token, mentions) or evaluation_rules(token, mentions)
            or approval_rules(token, mentions) or idiom_rules(token, mentions)
            or warning_stance(token, mentions) or vote_rules(token, mentions)
            or (feeling_stance(token, mentions) if token.pos_ in {"ADJ", "VERB"} else []))


def stances_in(sent: Span, mentions: ArticleMentions, dictionary: Dictionary) -> list[StanceCandidate]:
    found = [c for token in sent for c in token_stances(token, mentions)
             if not hypothetical(c.cue)]
    return settled_stances(found, mentions, dictionary)
