"""Groups as event parties: 'EU foreign ministers met X', 'G7 leaders held talks with X',
'the foreign ministers of the EU': a body's (or a state's) office holders, unnamed, speak
for the body; 'the five envoys met X' after the article named them: those five people;
'talks between A and B' are A's and B's alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ingest.dictionary import load_dictionary
from ingest.event_cues import event_cues
from ingest.models import ActorKind
from ingest.news_day import published_on
from ingest.nlp import text_of
from ingest.syntax import actors_at, conjuncts, titled
from ingest.types import ArticleMentions, Mention

BODIES = {ActorKind.organisation, ActorKind.country}
ROLE_NOUNS = event_cues().event_groups.role_nouns
NUMBERS = event_cues().event_groups.numbers
HEADS = event_cues().event_parties.heads
MOTIONS = {*event_cues().event_trips.motions, "visit"}
RECENT_CHARS = 1500  # the group was named a paragraph or two before
OFFICE_NOUNS = {"president", "minister", "premier"}  # group nouns a dictionary office ends in


def group_actors(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """`actors_at`, with the body of an unnamed group of office holders and the people a
    counted group refers back to."""
    found = actors_at(token, mentions)
    return found + [m for m in body_of_group(token, mentions) + counted_group(token, mentions)
                    + travelling_delegation(token, mentions) if m not in found]


def body_of_group(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'EU foreign ministers', 'NATO defence ministers', 'the EU's foreign ministers': a
    plural title whose modifier is a body (a singular one names a person: 'the EU envoy')."""
    if noun.tag_ != "NNS" or not titled(noun):
        return []
    return [m for c in noun.children if c.dep_ in {"compound", "nmod", "poss"}
            for body in conjuncts(c)  # 'EU and NATO officials'
            for m in mentions.in_span(noun.sent) if m.root == body.i and m.kind in BODIES]


