"""Talks between states whose delegations the text names the heads of: 'Belgrade's team was
led by A, and Pristina's by B', 'the Serbian delegation, headed by A': in the article's
talks each state stands for the head of its delegation."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.dictionary import Dictionary, fold
from ingest.event_cues import event_cues
from ingest.models import ActorKind
from ingest.syntax import actors_at
from ingest.types import ArticleMentions, Mention

HEADS_KEY = "srk.delegation_heads"
LEAD_VERBS = event_cues().delegation_heads.lead_verbs
DELEGATIONS = event_cues().delegation_heads.delegations


def delegation_heads(doc: Doc, mentions: ArticleMentions,
                     dictionary: Dictionary) -> dict[str, Mention]:
    """State id -> the person the article says led its delegation (computed once per doc)."""
    if HEADS_KEY not in doc.user_data:
        heads: dict[str, Mention] = {}
        for token in doc:
            if token.pos_ == "VERB" and token.lemma_ in LEAD_VERBS and of_a_delegation(token):
                for state, person in led_by(token, mentions, dictionary):
                    heads.setdefault(state, person)
        doc.user_data[HEADS_KEY] = heads
    return doc.user_data[HEADS_KEY]


def delegation_leaders(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'met a delegation of the IMF led by X', 'received a Chinese team headed by X': X (the
    organisation of 'a delegation of X' when no leader is named)."""
    if noun.lemma_.lower() not in DELEGATIONS:
        return []
    leaders = [m for verb in noun.subtree if verb.dep_ == "acl" and verb.lemma_ in LEAD_VERBS
               for by in verb.children if by.dep_ == "agent"
               for p in by.children if p.dep_ == "pobj"
               for m in actors_at(p, mentions) if m.kind == ActorKind.person]
    return leaders or [m for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                       for p in of.children if p.dep_ == "pobj" for m in actors_at(p, mentions)]


def of_a_delegation(verb: Token) -> bool:
    """'the team was led by', 'the delegation, headed by' (the verb's subject or noun)."""
    nouns = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        nouns.append(verb.head)
    return any(n.lemma_.lower() in DELEGATIONS for n in nouns)


def led_by(verb: Token, mentions: ArticleMentions, dictionary: Dictionary
           ) -> list[tuple[str, Mention]]:
    """Each 'by <person>' of the verb with the state named last before it ('X's team was led
    by A, and Y's by B': X-A, Y-B; 'the Greek delegation ... by A')."""
    sent = verb.sent
    named = sorted(mentions.in_span(sent), key=lambda m: m.start)
    found, since = [], sent.start
    for agent in agents(verb):
        person = next((m for m in named if m.kind == ActorKind.person and m.start > agent.idx), None)
        state = last_state(sent.doc[since:agent.i], mentions, dictionary)
        if person is not None and state is not None:
            found.append((state, person))
        since = agent.i
    return found


def agents(verb: Token) -> list[Token]:
    """The verb's 'by's, and those of a gapped conjunct ('..., and Y's (delegation) by B')."""
    return [t for t in verb.subtree if t.lower_ == "by" and t.i > verb.i and (
        t.head.i == verb.i or t.head.dep_ == "conj" and t.head.head.i == verb.i)]


def last_state(words: Span, mentions: ArticleMentions, dictionary: Dictionary) -> str | None:
    """The state a country's name, metonym or adjective names last in `words`."""
    for word in reversed(words):
        mention = mentions.at_token(word.i)
        if mention is not None and mention.kind == ActorKind.country:
            return mention.actor_id
        if word.pos_ in {"ADJ", "PROPN"} and dictionary.demonyms.get(fold(word.text)):
            return dictionary.demonyms[fold(word.text)]
    return None
