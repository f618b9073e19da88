"""A meeting with a list of people is one meeting with each: 'X held talks with President A
and Prime Minister B', 'X met A and later B', 'X also met A and Defence Minister B' give
X-A and X-B, unless the text says they sat together ('a trilateral meeting with A and B',
'met A and B together')."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from ingest.event_cues import event_cues
from ingest.event_groups import office_pair_before
from ingest.event_lists import list_gap, run_after
from ingest.event_misparses import second_object_set_off
from ingest.event_occasions import together
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, EventKind
from ingest.nlp import text_of
from ingest.syntax import SUBJECTS, actors_at

MAX_GROUP = 4  # 'them': two or a few people, not a whole list
LOOK_BACK = 3  # sentences
SEPARATELY = event_cues().event_counterparts.separately
ONE_EACH_KINDS = {EventKind.meeting, EventKind.talks}
MEETING_VERBS = event_cues().event_counterparts.meeting_verbs
GROUP_NOUNS = event_cues().event_counterparts.group_nouns
TOGETHER = event_cues().event_counterparts.together


def one_meeting_each(kind: EventKind, trigger: Token, parties: list[Mention],
                     mentions: ArticleMentions,
                     country_of: Callable[[str], str | None] | None = None
                     ) -> list[list[Mention]] | None:
    """One event per listed counterpart, each with the other side (the parties not listed);
    a leader with his own ministers ('met with the finance minister A and the central bank
    head B') holds one working meeting."""
    by_phone = kind == EventKind.call and trigger.pos_ == "VERB"  # 'phoned A and B'
    if kind not in ONE_EACH_KINDS and not by_phone or sat_together(trigger):
        return None
    listed = counterparts(trigger, mentions)
    apart = told_apart(trigger)
    if apart and len(listed) == 1:  # 'A and B met separately with C': A-C and B-C
        others = [m for m in parties if m.actor_id != listed[0].actor_id]
        return [[listed[0], other] for other in others] if len(others) >= 2 else None
    if len(listed) < 2:
        return None
    ids = {m.actor_id for m in listed}
    others = [m for m in parties if m.actor_id not in ids] or labelled(trigger, mentions, ids)
    hosts = [m for m in others if m.kind == ActorKind.person]
    if hosted(trigger) and not apart:
        return [[*listed, *others]]  # 'X hosted A and B at the White House': one occasion
    if not others and trigger.pos_ == "VERB" and any(c.dep_ in SUBJECTS for c in trigger.children):
        return [[]]  # 'Montenegro's president meets A, B' unresolved: A and B did not meet
    if len(hosts) != 1 and not (apart and hosts) or country_of and not apart and not foreign(
            listed + hosts, country_of, mentions, trigger.doc):
        return None  # 'A and B met with C and D': both sides at one table ('met each of them
        # separately': one meeting per counterpart, the two together on their side)
    return [[partner, *others] for partner in listed]


def told_apart(trigger: Token) -> bool:
    """'met each of them separately', 'separate meetings with A and B' (read once per
    trigger: merging asks it of every report again)."""
    seen = trigger.doc.user_data.setdefault("srk.told_apart", {})
    if trigger.i not in seen:
        seen[trigger.i] = any(w.lower_ in SEPARATELY for w in trigger.subtree)
    return seen[trigger.i]


def labelled(trigger: Token, mentions: ArticleMentions, listed: set[str]) -> list[Mention]:
    """'Djuric in New York: Talks with A, B and C': the person a headline's label names
    (before its colon, at most with a place after him) holds the talks the rest tells."""
    sent = trigger.sent
    colon = next((t for t in reversed(sent[:trigger.i - sent.start]) if t.text == ":"), None)
    if colon is None or any(t.pos_ == "VERB" for t in sent.doc[colon.i + 1:trigger.i]):
        return []
    people = [m for m in mentions.in_span(sent) if m.kind == ActorKind.person
              and m.end <= colon.idx and m.actor_id not in listed]
    if len(people) != 1:
        return []
    gap = sent.doc.char_span(people[0].end, colon.idx, alignment_mode="expand")
    words = list(gap) if gap is not None else []
    if words and not (words[0].lower_ in {"in", "at"} and all(t.pos_ == "PROPN" for t in words[1:])):
        return []
    before = sent.doc.char_span(sent.start_char, people[0].start, alignment_mode="expand")
    if before is not None and any(t.is_alpha and t.pos_ != "PROPN" for t in before):
        return []  # a sentence, not a label: 'In talks with X: ...'
    return people


def foreign(people: list[Mention], country_of: Callable[[str], str | None],
            mentions: ArticleMentions, doc) -> bool:
    """Two countries among the people (one only, or none known: a working meeting at home);
    a person the dictionary does not know serves the state in his title ('U.S. Deputy
    Secretary of State Kurt Campbell')."""
    countries = {country_of(m.actor_id) or title_country(m, mentions, doc)
                 or next((c for other in mentions.actors if other.actor_id == m.actor_id
                          and other.via in {"name", "ner"}  # his name's title, not 'he'
                          for c in [title_country(other, mentions, doc)] if c), None)
                 for m in people}
    return len(countries - {None}) >= 2


# 'President of Serbia ', 'Malta's Minister for Foreign and European Affairs and Trade '
TITLE_FOR = r"for(?:\s+[A-Z][\w'’-]*)+(?:,?\s+and(?:\s+[A-Z][\w'’-]*)+)*"
TITLE_GAP = re.compile(rf"(?:['’]s)?(?:\s+(?:{TITLE_FOR}|[A-Z][\w.'’-]*|of|the|for))*\s+")


def title_country(person: Mention, mentions: ArticleMentions, doc) -> str | None:
    """The country named at the head of the title right before the person's name."""
    text = text_of(doc)
    before = [m for m in mentions.actors if m.kind == ActorKind.country
              and m.end <= person.start and person.start - m.end <= 80]
    for m in sorted(before, key=lambda m: -m.end):
        if TITLE_GAP.fullmatch(text, m.end, person.start):
            return m.actor_id
    return None


def sat_together(trigger: Token) -> bool:
    """'a trilateral meeting with A and B', 'met A and B together', 'a meeting with A and B'
    (one occasion; 'talks with A and B' and 'met A and B' are not)."""
    words = [*trigger.subtree] + ([*trigger.head.children] if trigger.dep_ == "dobj" else [])
    if any(w.lower_ in SEPARATELY for w in words):
        return False  # 'met separately with A and B (and then together)': one each
    if trigger.pos_ == "NOUN" and trigger.tag_ == "NN" and len(with_lists(trigger)) == 1:
        return True
    return any(w.lower_ in TOGETHER and not companion(w) for w in words) or any(
        c.dep_ == "prep" and c.lower_ in {"between", "among"} for c in trigger.children)


def hosted(trigger: Token) -> bool:
    """'hosted A and B' (the verb itself the trigger, not 'hosted talks with A and B')."""
    return trigger.pos_ == "VERB" and trigger.lemma_ == "host"


def companion(word: Token) -> bool:
    """'together with X, I received A and B': X came along; A and B did not sit together."""
    return word.i + 1 < len(word.doc) and word.nbor(1).lower_ == "with"


def with_lists(node: Token) -> list[Token]:
    return [c for c in node.children if c.dep_ == "prep" and c.lower_ == "with"]


def counterparts(trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    """The people after 'with' on the trigger (or on the verb it is the object of: 'held
    talks with'), or the object of 'met', each list run on in both directions."""
    heads = [trigger] + ([trigger.head] if trigger.dep_ == "dobj" else []) + purpose_of(trigger)
    found: list[Mention] = []
    for node in heads:
        for child in node.children:
            spoken_to = child.lower_ == "to" and node.lemma_ in {"speak", "talk"}  # 'spoke to A and B'
            if (child.dep_ == "prep" or child.dep_ == "conj" and child.lower_ == "with") \
                    and (child.lower_ == "with" or spoken_to) and not together(child):
                found += [m for w in with_and_joined(child) for p in w.children if p.dep_ == "pobj"
                          for m in actors_at(p, mentions) + told_before(p, mentions)
                          if m.kind == ActorKind.person]
            elif child.dep_ == "dobj" and node.pos_ == "VERB" and node.lemma_ in MEETING_VERBS:
                found += [m for m in actors_at(child, mentions) + told_before(child, mentions)
                          if m.kind == ActorKind.person] + second_object_set_off(node, mentions)
    if not found:
        return []
    sent = trigger.sent
    found = run_before(min(found, key=lambda m: m.start), trigger, sent, mentions) + found
    found += [m for m in run_after(max(found, key=lambda m: m.end), sent, mentions)
              if trigger.doc[m.root].dep_ not in SUBJECTS]  # '..., Y recalled': the speaker
    seen: set[str] = set()
    return [m for m in found if not (m.actor_id in seen or seen.add(m.actor_id))]


def with_and_joined(prep: Token) -> list[Token]:
    """'with A, with whom she discussed X, and with B': the 'with' and the 'with's joined to
    it (the parser hangs the second on the first or on the verb)."""
    return [prep] + [c for c in prep.conjuncts if c.lower_ == prep.lower_ and c.i > prep.i]


def purpose_of(noun: Token) -> list[Token]:
    """'hosts A and B in Brussels for talks': the talks are the hosting verb's."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "VERB":
        return []
    return [prep.head] if prep.head.lemma_ in MEETING_VERBS else []


def told_before(word: Token, mentions: ArticleMentions) -> list[Mention]:
    """'held separate meetings with each of them', 'with both of them', 'with both leaders',
    'with the two sides': the people the nearest sentence before named (two or a few)."""
    if not group_reference(word) or word.sent.start == 0:
        return []
    doc, sent = word.doc, word.sent
    here = {m.actor_id for m in mentions.in_span(sent)}
    pair = word.lower_ != "them"  # 'both', 'the two': exactly two
    for _ in range(LOOK_BACK):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        earlier = next((t for t in sent if t.dep_ in {"pobj", "dobj"} and group_reference(t)), None)
        if earlier is not None:  # 'spoke with both leaders. He will host them': the same people
            return told_before(earlier, mentions)
        people = {m.actor_id: m for m in mentions.in_span(sent) if m.kind == ActorKind.person
                  and m.actor_id not in here}
        if len(people) >= 2:
            found = list(people.values())
            if pair and len(found) > 2:
                found = conjoined_pair(found, doc)
            return found if len(found) <= (2 if pair else MAX_GROUP) else []
    return office_pair_before(word, mentions) if pair else []


def conjoined_pair(people: list[Mention], doc) -> list[Mention]:
    """'signed by President A and Prime Minister B in the presence of C': the two joined by
    'and' are 'both leaders'."""
    roots = {m.root: m for m in people}
    for m in people:
        partner = next((roots[c.i] for c in doc[m.root].conjuncts if c.i in roots), None)
        if partner is not None:
            return [m, partner]
    return people


def group_reference(word: Token) -> bool:
    if word.lower_ == "them":
        return True
    if word.lower_ in {"each", "both"}:  # 'each of them', 'each of the presidents'
        return any(c.lower_ == "of" and any(g.lower_ == "them" or the_group(g) for g in c.children)
                   for c in word.children)
    return word.tag_ == "NNS" and word.lemma_.lower() in GROUP_NOUNS and any(
        c.lower_ in {"both", "two"} for c in word.children)


def the_group(word: Token) -> bool:
    """'the presidents', 'the two sides': a plural office or side noun with 'the'."""
    return word.tag_ == "NNS" and word.lemma_.lower() in GROUP_NOUNS and any(
        c.lower_ == "the" for c in word.children)


def run_before(first: Mention, trigger: Token, sent: Span, mentions: ArticleMentions
               ) -> list[Mention]:
    """People before `first` and after the trigger, each set off from the next by a comma or
    'and' with only title words between ('met A and Defence Minister B' parsed as one noun)."""
    people = sorted((m for m in mentions.in_span(sent) if m.kind == ActorKind.person
                     and trigger.idx < m.start and m.end <= first.start),
                    key=lambda m: m.start, reverse=True)
    run: list[Mention] = []
    for person in people:
        if not list_gap(sent, person.end, first.start):
            break
        run.insert(0, person)
        first = person
    return run


def spoken_to(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'had not spoken to Y since their last meeting': Y is one of 'their'."""
    return [m for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
            for p in c.children if p.dep_ == "pobj"
            for m in actors_at(p, mentions) if m.kind == ActorKind.person]


def denied_partner(mention: Mention, trigger: Token) -> bool:
    """'I met with Lajcak on Monday, not with Kurti': a partner set off by 'not' is none."""
    node = trigger.doc[mention.root]
    if not trigger.is_ancestor(node):
        return False  # a subject or another clause's name: not a partner phrase of the trigger
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ in {"prep", "conj", "appos"} and node.i > 0 and node.nbor(-1).lower_ == "not" \
                or any(c.dep_ == "neg" for c in node.children if c.i < node.i):
            return True
        node = node.head
    return False
