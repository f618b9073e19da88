"""Stance records of an article: one per holder, polarity, target and topic, with every
sentence that states it, and how sure the rules that found it are."""

from __future__ import annotations

from collections.abc import Callable

from ingest.merge import evidence_of
from ingest.models import ActorKind, ActorRef, Stance
from ingest.stances import StanceCandidate


def stance_records(found: list[StanceCandidate], ref: Callable[[str], ActorRef]) -> list[Stance]:
    """One stance per holder, polarity, target and topic, with every sentence that
    states it; a stance without a target adds nothing to the same one with a target."""
    seen: dict[tuple, Stance] = {}
    for c in with_topics_joined(carried_by_officials(found)):
        key = (c.holder.actor_id, c.polarity, c.target.actor_id if c.target else None, c.topic)
        ev = evidence_of(c.sentence)
        if key in seen:
            if ev not in seen[key].evidence:
                seen[key].evidence.append(ev)
            continue
        seen[key] = Stance(
            holder=ref(c.holder.actor_id), polarity=c.polarity,
            target=ref(c.target.actor_id) if c.target else None, topic=c.topic,
            confidence=stance_confidence(c), evidence=[ev])
    targeted = {(k[0], k[1], k[3]) for k in seen if k[2] is not None}
    return [s for k, s in seen.items() if k[2] is not None or (k[0], k[1], k[3]) not in targeted]


def carried_by_officials(found: list[StanceCandidate]) -> list[StanceCandidate]:
    """'Serbia will not impose sanctions' and 'Dacic: Serbia has not imposed sanctions' in
    one article: one stance, carried by the state's official who voices it."""
    officials = [c for c in found if c.holder.kind == ActorKind.person and c.home]
    for c in found:
        if c.holder.kind == ActorKind.country:
            c.holder = next((o.holder for o in officials if o.home == c.holder.actor_id
                             and same_told(o, c)), c.holder)
    return found


def same_told(a: StanceCandidate, b: StanceCandidate) -> bool:
    """The same polarity, target and topic ('Serbia does not recognise Kosovo', told apart
    from 'Vucic condemned the measure' on Kosovo, stays the state's)."""
    return (a.polarity, a.target.actor_id if a.target else None, a.topic) == (
        b.polarity, b.target.actor_id if b.target else None, b.topic)


def with_topics_joined(found: list[StanceCandidate]) -> list[StanceCandidate]:
    """One sentence's stance of a holder towards X with no topic and the same holder's stance
    on topic T with no target are one stance, towards X on T ('reaffirmed Russia's
    principled position in support of a solution acceptable to Belgrade and based on
    resolution 1244')."""
    def key(c: StanceCandidate) -> tuple:
        return c.holder.actor_id, c.polarity, c.sentence.start
    topical = {key(c): c.topic for c in found if c.target is None and c.topic}
    targeted = {key(c) for c in found if c.target is not None and c.topic is None}
    for c in found:
        if c.target is not None and c.topic is None and key(c) in topical:
            c.topic = topical[key(c)]
    return [c for c in found if not (c.target is None and key(c) in targeted)]


def stance_confidence(c: StanceCandidate) -> float:
    """0.6; +0.15 named holder, +0.05 one resolved as the speaker of a transcript or quote,
    -0.1 otherwise; +0.1 named target; +0.05 topic."""
    score = 0.6
    if c.holder.explicit:
        score += 0.15
    else:
        score += 0.05 if c.holder.via == "speaker" else -0.1
    score += 0.1 if c.target is not None and c.target.explicit else 0.0
    score += 0.05 if c.topic else 0.0
    return round(max(0.1, min(score, 0.95)), 2)
