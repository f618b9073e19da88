"""Trigger words that report no event: hypotheticals and readiness ('ready to meet',
'would like to meet', 'if we meet'), questions ('does the President plan to speak
with ...?'), reminiscences without a date ('many years ago she met ...'), and delegation
members ('the talks were attended by ...'), who take part in an event reported elsewhere."""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc, Token

from ingest.event_attendance import attended
from ingest.event_tallies import latest_named, tally
from ingest.event_time_cues import event_time_cues
from ingest.event_topics import discussed_gathering
from ingest.models import ActorKind
from ingest.nlp import span_text
from ingest.nonevent_aims import aimed_at, judged_process
from ingest.syntax import TITLE_WORDS, climb
from ingest.types import Mention

CONDITIONAL_MARKS = {"if", "unless", "whether"}
READINESS = event_time_cues().nonevents.readiness
WISHES = event_time_cues().nonevents.wishes
WANTING = event_time_cues().nonevents.wanting
ATTENDANCE = event_time_cues().nonevents.attendance
PROGRAMMES = event_time_cues().nonevents.programmes
PARTAKING = event_time_cues().nonevents.partaking
PROCESSES = event_time_cues().nonevents.processes
VAGUE_PAST = re.compile(r"\b(?:(?:many|several|some|a few|few)\s+(?:years|decades)\s+ago"
                        r"|(?<!not )(?<!not so )long ago|decades ago|once upon"
                        r"|in (?:my|his|her) youth)\b", re.I)


def governors(trigger: Token) -> list[Token]:
    """The trigger and what it hangs from, up to its clause's verb (and that verb's head
    when the clause is an adverbial or a complement)."""
    nodes = [trigger, *(node for _, node in climb(trigger))]
    top = nodes[-1]
    if top.dep_ in {"advcl", "xcomp", "ccomp"} and top.head.i != top.i:
        nodes.append(top.head)
    return nodes


def conditional(trigger: Token) -> bool:
    """'if we meet', 'whether the talks take place', 'we will meet if you agree', 'how we
    would meet'."""
    for node in governors(trigger):
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return True
            if child.dep_ == "advmod" and child.lower_ in {"how", "why"} and node.pos_ == "VERB":
                return True  # 'hard to see how they would ever meet'
            if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"}
                                             or c.dep_ == "advmod" and c.lower_ in OPEN_ENDED
                                             for c in child.children):
                return True  # 'we will meet if you agree', 'I will receive X whenever he asks'
            if child.dep_ == "advcl" and waiting_for_a_moment(child):
                return True  # 'will come when the situation allows', 'when the time is right'
    return False


WAITING = event_time_cues().nonevents


def waiting_for_a_moment(clause: Token) -> bool:
    """'when the situation allows', 'as soon as time permits', 'when the time is right'."""
    allows = clause.lemma_ in WAITING.enabling and not any(c.dep_ == "dobj" for c in clause.children)
    ripe = any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in WAITING.ripe
               for c in clause.children) or clause.lemma_ == "come"
    return allows or ripe and any(c.dep_ == "nsubj" and c.lemma_.lower() in WAITING.moments
                                  for c in clause.children)


MODALS = event_time_cues().nonevents.modals
OPEN_ENDED = event_time_cues().nonevents.open_ended


def possible(trigger: Token) -> bool:
    """'I can talk to X about it', 'they could meet in spring': an ability or a possibility."""
    return trigger.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in MODALS
                                          for c in trigger.children)


def habitual(trigger: Token) -> bool:
    """'we meet every spring at the forum': a speaker's present simple is a habit; so is
    anyone's with a word of frequency ('Vucic often travels to Budapest')."""
    if trigger.pos_ != "VERB" or trigger.tag_ not in {"VBP", "VBZ"}:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"i", "we", "you"}
               or c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in trigger.children)


HABIT_ADVERBS = event_time_cues().nonevents.habit_adverbs


def cumulative(trigger: Token) -> bool:
    """'We have met five times since 2015', 'the fourth time they have met': a tally of
    past meetings, not one meeting on the date named."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lower_ in {"have", "has", "'ve"} for c in trigger.children):
        return False
    counted = trigger.dep_ == "relcl" and trigger.head.lemma_ == "time"
    return counted or any(c.dep_ == "prep" and c.lower_ == "since" or c.dep_ == "npadvmod"
                          and c.lemma_ == "time" for c in trigger.children)


def readiness(trigger: Token) -> bool:
    """'ready to meet', 'would like to visit': a disposition, not a plan or a fact."""
    edge_node = [(edge, node) for edge, node in climb(trigger)]
    for edge, node in edge_node:
        lemma = node.lemma_.lower()
        if lemma in READINESS and edge in {"xcomp", "prep", "pobj", "acl", "advcl"}:
            return True
        if lemma in WANTING and edge == "xcomp" and node.i == trigger.head.i:
            return True  # 'wanted to meet X', not a meeting further down ('wanted to brief on talks')
        if lemma in WISHES and edge == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in node.children):
            return True
    return False


def question(trigger: Token) -> bool:
    """'Will X meet Y?' asks whether the event happens; 'at your possible talks with Y next
    month?' takes it for granted (a noun trigger is kept)."""
    asked = span_text(trigger.sent).rstrip().rstrip("»”\"' ").endswith("?")
    return asked and trigger.pos_ in {"VERB", "AUX"}


