"""Shared positions and concern: 'X and Y share approaches on Z', 'X's position on Z
coincides with that of Y', 'X and Y have close positions' (each side supports the other);
'X expressed concern over the tariffs introduced by Y' (opposition to the author, or to
the topic alone when nobody is named as its author); 'X conveyed condolences to Y'
(support of Y)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import Polarity
from ingest.stance_actors import actors_of, clause_subjects, owner
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
from ingest.syntax import negated

OBJECT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr"}
CONCERN_PREPS = cues().concern_preps


def distinct(mentions: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for mention in mentions:
        seen.setdefault(mention.actor_id, mention)
    return list(seen.values())


def mutual(sides: list[Mention], cue: Token, topic: str | None) -> list[StanceCandidate]:
    """Each side supports the other: settle() makes the other party the target."""
    sides = distinct([m for m in sides if m.via != "speaker" or len(sides) > 1])
    if len(sides) != 2:
        return []
    return [StanceCandidate(side, Polarity.support, None, topic or None, cue.sent, cue,
                            parties=sides) for side in sides]


def view_holders(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'the positions of X and Y', 'X's view'."""
    of = first_child(noun, {"prep"}, {"of"})
    return owner(noun, mentions) + (actors_in(phrase(of), mentions) if of is not None else [])


def view_topic(noun: Token) -> str | None:
    return topic_for(phrase(noun), noun.sent, allow_sentence=True)


def shared_view_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'the two presidents share approaches on Syria' (no one else named as the owner of
    the view): mutual support of the sharers."""
    obj = first_child(verb, {"dobj"})
    if obj is None or obj.lemma_.lower() not in cues().view_nouns or negated(verb):
        return []
    if owner(obj, mentions) or view_holders(obj, mentions):
        return []  # "share your view", "share the view of X": agree_stance's
    return mutual(sharers(verb, mentions), verb, view_topic(obj))


def sharers(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'the two presidents stressed that they share ...': 'they' are the governing
    verb's subjects."""
    found = distinct(verb_holders(verb, mentions))
    for node in verb.ancestors:
        if len(found) >= 2:
            break
        if node.pos_ == "VERB":
            found = distinct(clause_subjects(node, mentions)) or found
    return found


def coinciding_view_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X's position on Z coincides with that of Y', 'the positions of X and Y coincide'."""
    subject = first_child(verb, {"nsubj"})
    if subject is None or subject.lemma_.lower() not in cues().view_nouns or negated(verb):
        return []
    holders = view_holders(subject, mentions)
    partner = first_child(verb, {"prep"}, {"with"})
    others = actors_in(phrase(partner), mentions) if partner is not None else []
    if others and not holders:
        holders = verb_holders(verb, mentions)[:1]  # "Y said his position coincided with X's"
    return mutual(holders + others, verb, view_topic(subject))


def close_view_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X and Y have close positions on Z', 'the similar views of X and Y'."""
    lexicon = cues()
    modifiers = {c.lower_ for c in noun.children if c.dep_ == "amod"}
    if noun.lemma_.lower() not in lexicon.view_nouns or not modifiers & lexicon.shared_view_modifiers:
        return []
    sides = view_holders(noun, mentions)
    if not sides and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have" \
            and not negated(noun.head):
        sides = verb_holders(noun.head, mentions)
    return mutual(sides, noun, view_topic(noun))


def concern_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X expressed concern over the duties introduced by Y': X opposes Y (on the topic);
    concern over a situation in a place opposes no one but the topic."""
    lexicon = cues()
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in lexicon.expressing_verbs or negated(verb):
        return []
    about = first_child(noun, {"prep"}, CONCERN_PREPS)
    concern = first_child(about, {"pobj"}) if about is not None else None
    if concern is None:
        return []
    authors = act_owner(concern, mentions)
    topic = topic_for(phrase(about), noun.sent, allow_sentence=False)
    target = authors[0] if authors else None
    if target is None and topic not in lexicon.concern_topics:
        return []
    return [StanceCandidate(h, Polarity.oppose, target, topic, noun.sent, noun)
            for h in verb_holders(verb, mentions) if target is None or h.actor_id != target.actor_id]


def feeling_stance(adjective: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X was disappointed by Y's decision', 'concerned about the duties Y introduced',
    'disappointed that Y had not ...': X opposes Y (as with 'expressed concern over')."""
    lexicon = cues()
    verbal = any(c.dep_ in {"auxpass", "nsubjpass"} for c in adjective.children)  # "he was
    # disappointed by ...": a passive participle, its own subject
    clause = adjective if verbal else adjective.head
    if adjective.lower_ not in lexicon.concern_adjectives or negated(clause):
        return []
    about = first_child(adjective, {"prep", "agent"}, CONCERN_PREPS | {"by", "with", "at"})
    concern = first_child(about, {"pobj"}) if about is not None else None
    told = first_child(adjective, {"ccomp"}) if about is None else None
    if told is not None and any(c.dep_ == "mark" and c.lower_ == "that" for c in told.children):
        about = told  # "disappointed that Y had not consulted its partners": Y's act
        authors = [m for m in clause_subjects(told, mentions) if m.via not in {"pronoun", "speaker"}]
    elif concern is None:
        return []
    else:
        authors = [m for m in act_owner(concern, mentions) if m.via not in {"pronoun", "speaker"}]
    topic = topic_for(phrase(about), adjective.sent, allow_sentence=False)  # not 'his budget'
    if not authors and topic not in lexicon.concern_topics:
        return []
    holders = clause_subjects(clause, mentions) or ([] if verbal else verb_holders(clause, mentions))
    return stances_of(holders, Polarity.oppose, authors[0] if authors else None, topic, adjective)


def sympathy_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X expressed his condolences to Y': X stands by Y."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in cues().expressing_verbs or negated(verb):
        return []
    to = first_child(noun, {"prep"}, {"to"}) or first_child(verb, {"prep", "dative"}, {"to"})
    addressees = [m for p in (to.children if to is not None else []) if p.dep_ == "pobj"
                  for m in actors_of(p, mentions)]
    if not addressees:
        return []
    return [StanceCandidate(h, Polarity.support, addressees[0], None, noun.sent, noun)
            for h in verb_holders(verb, mentions) if h.actor_id != addressees[0].actor_id]


def backed_relation_stance(verb: Token, holders: list[Mention], obj: Token | None,
                           topic: str | None, mentions: ArticleMentions, pairs_only: bool
                           ) -> list[StanceCandidate]:
    """'X and Y support the development of cooperation between the two countries', 'X
    praised the friendship with Y': support of the other party of the relation backed.
    pairs_only: the object's first actor is already the target unless it names two."""
    span = phrase(obj)
    words = cues().relation_nouns
    if span is None or not any(t.lemma_.lower() in words or t.lower_ in words for t in span):
        return []
    named = distinct([m for m in actors_in(span, mentions) if m.via != "speaker"
                      and not placed(m, obj)])
    if pairs_only and len(named) != 2:
        return []
    if not named:
        return mutual(holders, verb, topic or "bilateral-relations")
    if len(named) > 2:
        return []  # multilateral
    return [StanceCandidate(h, Polarity.support, None, topic or "bilateral-relations",
                            verb.sent, verb, parties=named) for h in distinct(holders)]


def placed(mention: Mention, top: Token) -> bool:
    """'the agreements reached in the Brussels dialogue': a capital under 'in'/'at' is where,
    not who."""
    if mention.via != "metonym":
        return False
    node = top.doc[mention.root]
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in {"in", "at"}:
            return True
        node = node.head
    return False
