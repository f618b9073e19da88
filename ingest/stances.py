"""Stance rules: a cue (support, back, welcome, reject, oppose, refuse to recognize, urge,
'thanked X for the support of Y', ...) with its holder, target actor and/or topic."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ingest.dictionary import Dictionary
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, Polarity
from ingest.syntax import (
    actors_at,
    antecedent_actors,
    climb,
    negated,
    possessor,
    reporting_speaker,
    subjects,
)
from ingest.topics import topics_in

SUPPORT_VERBS = {"support", "back", "endorse", "welcome", "favour", "favor", "recognize",
                 "recognise", "advocate", "champion"}
OPPOSE_VERBS = {"oppose", "reject", "condemn", "criticize", "criticise", "denounce", "slam",
                "protest", "block", "veto", "accuse", "blame"}
URGE_VERBS = {"urge", "press"}
CALL_FOR_VERBS = {"call", "push", "appeal", "insist"}  # with "for"/"on": support of a topic
NEGATING_GOVERNORS = {"refuse", "decline", "fail", "reluctant", "unwilling"}
REQUEST_GOVERNORS = {"request", "ask", "seek", "need", "want", "call", "appeal", "hope", "expect"}
SUPPORT_NOUNS = {"support", "backing"}
OPPOSE_NOUNS = {"opposition", "rejection", "condemnation"}
EXPRESSING = {"express", "voice", "reiterate", "reaffirm", "confirm", "pledge", "offer",
              "declare", "state", "underline", "emphasise", "emphasize", "stress"}
OBJECT_PREPS = {"of", "for", "to", "towards"}
GRATITUDE = {"thank", "grateful", "thankful", "gratitude", "appreciate"}


@dataclass
class StanceCandidate:
    holder: Mention
    polarity: Polarity
    target: Mention | None
    topic: str | None
    sentence: Span
    cue: Token


def object_actor(verb: Token, mentions: ArticleMentions) -> tuple[Mention | None, Token | None]:
    """The actor a verb's object names (possessor first: "Serbia's position")."""
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            found = possessor(child, mentions) or actors_at(child, mentions)
            for prep in (c for c in child.children if c.lower_ in OBJECT_PREPS):
                found = found or [m for m in mentions.in_span(
                    child.doc[prep.left_edge.i:prep.right_edge.i + 1]) if m.kind != ActorKind.media]
            return (found[0] if found else None), child
    return None, None


def passive_patient(verb: Token, holders: list[Mention], mentions: ArticleMentions
                    ) -> Mention | None:
    """'X's proposal ..., was rejected by Y' when the parser lost the passive subject."""
    held = {h.actor_id for h in holders}
    before = [m for m in mentions.in_span(verb.sent) if m.root < verb.i
              and m.actor_id not in held and m.kind != ActorKind.media]
    return before[0] if before else None


def topic_for(tokens: Span | None, sentence: Span, allow_sentence: bool) -> str | None:
    found = topics_in(tokens.text) if tokens is not None else []
    if not found and allow_sentence:
        found = topics_in(sentence.text)
    return found[0] if found else None


def governed_by(token: Token, words: set[str]) -> bool:
    """A governing word of the same clause chain. A coordinated verb with a subject of its
    own stands alone; one sharing its subject is part of the first verb's stance."""
    for edge, node in climb(token):
        if edge == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            return False
        if node.lemma_.lower() in words:
            return True
    return False


def verb_holders(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    passive_agent = [m for c in verb.children if c.dep_ == "agent"
                     for p in c.children for m in actors_at(p, mentions)]
    if passive_agent:
        return passive_agent
    found = subjects(verb, mentions)
    for _, node in climb(verb):
        if found:
            break
        if node.pos_ in {"VERB", "AUX"}:
            found = subjects(node, mentions)
        elif node.dep_ in {"dobj", "attr", "pobj"}:
            continue
    if not found and verb.dep_ == "relcl":
        found = antecedent_actors(verb.head, mentions)
    return found


def verb_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    lemma = verb.lemma_.lower()
    if governed_by(verb, REQUEST_GOVERNORS | SUPPORT_VERBS | OPPOSE_VERBS | URGE_VERBS):
        return []
    flipped = negated(verb) or governed_by(verb, NEGATING_GOVERNORS)
    holders = verb_holders(verb, mentions)
    sentence = verb.sent
    if lemma in CALL_FOR_VERBS:
        complement = next((c for c in verb.children if c.dep_ == "prep"
                           and c.lower_ in {"for", "on"}), None)
        span = sentence.doc[complement.left_edge.i:complement.right_edge.i + 1] if complement else None
        topic = topic_for(span, sentence, allow_sentence=False) if span is not None else None
        return [StanceCandidate(h, Polarity.support, None, topic, sentence, verb)
                for h in holders if topic]
    if lemma in URGE_VERBS:
        complement = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}), None)
        span = sentence.doc[complement.left_edge.i:complement.right_edge.i + 1] if complement else None
        topic = topic_for(span, sentence, allow_sentence=False)
        return [StanceCandidate(h, Polarity.support, None, topic, sentence, verb)
                for h in holders if topic]
    target, obj = object_actor(verb, mentions)
    if lemma == "welcome" and obj is not None and mentions.at_token(obj.i) is not None:
        return []  # "I would like to welcome Mr Karzai": a greeting
    if target is None and any(c.dep_ == "auxpass" for c in verb.children):
        target = passive_patient(verb, holders, mentions)
    polarity = Polarity.support if lemma in SUPPORT_VERBS else Polarity.oppose
    if flipped:
        polarity = Polarity.oppose if polarity == Polarity.support else Polarity.support
    span = sentence.doc[obj.left_edge.i:obj.right_edge.i + 1] if obj is not None else None
    if lemma in {"recognize", "recognise"}:
        if target is None or target.actor_id != "kosovo":
            return []
        topic = "kosovo"
    else:
        topic = topic_for(span, sentence, allow_sentence=target is not None)
    if target is None and topic is None:
        return []
    return [StanceCandidate(h, polarity, target, topic, sentence, verb)
            for h in holders if target is None or h.actor_id != target.actor_id]


