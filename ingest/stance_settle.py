"""Settling a stance candidate: who holds it once a state's position is voiced by its own
official, which party of a relation is the target, and no stance towards one's own side."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.dictionary import Dictionary
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind
from ingest.stance_actors import FIRST_PERSON, speech_voice, voice
from ingest.stance_base import StanceCandidate
from ingest.stance_cues import cues
from ingest.syntax import REPORTING, reporting_speaker, subjects

CLOSING_QUOTES = {"”", '"', "»"}


def speaker_holds(candidate: StanceCandidate, mentions: ArticleMentions,
                  dictionary: Dictionary) -> Mention:
    """A state's position voiced by one of its own officials is held by that official."""
    if candidate.holder.kind != ActorKind.country:
        return candidate.holder
    speaking = voice(candidate.sentence, mentions) or speech_voice(candidate.cue, mentions)
    for speaker in [*reporting_speaker(candidate.cue, mentions), *([speaking] if speaking else []),
                    *trailing_reporter(candidate.cue, mentions)]:
        entry = dictionary.entries.get(speaker.actor_id)
        if entry and entry.kind == ActorKind.person and entry.country == candidate.holder.actor_id:
            return speaker
    return candidate.holder


def trailing_reporter(cue: Token, mentions: ArticleMentions) -> list[Mention]:
    """'"X is on its path," Y told reporters': the reporter after the closing quote, when
    the parser hung the reporting verb inside the quotation."""
    sentence = cue.sent
    closing = next((t for t in sentence if t.i > cue.i and t.text in CLOSING_QUOTES), None)
    if closing is None:
        return []
    return [m for t in sentence if t.i > closing.i and t.lemma_ in REPORTING
            for m in subjects(t, mentions)][:1]


def home(mention: Mention, dictionary: Dictionary, mentions: ArticleMentions) -> str | None:
    """The state an actor stands for: a person's country, or the state itself."""
    entry = dictionary.entries.get(mention.actor_id)
    if entry is None:
        return mentions.new_people_country.get(mention.actor_id)
    return entry.country if entry.kind == ActorKind.person else entry.id


def told_of(candidate: StanceCandidate) -> bool:
    """A relation noun with no 'our'/'we' in its phrase: others' relation, told of."""
    cue = candidate.cue
    return cue.lemma_.lower() in cues().relation_nouns and not any(
        t.lower_ in FIRST_PERSON for t in cue.subtree)


def settle(candidate: StanceCandidate, mentions: ArticleMentions, dictionary: Dictionary
           ) -> StanceCandidate | None:
    """Relations name parties, not a target: the target is the party other than the
    holder's own side; 'X is a friend of Y' is held by the side that speaks."""
    if candidate.sides is not None:
        subject_side, other_side = candidate.sides
        speaking = speech_voice(candidate.cue, mentions)
        reported = [] if speaking else reporting_speaker(candidate.cue, mentions)[:1]
        speaking = speaking or next(iter(reported), None)
        ours = {speaking.actor_id, home(speaking, dictionary, mentions)} if speaking else set()
        if (reported or other_side) and not ours & {m.actor_id for m in subject_side + other_side}:
            return None  # 'Y said X was a friend of Z': a third party's (or unknown side's) view
        if other_side and ours & {m.actor_id for m in subject_side}:
            candidate.holder, candidate.target = subject_side[0], other_side[0]
    elif candidate.parties is not None:
        if home(candidate.holder, dictionary, mentions) is None:
            return None  # whose relations? the holder's state is unknown
        own = {candidate.holder.actor_id, home(candidate.holder, dictionary, mentions)}
        others = [p for p in candidate.parties if p.actor_id not in own
                  and home(p, dictionary, mentions) not in own]
        if candidate.parties and not others:
            return None  # "restoring its relations with Russia": the other side is unnamed
        if len({p.actor_id for p in others}) > 1 and told_of(candidate):
            return None  # "Britain's special relationship with the US": told of, not held
        candidate.target = others[0] if others else None
    return candidate if candidate.target is not None or candidate.topic else None


def own_side(candidate: StanceCandidate, mentions: ArticleMentions, dictionary: Dictionary
             ) -> StanceCandidate | None:
    """Nobody takes a stance towards themselves or their own state: such a target goes."""
    target = candidate.target
    own = {candidate.holder.actor_id, home(candidate.holder, dictionary, mentions)}
    if target is not None and target.actor_id in own:
        candidate.target = None
        if candidate.sides is not None:
            return None  # "he is our partner", said of oneself
    if candidate.cue.lemma_.lower() in cues().wish_verbs and (
            target is None or home(target, dictionary, mentions) in own | {None}):
        return None  # wishing a compatriot or a stranger luck is courtesy
    return candidate if candidate.target is not None or candidate.topic else None


def without_title_bodies(found: list[StanceCandidate], mentions: ArticleMentions
                         ) -> list[StanceCandidate]:
    """'NATO Secretary General Jens Stoltenberg condemned X': one stance, the person's; the
    body his title names is no second holder of the same stance."""
    by_people = {told(c) for c in found if c.holder.kind == ActorKind.person}
    return [c for c in found if not (told(c) in by_people and title_body(c.holder, c.cue.doc, mentions))]


def told(c: StanceCandidate) -> tuple:
    """What a stance says, whoever holds it."""
    return c.cue.i, c.polarity, c.target.actor_id if c.target else None, c.topic


def title_body(holder: Mention, doc, mentions: ArticleMentions) -> bool:
    token = doc[holder.root]
    named = mentions.at_token(token.head.i)
    return (holder.kind != ActorKind.person and token.dep_ == "compound" and named is not None
            and named.kind == ActorKind.person)
