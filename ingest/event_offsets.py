"""An event told as some days before or after the dated one it hangs from: 'X met Y on
Wednesday, a day after holding talks with Z' (the talks: Tuesday), 'two days before
meeting Z' (two days later); a plan that fell through looks back ('had been due on Monday')."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from ingest import dates
from ingest.event_cues import event_cues
from ingest.event_time_cues import event_time_cues
from ingest.models import EventDate

UNIT_DAYS = {"day": 1, "week": 7}
COUNTS = event_time_cues().event_offsets.counts
SIGNS = {"after": -1, "before": 1}
VAGUE_UNITS = {"days": (1, 14), "weeks": (7, 56)}  # 'days after': within two weeks before
MONTH_NAMES = set(dates.MONTHS)  # read only as the date object of "in": never the modal "may"
# verbs whose 'in May' is the meeting's own month ('discussed the summit in May' is not)
DATED_BY_OWN_MONTH = {word for word, kind in event_cues().triggers.verb_triggers.items()
                      if kind.value in {"meeting", "visit", "call"}} | set(event_cues().triggers.reciprocal)


def days_from(trigger: Token, anchor: Token) -> int:
    """Days between the anchor's date and the trigger's: the measure of an 'a day after' or
    'two weeks before' on the path up from the trigger to the anchor (0 without one)."""
    node = trigger
    while node.i != anchor.i and node.head.i != node.i:
        mark = sign_word(node)
        if mark is not None:  # 'a day after talks', 'a week after he hosted X'
            span = measure(mark) if mark is node else (
                measure(mark) or measure_of(node) or measure_before(mark))
            return SIGNS[mark.lower_] * span if span else 0
        node = node.head
    return 0


def vague_offset(trigger: Token, anchor: Token) -> tuple[int, int] | None:
    """'came days after X met Y', 'weeks before the vote': a span of days (nearest,
    farthest, signed) from the anchor's day, for a bare plural unit with no count."""
    node = trigger
    while node.i != anchor.i and node.head.i != node.i:
        mark = sign_word(node)
        if mark is not None:
            units = [c for c in [*mark.children, *node.children, mark.head] if c.dep_ == "npadvmod"]
            unit = next((u for u in units if u.lower_ in VAGUE_UNITS and not any(
                c.dep_ in {"det", "nummod", "amod"} for c in u.children)), None)
            if unit is None:
                return None
            near, far = VAGUE_UNITS[unit.lower_]
            return SIGNS[mark.lower_] * near, SIGNS[mark.lower_] * far
        node = node.head
    return None


def sign_word(node: Token) -> Token | None:
    """The 'after' / 'before' of a prepositional phrase or of an adverbial clause."""
    if node.dep_ == "prep" and node.lower_ in SIGNS:
        return node
    if node.dep_ != "advcl":
        return None
    return next((c for c in node.children if c.dep_ == "mark" and c.lower_ in SIGNS), None)


def spread(day: date, span: tuple[int, int]) -> EventDate:
    first, last = sorted(day + timedelta(days=offset) for offset in span)
    return dates.interval(first, last)


def measure_of(clause: Token) -> int | None:
    """'a week after he hosted X' parsed with 'a week' on the clause's verb."""
    return next((size for c in clause.children if c.dep_ == "npadvmod"
                 for size in [unit_days(c)] if size), None)


def measure_before(mark: Token) -> int | None:
    """'came a day after he met X' parsed with 'a day' on the main verb, right before 'after'."""
    unit = mark.nbor(-1) if mark.i > 0 else None
    return unit_days(unit) if unit is not None and unit.dep_ == "npadvmod" else None


def unit_days(unit: Token) -> int | None:
    size = UNIT_DAYS.get(unit.lemma_.lower())
    count = next((COUNTS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                  for c in unit.children if c.dep_ in {"det", "nummod"}), None)
    return size * count if size and count else None