def noun_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'thanked X for the support of Y', 'grateful to X for its support', "X's support",
    'X reaffirmed its support for Y', 'X voiced opposition to Y'."""
    if governed_by(noun, REQUEST_GOVERNORS):
        return []
    polarity = Polarity.oppose if noun.lemma_.lower() in OPPOSE_NOUNS else Polarity.support
    holders, target = possessor(noun, mentions), None
    for edge, node in climb(noun):
        if edge == "dobj" and node.lemma_.lower() in EXPRESSING:
            holders = subjects(node, mentions) or holders
            thanker = None
            break
        if polarity == Polarity.oppose:
            continue  # gratitude is for support only
        if node.lemma_.lower() in GRATITUDE or any(
                c.lemma_.lower() in GRATITUDE for c in node.children if c.dep_ == "acomp"):
            holders = gratitude_addressee(node, mentions) or holders
            thankers = subjects(node, mentions)
            thanker = thankers[0] if thankers else None
            break
    else:
        thanker = None
    of_phrase = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "to", "towards"}]
    span = None
    for prep in of_phrase:
        span = noun.doc[prep.left_edge.i:prep.right_edge.i + 1]
        inner = [m for m in mentions.in_span(span) if m.kind != ActorKind.media]
        target = target or (inner[0] if inner else None)
    target = target or thanker
    sentence = noun.sent
    topic = topic_for(span, sentence, allow_sentence=True)
    if not holders or (target is None and topic is None):
        return []
    return [StanceCandidate(h, polarity, target, topic, sentence, noun)
            for h in holders if target is None or h.actor_id != target.actor_id]


def gratitude_addressee(node: Token, mentions: ArticleMentions) -> list[Mention]:
    if node.lemma_.lower() == "thank":
        return [m for c in node.children if c.dep_ == "dobj" for m in actors_at(c, mentions)]
    for child in node.subtree:
        if child.dep_ == "prep" and child.lower_ == "to" and child.head.lemma_.lower() in GRATITUDE:
            return [m for p in child.children if p.dep_ == "pobj" for m in actors_at(p, mentions)]
    return []


def speaker_holds(candidate: StanceCandidate, mentions: ArticleMentions,
                  dictionary: Dictionary) -> Mention:
    """A state's position voiced by one of its own officials is held by that official."""
    if candidate.holder.kind != ActorKind.country:
        return candidate.holder
    for speaker in reporting_speaker(candidate.cue, mentions):
        entry = dictionary.entries.get(speaker.actor_id)
        if entry and entry.kind == ActorKind.person and entry.country == candidate.holder.actor_id:
            return speaker
    return candidate.holder


def stances_in(sent: Span, mentions: ArticleMentions, dictionary: Dictionary) -> list[StanceCandidate]:
    found = []
    for token in sent:
        lemma = token.lemma_.lower()
        if token.dep_ in {"amod", "compound"}:
            continue  # "the opposing captain", "support staff"
        if token.pos_ == "VERB" and lemma in SUPPORT_VERBS | OPPOSE_VERBS | URGE_VERBS | (
                CALL_FOR_VERBS if any(c.lower_ in {"for", "on"} for c in token.children) else set()):
            found += verb_stance(token, mentions)
        elif token.pos_ == "NOUN" and lemma in SUPPORT_NOUNS | OPPOSE_NOUNS:
            found += noun_stance(token, mentions)
    for candidate in found:
        candidate.holder = speaker_holds(candidate, mentions, dictionary)
    return [c for c in found if c.holder.kind != ActorKind.media]
