"""Calls for an end: 'called for an end to the sanctions', 'urged a halt to the strikes by X':
opposition to what is to end (the topic it names, or the actor doing it), never support of it;
an end to something neither an actor nor a topic ('an end to the speculation') is no stance;
'called on / urged X to de-escalate / stop / withdraw' and 'said X must take steps to
de-escalate': opposition to X; other calls and urgings ('call for the normalisation of
relations'): support of what is asked."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import Polarity
from ingest.stance_actors import actors_of, clause_subjects, owner
from ingest.stance_acts import object_actor
from ingest.stance_base import (
    StanceCandidate,
    first_child,
    object_author,
    phrase,
    stances_of,
    topic_for,
)
from ingest.stance_clauses import OBLIGATION, expected_act, sides_of
from ingest.stance_cues import cues
from ingest.syntax import negated, reporting_speaker

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


def restraint_stance(verb: Token, holders: list[Mention], mentions: ArticleMentions
                     ) -> list[StanceCandidate]:
    """'called on Pristina to de-escalate', 'urged Russia to withdraw its troops': the one
    asked to stop is opposed."""
    on = first_child(verb, {"prep"}, {"on"})
    asked = first_child(on, {"pobj"}) if on is not None else first_child(verb, {"dobj"})
    act = first_child(verb, {"advcl", "xcomp"}) or (
        first_child(asked, {"acl", "relcl"}) if asked is not None else None)
    if asked is None or act is None or negated(verb) or negated(act) or restrained(act) is None:
        return []
    if asked.conjuncts or asked.tag_ in {"NNS", "NNPS"}:
        return []  # "urged Serbia and Kosovo / both sides to de-escalate": even-handed
    targets = actors_of(asked, mentions)
    if not targets:
        return []
    topic = topic_for(phrase(act), verb.sent, allow_sentence=False)
    return [c for t in targets[:1] for c in stances_of(holders, Polarity.oppose, t, topic, verb)]


def obliged_restraint_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X stressed that Pristina must take steps to de-escalate', 'said Belgrade should stop
    the provocations': the reporter opposes the one told to stop (not its own side)."""
    if restrained(verb) is None or negated(verb) or not any(
            c.dep_ == "aux" and c.lower_ in OBLIGATION for c in verb.children):
        return []
    subject = first_child(verb, {"nsubj"})
    asked = clause_subjects(verb, mentions) if subject is not None and not subject.conjuncts else []
    speakers = reporting_speaker(verb, mentions)
    if len(asked) != 1 or not speakers or sides_of(asked) & sides_of(speakers):
        return []  # "Serbia and Kosovo must de-escalate": even-handed
    topic = topic_for(phrase(verb), verb.sent, allow_sentence=False)
    return stances_of(speakers, Polarity.oppose, asked[0], topic, verb)


def restraint_lemmas() -> set[str]:
    """The lemmas a restraint starts from: 'stop', both parts of 'de-escalate', and the verb
    of 'take steps to'."""
    lexicon = cues()
    return {part for word in lexicon.restraint_verbs for part in word.split("-")} | (
        lexicon.acting_verbs)


def restrained(act: Token) -> Token | None:
    """The act of restraint asked: 'de-escalate', 'stop', or the one of 'take (immediate)
    steps to de-escalate'."""
    if verb_word(act) in cues().restraint_verbs:
        return act
    means = first_child(act, {"dobj"}) if act.lemma_.lower() in cues().acting_verbs else None
    if means is None or means.lemma_.lower() not in cues().countermeasure_nouns:
        return None
    inner = first_child(means, {"acl", "relcl"}) or first_child(act, {"advcl", "xcomp"})
    doc = act.doc
    if inner is None and means.i + 2 < len(doc) and doc[means.i + 1].lower_ == "to":
        inner = doc[means.i + 2]  # "steps to de-escalate" read as a preposition and nouns
    return inner if inner is not None and verb_word(inner) in cues().restraint_verbs else None


def verb_word(token: Token) -> str:
    """A verb's lemma with the prefix the tokenizer split at a hyphen: 'de-escalate'."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        return f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-":  # 'de' parsed as the verb
        return f"{token.lower_}-{doc[token.i + 2].lower_}"
    return token.lemma_.lower()


def complement_topic(verb: Token, deps: set[str], words: set[str] | None = None) -> str | None:
    complement = next((c for c in verb.children if c.dep_ in deps
                       and (words is None or c.lower_ in words)), None)
    return topic_for(phrase(complement), verb.sent, allow_sentence=False) if complement else None


def complement_stance(verb: Token, holders: list[Mention], mentions: ArticleMentions
                      ) -> list[StanceCandidate]:
    """'call for the normalisation of relations', 'urge X to form the Association'."""
    if verb.lemma_.lower() in cues().call_for_verbs:  # "called on X to return to the talks"
        asked = first_child(verb, {"advcl", "xcomp"}) if first_child(verb, {"prep"}, {"on"}) else None
        if asked is None:
            topic = complement_topic(verb, {"prep"}, {"for", "on"})
        else:  # the topic of what is asked, not of whom ("called on Kosovo to ...")
            topic = None if negated(asked) else topic_for(phrase(asked), verb.sent, False)
    elif verb.lemma_.lower() in cues().expecting_verbs:  # "expects Y, as ..., to align with Z"
        asked = expected_act(verb)
        topic = topic_for(phrase(asked), verb.sent, False) if asked is not None else None
    else:
        asked = first_child(verb, {"xcomp", "ccomp"})
        topic = complement_topic(verb, {"xcomp", "ccomp"})
    target = None
    if topic == "territorial-integrity" and asked is not None and (  # "to respect X's sovereignty"
            asked.lemma_.lower() in cues().sustain_verbs):
        target = object_actor(asked, mentions)[0]
    return stances_of(holders, Polarity.support, target, topic, verb) if topic else []