def measure(prep: Token) -> int | None:
    """'a day after' (parsed as the day's 'after', or the 'after' with its measure)."""
    units = [prep.head] if prep.head.dep_ == "npadvmod" else []
    units += [c for c in prep.children if c.dep_ == "npadvmod"]
    return next((size for unit in units for size in [unit_days(unit)] if size), None)


def shifted(found: EventDate, days: int) -> EventDate:
    """A day's date moved by `days`; a coarser date stays as it is."""
    if not days or found.precision != "day" or found.start is None:
        return found
    return dates.day(found.start + timedelta(days=days), explicit=False)


def year_before(found: EventDate) -> EventDate:
    """A day or a month one year earlier (a past event whose year was guessed ahead)."""
    if found.start is None or found.precision not in {"day", "month"}:
        return found
    if found.precision == "month":
        return dates.month(found.start.year - 1, found.start.month)
    try:
        return dates.day(found.start.replace(year=found.start.year - 1), explicit=found.explicit)
    except ValueError:
        return found


def held_object(token: Token) -> bool:
    """'held talks', 'had a meeting': the event noun of a past-tense verb ('has visited')."""
    return token.dep_ == "dobj" and token.head.tag_ == "VBD" or token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in token.children)


def month_of_its_own(verb: Token) -> bool:
    """'we met in May' (no year): the month the past verb itself names, whose year was
    guessed; 'discussed the summit in May' names the summit's month, not the talk's."""
    return verb.tag_ == "VBD" and verb.lemma_ in DATED_BY_OWN_MONTH and any(
        c.dep_ == "prep" and c.lower_ == "in" and p.dep_ == "pobj" and p.ent_type_ == "DATE"
        and p.lower_ in MONTH_NAMES and not any(t.like_num for t in p.subtree)
        for c in verb.children for p in c.children)


def plan_fell_through(trigger: Token) -> bool:
    """'had been due in X on Monday for talks', 'had planned to meet him on Monday': a plan
    told in the past perfect, whose weekday is of the days just gone, not the week ahead."""
    node = trigger
    for _ in range(4):
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


SCHEDULING = event_time_cues().event_offsets.scheduling


def scheduled(trigger: Token) -> bool:
    """'Talks between A and B are set for Saturday', 'the meeting is scheduled for May',
    'the visit is due next week': the event, as a subject, is a plan in the present."""
    if trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = trigger.head
    present = any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBP", "VBZ"} for c in verb.children) \
        or verb.tag_ in {"VBP", "VBZ"}
    planned_verb = verb.lemma_.lower() in SCHEDULING or verb.lemma_ == "be" and any(
        c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in SCHEDULING for c in verb.children)
    return present and planned_verb


LEAD_UP = event_time_cues().event_offsets.lead_up


def days_leading_up(trigger: Token, day: date | None) -> EventDate | None:
    """'The signing followed two days of talks', 'after three days of negotiations, they
    agreed': the talks filled the days up to the story's day."""
    unit = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if day is None or unit is None or unit.lemma_.lower() != "day":
        return None
    count = unit_days(unit)
    path = [unit.head, *(n for n in [unit.head.head] if n.i != unit.head.i)]
    if not count or count > 14 or not any(n.lemma_.lower() in LEAD_UP for n in path):
        return None
    return dates.interval(day - timedelta(days=count - 1), day)


def day_in_apposition(trigger: Token) -> tuple[Token, int] | None:
    """'met Y on Monday, a day after he spoke with Z', parsed with 'a day' in apposition to
    'Monday' and the clause on 'day': the dated word, and the days from it to the trigger."""
    mark = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ in SIGNS), None)
    unit = trigger.head
    if mark is None or trigger.dep_ not in {"relcl", "acl", "advcl"} or unit.dep_ != "appos" \
            or unit.head.ent_type_ != "DATE":
        return None
    size = unit_days(unit)
    return (unit.head, SIGNS[mark.lower_] * size) if size else None
