"""'The leaders of China, Russia and Mongolia', 'the heads of state of A and B': the people
who led those states on the day, when the article names them, not the states; 'the
presidents of A and B', 'the Russian and Turkish presidents': who held that office there on
the day (the dictionary's holder, named in the article or not)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from ingest.delegation_heads import delegation_heads
from ingest.dictionary import Dictionary, fold
from ingest.event_cues import event_cues
from ingest.models import ActorKind
from ingest.release_cues import LEADER_OFFICES
from ingest.types import ArticleMentions, Mention

LEADER_NOUNS = event_cues().state_leaders.leader_nouns
OFFICE_NOUNS = event_cues().state_leaders.office_nouns


def office_named(token: Token) -> str | None:
    """'presidents', 'prime ministers': the one title a plural office noun names."""
    if token.tag_ != "NNS":
        return None
    lemma = token.lemma_.lower()
    if lemma == "minister":
        prime = any(c.lower_ == "prime" for c in token.children if c.dep_ in {"amod", "compound"})
        return "prime minister" if prime else None
    return lemma if lemma in OFFICE_NOUNS else None


def state_office(token: Token) -> Token | None:
    """The plural office noun a country's mention names the state of: 'the leaders of X
    (, Y and Z)', 'the heads of state of X', 'the X-ian and Y-ian presidents'."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in {"amod", "compound"}:
        owner = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "of":
        owner = node.head.head
        if owner.lemma_ == "state" and owner.dep_ == "pobj":  # 'heads of state of X'
            owner = owner.head.head
    else:
        return None
    named = owner.tag_ == "NNS" and owner.lemma_ in LEADER_NOUNS or office_named(owner)
    return owner if named else None


def office_demonyms(doc: Doc, mentions: ArticleMentions, dictionary: Dictionary) -> None:
    """'the Russian, Iranian and Turkish presidents': each adjective names a state (taken
    as a country mention, replaced by that state's holder once the event's date is known)."""
    for token in doc:
        if office_named(token) is None:
            continue
        for child in token.children:
            if child.dep_ not in {"amod", "compound"}:
                continue
            for adjective in (child, *child.conjuncts):
                state = dictionary.demonyms.get(fold(adjective.text))
                if state and mentions.at_token(adjective.i) is None:
                    mentions.actors.append(Mention(
                        adjective.idx, adjective.idx + len(adjective), adjective.i, state,
                        ActorKind.country, "demonym", adjective.text))


def leader_of(country: str, mentions: ArticleMentions, dictionary: Dictionary,
              day: date | None) -> Mention | None:
    """The person the article names who led `country` on `day` (one only)."""
    named = {m.actor_id: m for m in mentions.actors if m.kind == ActorKind.person}
    found = [named[pid] for title in LEADER_OFFICES
             for pid in dictionary.holders(title, country, day) if pid in named]
    unique = {m.actor_id: m for m in found}
    return next(iter(unique.values())) if len(unique) == 1 else None


def office_holder(country: str, title: str, mentions: ArticleMentions,
                  dictionary: Dictionary, day: date | None) -> str | None:
    """Who held `title` in `country` on `day`: the one the article names, else the
    dictionary's only holder."""
    holders = dictionary.holders(title, country, day)
    named = [m.actor_id for m in mentions.actors if m.actor_id in holders]
    return named[0] if named else (holders[0] if len(holders) == 1 else None)


def leaders_for_states(participants: list[Mention], doc, mentions: ArticleMentions,
                       dictionary: Dictionary, day: date | None) -> list[Mention]:
    """Each state named as 'the leaders of X' or 'the presidents of X' becomes its leader
    or president, standing at its mention."""
    out = []
    heads = delegation_heads(doc, mentions, dictionary)
    present = {m.actor_id for m in participants}
    for m in participants:
        office = state_office(doc[m.root]) if m.kind == ActorKind.country else None
        title = office_named(office) if office is not None else None
        leader = None
        if title:
            leader = office_holder(m.actor_id, title, mentions, dictionary, day)
        elif office is not None:
            found = leader_of(m.actor_id, mentions, dictionary, day)
            leader = found.actor_id if found else None
        head = heads.get(m.actor_id) if m.kind == ActorKind.country else None
        if leader is None and head is not None and head.actor_id not in present:
            out.append(head)  # 'Belgrade's team was led by A': A, as named there
            continue
        out.append(m if leader is None else Mention(m.start, m.end, m.root, leader,
                                                    ActorKind.person, "title", m.text))
    return out