def reminiscence(trigger: Token) -> bool:
    """'Many years ago she met ...': an undatable past, not news."""
    return bool(VAGUE_PAST.search(span_text(trigger.sent)))


MEMORY = event_time_cues().nonevents.memory


def recalled(trigger: Token) -> bool:
    """'As you may remember, X and I took part in the summit': a past event brought up,
    not the day's news (undated, it takes no publication date)."""
    for node in governors(trigger):
        if node.lemma_ in MEMORY or any(c.dep_ == "advcl" and c.lemma_ in MEMORY
                                        for c in node.children):
            return True
    return False


def partaking(verb: Token) -> bool:
    """'participated', 'took part' (the parse hangs 'in ...' on 'took' or on 'part')."""
    return verb.lemma_ in PARTAKING or verb.lemma_ == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def attendance(trigger: Token) -> bool:
    """'The talks were attended by X, Y' and 'Attending the meeting were X, Y': X and Y are
    delegation members of that event; 'X and Y took part in the debate' (a list of
    attendees, no party named) too."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "in" and partaking(head.head):
        listed = any(c.dep_ == "nsubj" and any(t.dep_ == "conj" for t in c.subtree)
                     for c in head.head.children)
        return listed and not partnered(trigger) and not any(
            c.dep_ in {"amod", "compound", "poss"} for c in trigger.children)
    if trigger.dep_ == "dobj" and head.lemma_ in ATTENDANCE and head.tag_ == "VBG":
        return any(  # "Attending the talks were X, Y"; not "X attended the summit"
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
            for c in trigger.children) and not partnered(trigger)
    return trigger.dep_ == "nsubjpass" and head.lemma_ in ATTENDANCE


def partnered(trigger: Token) -> bool:
    """'the meeting with X', 'the talks between X and Y' name the parties themselves."""
    return any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in trigger.children)


def generic(trigger: Token) -> bool:
    """'such a meeting', 'any talks', 'every visit': a kind of event, not one event; 'a plan
    of high-level visits', 'an exchange of visits': a programme of them."""
    return trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"det", "predet", "amod"} and c.lower_ in {"such", "any", "every", "each"}
        for c in trigger.children) or programme_of(trigger)


def programme_of(trigger: Token) -> bool:
    of = trigger.head
    return trigger.tag_ == "NNS" and trigger.dep_ == "pobj" and of.lower_ == "of" \
        and of.head.lemma_.lower() in PROGRAMMES and not partnered(trigger)


def naming(trigger: Token) -> bool:
    """'calls the vote illegal', 'called Spain a partner': 'call' that names or describes
    (an object predicate follows), no telephone call."""
    return trigger.pos_ == "VERB" and trigger.lemma_ == "call" and any(
        c.dep_ == "oprd" for c in trigger.children)


def process(trigger: Token) -> bool:
    """'Serbia's accession talks', 'the membership negotiations': a country's way into a
    union over years, not a contact between parties."""
    return trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in PROCESSES
        for c in trigger.children)


def evaluated(trigger: Token) -> bool:
    """'it was important for X to meet Y', 'it is time for X to visit': a judgement of a
    possible event, not a report of one."""
    return trigger.pos_ == "VERB" and trigger.dep_ in {"advcl", "ccomp", "xcomp"} and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children) and (
        trigger.head.lemma_ == "be" or trigger.head.pos_ == "ADJ")


def not_an_event(trigger: Token) -> bool:
    return (question(trigger) or evaluated(trigger) or conditional(trigger) or readiness(trigger)
            or possible(trigger) or habitual(trigger) or reminiscence(trigger)
            or cumulative(trigger) and not latest_named(trigger)
            or attendance(trigger) and not attended(trigger) or naming(trigger) or process(trigger)
            or generic(trigger) or discussed_gathering(trigger) or tally(trigger)
            or judged_process(trigger) or aimed_at(trigger))


def political(mention: Mention, doc: Doc, known: bool) -> bool:
    """A state, an organisation, a known office holder, or a person named with a title
    ('Omsk Mayor Mr X', 'X, the chairman of ...')."""
    if mention.kind != ActorKind.person or known:
        return True
    root = doc[mention.root]
    near = [*root.subtree, *islice(root.ancestors, 4),  # 'Minister for ... and Trade Ian Borg'
            *(c for c in root.head.children if c.dep_ == "appos")]
    return any(t.lemma_.lower() in TITLE_WORDS for t in near if abs(t.i - root.i) <= 12)