def counted_group(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'The five envoys met X': the last five people named before the sentence, when the
    noun names no one itself ('the two' is the last event's pair: Context)."""
    count = next((NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                  for c in noun.children if c.dep_ == "nummod"), 0)
    if not 3 <= count <= max(NUMBERS.values()) or noun.lemma_.lower() not in ROLE_NOUNS \
            or not any(c.dep_ in {"det", "predet"} and c.lower_ in {"the", "these", "all"}
                       for c in noun.children) or actors_at(noun, mentions):
        return []
    sent = noun.sent
    before = sorted((m for m in mentions.between(max(0, sent.start - 400), sent.start)
                     if m.kind == ActorKind.person and m.start >= sent.start_char - RECENT_CHARS),
                    key=lambda m: m.start)
    people: list[Mention] = []
    for mention in reversed(before):
        if all(p.actor_id != mention.actor_id for p in people):
            people.insert(0, mention)
    return people[-count:] if len(people) >= count else []


def travelling_delegation(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'X will travel to Belgrade and Pristina ... In Belgrade, the delegation will meet Y':
    the bare 'the delegation' is led by the last person told to travel (or visit) before it."""
    if noun.lemma_.lower() != "delegation" or noun.dep_ != "nsubj" or [
            c.lower_ for c in noun.children] != ["the"]:
        return []
    sent, doc = noun.sent, noun.doc
    travellers = [m for m in mentions.between(max(0, sent.start - 400), sent.start)
                  if m.kind == ActorKind.person and m.start >= sent.start_char - RECENT_CHARS
                  and travelling(doc[m.root])]
    return travellers[-1:]


def travelling(name: Token) -> bool:
    node = name
    for _ in range(4):
        if node.dep_ == "nsubj":
            return node.head.lemma_ in MOTIONS
        if node.head.i == node.i:
            return False
        node = node.head
    return False


HOSTING = event_cues().event_hosting.hosting
LEADING = event_cues().event_groups.leading


def named_between(trigger: Token, people: list[Mention]) -> bool:
    """'reached a deal after talks between A and B', 'welcomed the meeting between A and B':
    the noun names its parties; the governing verb's subject is no party (a host or a
    mediator of the talks may be: 'hosted a meeting between A and B')."""
    if trigger.pos_ != "NOUN" or len({m.actor_id for m in people}) < 2 \
            or not any(c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children):
        return False
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    return verb.lemma_ not in HOSTING | LEADING



def pair_parties(trigger: Token, own: list[Mention], agents_of: Callable[[Token], list[Mention]]
                 ) -> tuple[list[Mention], bool]:
    """'the Russian-American summit' names its two parties itself (the parties, and True:
    no one else joins); 'A and B held Russian-Chinese talks' names them as its subjects, who
    stand for the states of the adjectives (the parties without the adjectives)."""
    pair = [m for m in own if m.via == "demonym" and modifies(trigger.doc[m.root], trigger)]
    if len(pair) < 2:
        return own, False
    if sum(m.kind == ActorKind.person for m in agents_of(trigger)) >= 2:
        return [m for m in own if m not in pair], False
    return own, True


def modifies(word: Token, noun: Token) -> bool:
    node = word
    while node.dep_ in {"amod", "compound", "conj", "punct"} and node.head.i not in {node.i, noun.i}:
        node = node.head
    return node.head.i == noun.i


def respective_bodies(found: list[Mention], doc) -> list[Mention]:
    """'the ambassadors of Russia and China, A and B': the states are A's and B's, one each,
    no parties of their own (the people met are). The bodies of a plural office noun's 'of'
    phrase, followed after a comma by as many people."""
    bodies = [m for m in found if m.kind in BODIES and of_a_plural_office(doc[m.root])]
    if len(bodies) < 2:
        return found
    text, last = text_of(doc), max(m.end for m in bodies)
    people = [m for m in found if m.kind == ActorKind.person and m.start > last]
    if len(people) != len(bodies) or text[last:min(m.start for m in people)].strip() != ",":
        return found
    return [m for m in found if m not in bodies]


def of_a_plural_office(token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.tag_ == "NNS" \
        and prep.head.lemma_ in ROLE_NOUNS | HEADS


def unnamed_counterparts(verb: Token, mentions: ArticleMentions) -> bool:
    """'A and B will meet the two leaders', 'met the ambassadors': the counterparts are office
    holders the sentence does not name (nor their body); the subjects did not meet each other."""
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    if verb.pos_ != "VERB" or len(subjects) < 2:
        return False  # 'X met the two leaders': the pair told before (Context)
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # not 'together with the leaders'
    return any(o.tag_ == "NNS" and o.lemma_ in ROLE_NOUNS | HEADS and not any(
        mentions.at_token(t.i) for t in own_words(o)) and not group_actors(o, mentions) for o in objects)


def own_words(noun: Token) -> list[Token]:
    """The noun, its modifiers and its 'of' phrase ('the ambassadors of A'; not 'in Belgrade')."""
    return [t for t in noun.subtree if t.i <= noun.i] + [
        t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]


def staff_of_leaders(word: Token) -> bool:
    """'the diplomatic advisers of the leaders of France, Germany and Italy': states two 'of'
    phrases down a plural noun are where unnamed aides come from, not parties."""
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head
    path = []
    for _ in range(2):
        if word.dep_ != "pobj" or word.head.lower_ != "of":
            return False
        word = word.head.head
        path.append(word)
    return all(noun.tag_ == "NNS" for noun in path)


def office_pair_before(word: Token, mentions: ArticleMentions) -> list[Mention]:
    """'called both prime ministers', told paragraphs after the two were named: the last
    two people before the sentence who hold that office on the publication day."""
    if word.lemma_.lower() not in OFFICE_NOUNS:
        return []
    office = " ".join([c.lower_ for c in word.children if c.dep_ in {"compound", "amod"}]
                      + [word.lemma_.lower()])
    entries, day = load_dictionary().entries, published_on(word.doc)
    found: dict[str, Mention] = {}
    for m in reversed(mentions.between(0, word.sent.start)):
        entry = entries.get(m.actor_id)
        if m.kind == ActorKind.person and entry is not None and m.actor_id not in found and any(
                o.title.lower().endswith(office) for o in entry.offices_on(day)):
            found[m.actor_id] = m
            if len(found) == 2:
                return list(found.values())
    return []
