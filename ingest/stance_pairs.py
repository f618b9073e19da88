"""The two people of an exchange: 'the leaders', a sentence-initial 'They', and agentless
readout sentences ('The need to respect the territorial integrity of X was reaffirmed',
'Support for Y was expressed' in a call or meeting release: the stance of the two people
the release has just named, the call's parties)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_cues import event_cues
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind
from ingest.stance_cues import cues
from ingest.syntax import climb

PAIR_LOOKBACK = 8  # sentences naming people that 'the leaders' may look back over


def subject_of_agentless_passive(token: Token) -> bool:
    """The token is (inside) the subject, or the 'that' clause after an expletive 'it', of an
    expressing verb in the passive with no agent: 'The need to respect X was reaffirmed',
    'Support for Y was expressed', 'It was stressed that X must be respected'."""
    lexicon = cues()
    top = token
    for _, node in climb(token):
        if node.pos_ in {"VERB", "AUX"}:
            return False  # a clause of its own on the way up
        top = node
    verb = top.head
    children = list(verb.children)
    told = top.dep_ == "nsubjpass" or top.dep_ == "ccomp" and any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in children)  # "It was noted that ..."
    return (told and verb.lemma_.lower() in (
        lexicon.expressing_verbs | lexicon.readout_passive_verbs)
        and any(c.dep_ == "auxpass" for c in children)
        and not any(c.dep_ == "agent" for c in children))


def readout_parties(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """The two people of the exchange just told, for a stance stated without an agent."""
    return last_pair(token, mentions) if subject_of_agentless_passive(token) else []


def last_pair(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """'The leaders stressed ...': the people of the nearest of the last few sentences that
    names two of them."""
    doc, sentence_start, people, sentences = token.doc, None, {}, 0
    for mention in reversed(mentions.actors):
        if mention.root >= token.i or mention.kind != ActorKind.person:
            continue
        start = doc[mention.root].sent.start
        if start != sentence_start:
            if len(people) >= 2 or sentences >= PAIR_LOOKBACK:
                break
            people, sentence_start, sentences = {}, start, sentences + 1
        people.setdefault(mention.actor_id, mention)
    return list(reversed(people.values())) if len(people) >= 2 else []


def they_pair(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """A sentence-initial 'They' right after a sentence naming two people: that pair
    ("X had a call with Y. They agreed to maintain contact")."""
    if token.lower_ != "they" or token.i != token.sent.start or token.sent.start == 0:
        return []
    previous = token.doc[token.sent.start - 1].sent
    pair = last_pair(token, mentions)
    return pair if all(previous.start <= m.root < previous.end for m in pair) else []


def larger_than_a_pair(token: Token) -> bool:
    """'the four leaders back X': one stance of the group (styles convention), told under its
    first member; 'the two leaders' stays a stance of each."""
    return any(c.dep_ == "nummod" and c.lower_ not in {"two", "2", "both"} and c.like_num
               for c in token.children)


NUMBER_WORDS = {"two": 2, "both": 2, **event_cues().event_groups.numbers}


def counted_states(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """'the decision of the three countries', 'both neighbours': the states listed together
    ('A, B and C') in the nearest earlier sentence that lists exactly that many."""
    if token.lemma_.lower() not in cues().state_group_nouns or token.tag_ != "NNS":
        return []
    count = next((NUMBER_WORDS[c.lower_] for c in token.children
                  if c.dep_ in {"nummod", "det", "predet"} and c.lower_ in NUMBER_WORDS), None)
    if count is None:
        return []
    doc, sent = token.doc, token.sent
    for _ in range(PAIR_LOOKBACK):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        by_root = {m.root: m for m in mentions.in_span(sent) if m.kind == ActorKind.country}
        for root, first in by_root.items():
            listed = [first] + [by_root[c.i] for c in doc[root].conjuncts if c.i in by_root]
            if len({m.actor_id for m in listed}) == count:
                return listed
    return []
