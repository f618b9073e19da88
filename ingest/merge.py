"""Resolve step within an article: mentions of one event (several sentences, several
trigger words) become one Event, with its CAMEO code and confidence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ingest import dates
from ingest.date_spans import narrower
from ingest.dictionary import Dictionary, fold
from ingest.event_counterparts import told_apart
from ingest.events import Candidate
from ingest.merge_dates import (
    arrival_apart,
    dated_by_lone_visit,
    ids,
    recalled_apart,
)
from ingest.merge_groups import GroupDigest, only_states
from ingest.merge_headline import headline_part
from ingest.models import ActorKind, ActorRef, Event, EventKind, Evidence, Status
from ingest.nlp import span_text
from ingest.triggers import HANDING, MESSAGES

KIND_PRIORITY = [EventKind.meeting, EventKind.talks, EventKind.summit,
                 EventKind.press_conference, EventKind.visit, EventKind.call, EventKind.contact]
CAMEO = {"intent": "036", "consult": "040", "call": "041", "visit": "042", "host": "043",
         "third": "044", "negotiate": "046"}


def evidence_of(sent) -> Evidence:
    """The sentence as evidence: its text and character offsets in the article's text."""
    text = span_text(sent)
    start = sent.start_char + len(text) - len(text.lstrip())
    stripped = text.strip()
    return Evidence(text=stripped, start=start, end=start + len(stripped))


def slugged(name: str) -> str:
    return fold(name).replace(" ", "-")


def family(kind: EventKind) -> str:
    return "call" if kind == EventKind.call else "in-person"


IN_PERSON = HANDING | {"deliver"}  # 'delivered a message to X', 'handed X a letter'


def wildcard(candidate: Candidate) -> bool:
    """A briefing, or 'they discussed X': part of a call as well as of a meeting."""
    return candidate.kind == EventKind.contact and not written(candidate) or \
        candidate.trigger.lemma_ in {"discuss", "exchange"}


def written(candidate: Candidate) -> bool:
    """'sent a message to X': a letter is not part of a meeting, a visit or a summit told
    beside it (its messenger's visit, a summit its text names); one delivered or handed
    over in person ('delivered a blunt message to X') is."""
    trigger = candidate.trigger
    return candidate.kind == EventKind.contact and trigger.lemma_ in MESSAGES and \
        trigger.head.lemma_ not in IN_PERSON


def any_medium(candidate: Candidate) -> bool:
    """'The conversation focused on ...', 'the leaders spoke about ...': talks with no place
    and no negotiation may be held by telephone, so they can be the call of the release."""
    return candidate.kind == EventKind.talks and candidate.place is None and \
        candidate.trigger.lemma_.lower() not in {"negotiate", "negotiation"}


def loosely_named(candidate: Candidate) -> bool:
    """'The meeting ...' in a release, dated only by the release: no date or place of its
    own says it is not the release's call."""
    return candidate.kind != EventKind.call and candidate.date.inferred and \
        candidate.place is None and candidate.trigger.pos_ in {"NOUN", "PROPN"}


def families_compatible(a: Candidate, b: Candidate) -> bool:
    if any(written(x) and y.kind != EventKind.contact for x, y in ((a, b), (b, a))):
        return False
    if family(a.kind) == family(b.kind) or wildcard(a) or wildcard(b):
        return True  # a briefing or an exchange of views may be part of a call or a meeting
    return any(x.kind == EventKind.call and (any_medium(y) or loosely_named(y))
               for x, y in ((a, b), (b, a)))


def places_compatible(a: str | None, b: str | None, dictionary: Dictionary) -> bool:
    if a is None or b is None or fold(a) == fold(b):
        return True
    country = lambda p: dictionary.places.get(fold(p), (p, fold(p)))[1]  # noqa: E731
    is_country = lambda p: country(p) == slugged(p)  # noqa: E731
    return country(a) == country(b) and (is_country(a) or is_country(b))


def signature(candidate: Candidate, country_of: Callable[[str], str | None]) -> frozenset[str]:
    """Participants as the states they stand for: 'Russian-Egyptian talks' ~ Putin and Morsi."""
    return frozenset(country_of(m.actor_id) or m.actor_id for m in candidate.participants)


def any_state(candidate: Candidate) -> bool:  # a state for its envoy unnamed in a headline
    return any(m.kind == ActorKind.country for m in candidate.participants)


def one_more(fewer: set[str], more: set[str]) -> bool:
    """A mention that leaves out one of the people, often the host of the release."""
    return fewer < more and (len(fewer) == 1 or len(more - fewer) == 1)


def same_event(group: list[Candidate], digest: GroupDigest, c: Candidate,
               dictionary: Dictionary, country_of: Callable[[str], str | None]) -> bool:
    head = group[0]
    if head.status != c.status:
        return False  # 'discussed the visit scheduled for May': the talks are not the visit
    if not families_compatible(head, c):
        return False
    group_ids, c_ids = digest.group_ids(), ids(c)
    if group_ids != c_ids and not (any_state(c) or any_state(head)) \
            and (told_apart(c.trigger) or told_apart(head.trigger)):
        return False  # 'met each of the leaders separately': not the joint meeting
    same_states = (any_state(c) or any_state(head)) and \
        signature(c, country_of) == signature(head, country_of)
    if not (group_ids == c_ids or one_more(c_ids, group_ids) or one_more(group_ids, c_ids)
            or same_states or headline_part(group, c)):
        return False
    if dated_by_lone_visit(group, c) or recalled_apart(group, c) \
            or digest.story_days_apart(c) or arrival_apart(group, c):
        return False
    return digest.fits(c, lambda a, b: places_compatible(a, b, dictionary))


def full_names(new_people: dict[str, str]) -> dict[str, str]:
    """'person-robertson' -> 'person-george-robertson' when the article names exactly one
    person with that surname in full."""
    found = {}
    for pid, name in new_people.items():
        if " " in name.strip():
            continue
        fuller = [other for other, full in new_people.items()
                  if other != pid and full.split()[-1] == name.strip()]
        if len(fuller) == 1:
            found[pid] = fuller[0]
    return found


def with_full_names(found: list[Candidate], new_people: dict[str, str]) -> None:
    aliases = full_names(new_people)
    if not aliases:
        return
    for candidate in found:
        candidate.participants = list({
            aliases.get(m.actor_id, m.actor_id): replace(m, actor_id=aliases.get(m.actor_id,
                                                                                  m.actor_id))
            for m in candidate.participants}.values())


def merge_candidates(found: list[Candidate], dictionary: Dictionary,
                     country_of: Callable[[str], str | None]) -> list[list[Candidate]]:
    groups: list[list[Candidate]] = []
    digests: list[GroupDigest] = []
    for candidate in found:
        at = next((i for i, (g, d) in enumerate(zip(groups, digests, strict=True))
                   if same_event(g, d, candidate, dictionary, country_of)), None)
        if at is None:
            groups.append([candidate])
            digests.append(GroupDigest())
            digests[-1].add(candidate)
        else:
            home = groups[at]
            home.append(candidate)
            digests[at].add(candidate)
            if only_states(home[0]) and not only_states(candidate) or \
                    len(ids(candidate)) > len(ids(home[0])) and not only_states(candidate):
                home.insert(0, home.pop())  # the fullest mention leads the group
    return groups


def summarise(group: list[Candidate], dictionary: Dictionary,
              ref: Callable[[str], ActorRef]) -> Event:
    lead = group[0]
    phoned = any(c.kind == EventKind.call for c in group)
    named = [c for c in group if not (wildcard(c) or phoned and (any_medium(c)
                                                                   or loosely_named(c)))] or group
    kind = min((c.kind for c in named), key=KIND_PRIORITY.index)
    status = Status.held if any(c.status == Status.held for c in group) else Status.planned
    when = lead.date
    for c in group[1:]:
        when = narrower(when, c.date)
    places = [c.place for c in group if c.place]
    cities = [p for p in places if dictionary.places.get(fold(p), ("", p))[1] != slugged(p)]
    place = (cities or places or [None])[0]
    participants = list(dict.fromkeys(m.actor_id for c in group for m in c.participants
                                      if not (only_states(c) and c is not lead)))
    represented = {dictionary.entries[p].country for p in participants
                   if p in dictionary.entries and dictionary.entries[p].kind == ActorKind.person}
    participants = [p for p in participants if p not in represented]
    evidence = list({c.sentence.start_char: evidence_of(c.sentence) for c in group}.values())
    topics = [t for t in dict.fromkeys(t for c in group for t in sorted(c.topics))]
    return Event(
        kind=kind, status=status, date=when.edtf, date_precision=when.precision,
        date_start=when.start, date_end=when.end, date_inferred=when.inferred,
        participants=[ref(p) for p in participants], place=place, topics=topics,
        cameo=cameo(kind, status, place, participants, lead, dictionary),
        confidence=confidence(group, when), evidence=evidence,
    )


def cameo(kind: EventKind, status: Status, place: str | None, participants: list[str],
          lead: Candidate, dictionary: Dictionary) -> str:
    if status == Status.planned:
        return CAMEO["intent"]
    if kind == EventKind.call:
        return CAMEO["call"]
    if lead.trigger.lemma_ in {"host", "receive"}:
        return CAMEO["host"]
    if kind == EventKind.visit:
        return CAMEO["visit"]
    if lead.trigger.lemma_ in {"negotiate", "negotiation"}:
        return CAMEO["negotiate"]
    if place and fold(place) in dictionary.places:
        where = dictionary.places[fold(place)][1]
        homes = {dictionary.entries[p].country if dictionary.entries.get(p) and
                 dictionary.entries[p].kind == ActorKind.person else p for p in participants}
        if where not in homes:
            return CAMEO["third"]
    return CAMEO["consult"]


def confidence(group: list[Candidate], when: dates.EventDate) -> float:
    """0.5 base; named participants, an explicit date, a place and repeated reports raise it;
    participants found through titles, pronouns or NER guesses lower it."""
    mentions = [m for c in group for m in c.participants]
    score = 0.5
    score += 0.2 if all(m.explicit for m in group[0].participants) else -0.05 * sum(
        not m.explicit for m in group[0].participants)
    score += 0.1 if when.edtf and when.explicit else 0.0
    score += 0.05 if any(c.place for c in group) else 0.0
    score += 0.05 * min(len(group) - 1, 2)
    score -= 0.1 if any(m.via == "ner" for m in mentions) else 0.0
    return round(max(0.1, min(score, 0.95)), 2)
