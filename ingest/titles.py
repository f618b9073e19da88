"""Titles as mentions: "the Serbian president", "his Russian counterpart", "the top Russian
diplomat", "the head of Serbian diplomacy", "the first deputy prime minister" -> who held
that office on the article's date (the curated dictionary first, then the offices learnt
from the run's text), or the person in context."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ingest.alternation import literal_alternation
from ingest.dictionary import Dictionary, fold
from ingest.event_cues import event_cues
from ingest.models import ActorKind
from ingest.nlp import span_text, text_of
from ingest.pronouns import SUBJECT_DEPS
from ingest.types import Mention, Reading

if TYPE_CHECKING:
    from ingest.learned_offices import LearnedOffices

PAST_BEFORE = re.compile(r"\b(?:former|then|ex-|late)\s*$", re.IGNORECASE)
PAST_AFTER = re.compile(r"\s*\(?\s*(?:from\s+|in\s+)?(?:\w+\s+){0,2}(?:19|20)\d\d\s*(?:–|-|to\b|\))")
STATE_FORMS = r"(?:\w+\s+){0,2}?(?:republic|kingdom|federation|state|principality|emirate)\s+of\s+"


def past_office(text: str, start: int, end: int) -> bool:
    """'the former president', 'President of Serbia (2004-2008)', '... from June 2004 to
    July 2008': not whoever holds the office on the article's date."""
    before = text[max(0, start - 12):start]
    return bool(PAST_BEFORE.search(before) or PAST_AFTER.match(text, end))


def _title_pattern(dictionary: Dictionary) -> re.Pattern:
    phrases = sorted({p for ps in dictionary.office_phrases.values() for p in ps}, key=len,
                     reverse=True)
    (dem, cty), off = _names(dictionary), "|".join(phrases)
    return re.compile(
        rf"\b(?:(?P<det>the|his|her|their|its|a)\s+)?(?:(?P<top>top|chief)\s+)?"
        rf"(?:(?P<poss>{cty})['’]s\s+|(?P<dem>{dem})\s+)?"
        rf"(?:(?P<office>{off})|(?P<counterpart>counterparts?)|(?P<diplomat>diplomat)"
        rf"|(?P<diplomacy>head\s+of\s+(?P<ddem>{dem})\s+diplomacy))\b"
        rf"(?:\s+of\s+(?:the\s+)?(?:{STATE_FORMS}(?:the\s+)?)?(?P<of>{cty})\b)?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def title_pattern(dictionary: Dictionary) -> re.Pattern:
    return _title_pattern(dictionary)


def _names(dictionary: Dictionary) -> tuple[str, str]:
    """Demonyms and country or organisation names, as alternations for IGNORECASE patterns."""
    demonyms = {d for e in dictionary.entries.values() for d in e.demonyms}
    countries = {f for e in dictionary.entries.values()
                 if e.kind in (ActorKind.country, ActorKind.organisation)
                 for f in [e.native_name, *e.aliases]}
    return f"(?:{literal_alternation(demonyms)})", f"(?:{literal_alternation(countries)})"


@lru_cache(maxsize=4)
def plural_title_pattern(dictionary: Dictionary) -> re.Pattern:
    """'the chief negotiators of A and B', 'A, B envoys': a plural role (event_cues.yaml
    `role_titles`, written as plain words: 'negotiator' -> 'negotiators') of listed states."""
    roles = event_cues().event_parties.role_titles
    plain = sorted({p for ps in dictionary.office_phrases.values() for p in ps
                    if re.fullmatch(r"[a-z]+(?: [a-z]+)*", p) and p.split()[-1] in roles},
                   key=len, reverse=True)
    dem, cty = _names(dictionary)
    listed = r"(?:{0})(?:\s*,\s*(?:{0}))*(?:\s*,?\s+and\s+(?:{0})|\s*,\s*(?:{0}))"
    return re.compile(
        rf"\b(?:(?P<dems>{listed.format(dem)})\s+)?(?:(?:top|chief)\s+)?"
        rf"(?P<office>(?:{'|'.join(plain)})s)\b"
        rf"(?:\s+(?:of|from)\s+(?:the\s+)?(?P<of>{listed.format(cty)})\b)?",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def plural_role_word() -> re.Pattern:
    roles = sorted(event_cues().event_parties.role_titles, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, roles))})s\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def state_pattern(dictionary: Dictionary) -> re.Pattern:
    dem, cty = _names(dictionary)
    return re.compile(rf"\b(?:{cty}|{dem})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def office_word(dictionary: Dictionary) -> re.Pattern:
    """The office part of a title alone: nine sentences in ten have none, and finding that
    costs a tenth of trying the full pattern (with its country names) at every position."""
    phrases = sorted({p for ps in dictionary.office_phrases.values() for p in ps}, key=len,
                     reverse=True)
    return re.compile(rf"\b(?:{'|'.join(phrases)}|counterparts?|diplomat|diplomacy)s?\b",
                      re.IGNORECASE)


def office_title(dictionary: Dictionary, phrase: str) -> str:
    return office_titles(dictionary, phrase)[0]


@lru_cache(maxsize=512)
def office_titles(dictionary: Dictionary, phrase: str) -> tuple[str, ...]:
    """Every office a phrase names, in the file's order: 'envoy' is the EU's special
    representative for the dialogue and the US special envoy; the country tells which."""
    found = tuple(title for title, patterns in dictionary.office_phrases.items()
                  if any(re.fullmatch(p, phrase, re.IGNORECASE) for p in patterns))
    return found or (phrase.lower(),)


def country_of(dictionary: Dictionary, match: re.Match) -> str | None:
    for group in ("dem", "ddem", "poss", "of"):
        text = match.group(group)
        if text:
            if group in {"dem", "ddem"}:
                return dictionary.demonyms.get(fold(text))
            ids = dictionary.lookup(text)
            return ids[0] if ids else None
    return None


def read_title(dictionary: Dictionary, match: re.Match) -> tuple[str, str | None]:
    """The office (canonical title) and country a title phrase names."""
    country = country_of(dictionary, match)
    if match.group("office") is None:
        return "", country
    title = office_title(dictionary, match.group("office"))
    if title == "leader":
        entry = dictionary.entries.get(country or "")
        title = entry.leader if entry and entry.leader else title
    return title, country


class TitleResolver:
    def __init__(self, reading: Reading, learned: LearnedOffices | None = None):
        self.reading = reading
        self.dictionary = reading.dictionary
        self.learned = learned

    def title_mentions(self, sent: Span, people: list[Mention]) -> list[Mention]:
        text = span_text(sent)
        if not office_word(self.dictionary).search(text):
            return []
        taken = [(m.start, m.end) for m in people]
        found = []
        for match in title_pattern(self.dictionary).finditer(text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            if any(s < end and start < e for s, e in taken) or self.followed_by_name(sent, end):
                continue
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is None or self.in_apposition(span, people) or past_office(
                    self.reading.text, start, end):
                continue
            before = [m for m in people if m.end <= start]
            actor = self.resolve_title(match, before_subjects_last(sent, before))
            if actor:
                found.append(Mention(start, end, span.root.i, actor, ActorKind.person,
                                     "title", match.group(0)))
        return found + self.plural_titles(sent, taken)

    def plural_titles(self, sent: Span, taken: list[tuple[int, int]]) -> list[Mention]:
        """'the chief negotiators of A and B', 'the A, B envoys': one holder per state,
        each read where the state is written (the states are then the holders' titles)."""
        text, found = span_text(sent), []
        if not plural_role_word().search(text):  # the full pattern costs ten times more
            return found
        for match in plural_title_pattern(self.dictionary).finditer(text):
            states = match.group("dems") or match.group("of")
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            if not states or any(s < end and start < e for s, e in taken) \
                    or self.followed_by_name(sent, end):
                continue
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is None or self.in_apposition(span, []) or past_office(
                    self.reading.text, start, end):
                continue
            titles = office_titles(self.dictionary, match.group("office")[:-1])
            group = "dems" if match.group("dems") else "of"
            for item in state_pattern(self.dictionary).finditer(text, *match.span(group)):
                country = self.state_of(item.group(0), group == "dems")
                actor = next(filter(None, (self.holder(t, country) for t in titles)), None) \
                    if country else None
                at = sent.doc.char_span(sent.start_char + item.start(), sent.start_char + item.end(),
                                        alignment_mode="expand")
                if actor and at is not None:
                    found.append(Mention(at.start_char, at.end_char, at.root.i, actor,
                                         ActorKind.person, "title", item.group(0)))
        return found

    def state_of(self, text: str, demonym: bool) -> str | None:
        if demonym:
            return self.dictionary.demonyms.get(fold(text))
        ids = self.dictionary.lookup(text)
        return ids[0] if ids else None

    def followed_by_name(self, sent: Span, end: int) -> bool:
        rest = self.reading.text[end:end + 40]
        return bool(re.match(r"\s*(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+", rest)) and not re.match(
            r"\s*(?:of|on|in|at|and|said|told|has|have|had|will|was|is)\b", rest)

    def in_apposition(self, span: Span, people: list[Mention]) -> bool:
        """'Dragan Milosavljevic, President of Serbia (2004-2008)', 'the finance minister
        in those years, Count Pavel Orlovsky': the title describes the person named next to it."""
        text = self.reading.text
        for person in people:
            if person.end <= span.start_char and (re.fullmatch(
                    r"\s*,\s*", text[person.end:span.start_char]) or described(
                    span, person.end)) and not subject_after_opening(span, person):
                return True
            if span.end_char <= person.start and re.fullmatch(
                    r"[^.;:,]{0,30},\s*(?:[A-Z][\w.]*\s+)?", text[span.end_char:person.start]):
                return True
        return False

    def resolve_title(self, match: re.Match, before: list[Mention]) -> str | None:
        country = country_of(self.dictionary, match)
        if match.group("counterpart"):
            plural = match.group("counterpart").lower().endswith("s")
            return None if plural else self.resolve_counterpart(country, before)
        if match.group("diplomat") or match.group("diplomacy"):  # 'the head of X diplomacy'
            if not match.group("top") and not match.group("diplomacy"):
                return None
            title = "foreign minister"
        else:
            titles = office_titles(self.dictionary, match.group("office"))
            if not match.group("det") and not country:
                return None
            if len(titles) > 1:  # 'the envoy' names no one office: the one named before
                return next(filter(None, (self.holder(t, country) if country else
                                          self.named_holder(t, country, most_named=True)
                                          for t in titles)), None)
            title = titles[0]
        if not match.group("det") and not country:
            return None
        if title == "leader":
            entry = self.dictionary.entries.get(country or "")
            title = entry.leader if entry and entry.leader else None
            if title is None:
                return None
        return self.holder(title, country)

    def holder(self, title: str, country: str | None) -> str | None:
        """Who held the office: on the article's date by the dictionary, else by what the
        run's text taught, else the one in context."""
        published = self.reading.published
        if country and published:
            ids = self.dictionary.holders(title, country, published)
            if len(ids) == 1:
                return ids[0]
        if country and self.learned is not None:
            learnt = self.learned.holder(title, country, published)
            if learnt is not None:
                return self.adopt(learnt.person_id, learnt.name, country)
        return self.named_holder(title, country)

    def named_holder(self, title: str, country: str | None, most_named: bool = False) -> str | None:
        """The last person the article named who holds the office; `most_named` (a title of
        several offices, 'the envoy'): of several holders, the one the article names most."""
        if not most_named:
            for mention in reversed(self.reading.history):
                if self.holds(mention.actor_id, title, country):
                    return mention.actor_id
            return None
        named = [m.actor_id for m in self.reading.history]
        holding = {i for i in set(named) if self.holds(i, title, country)}
        counts = Counter(i for i in named if i in holding)
        if not counts:
            return None
        best = max(counts.values())
        return next(h for h in reversed(named) if counts.get(h) == best)

    def holds(self, actor_id: str, title: str, country: str | None) -> bool:
        entry = self.dictionary.entries.get(actor_id)
        if entry is not None:
            return any(title in o.title and (country is None or o.country == country)
                       for o in entry.offices_on(self.reading.published))
        return self.learned is not None and self.learned.taught_here(actor_id, title, country)

    def adopt(self, person_id: str, name: str, country: str) -> str:
        """A learnt holder named in an earlier article: known here by name and country."""
        if person_id not in self.dictionary.entries:
            self.reading.result.new_people.setdefault(person_id, name)
            self.reading.result.new_people_country.setdefault(person_id, country)
        return person_id

    def resolve_counterpart(self, country: str | None, before: list[Mention]) -> str | None:
        """The person of `country` in the office comparable to the referent's (whoever the
        sentence named before the title, else the last subject): one the article already
        named first, else the holder on the article's date."""
        history = self.reading.history
        if not country or not (history or before):
            return None
        referent = before[-1] if before else self.reading.last_subject() or history[-1]
        office = self.dictionary.office_of(referent.actor_id, self.reading.published)
        if office is None:
            return None
        return self.named_counterpart(referent.actor_id, office.title, country, before) or \
            self.holder(office.title, country) or self.leader_counterpart(office.title, country)

    def comparable_titles(self, title: str) -> list[str]:
        """A leader's counterpart leads too (a Russian president's German counterpart may be
        the chancellor); a minister's counterpart holds the same ministry."""
        leaders = leader_titles(self.dictionary)
        return [title, *sorted(leaders - {title})] if title in leaders else [title]

    def named_counterpart(self, referent_id: str, title: str, country: str,
                          before: list[Mention]) -> str | None:
        named = [m.actor_id for m in reversed(self.reading.history + before)
                 if m.kind == ActorKind.person and m.actor_id != referent_id]
        # then whoever the article names later ('his German counterpart' ... 'Mr Schroeder')
        named += [m.actor_id for m in self.reading.named_people if m.actor_id != referent_id]
        for comparable in self.comparable_titles(title):
            for actor_id in named:
                if self.holds_exactly(actor_id, comparable, country):
                    return actor_id
        return None

    def holds_exactly(self, actor_id: str, title: str, country: str) -> bool:
        """Like `holds`, but a vice president does not hold 'president'."""
        entry = self.dictionary.entries.get(actor_id)
        if entry is not None:
            return any(o.title == title and o.country == country
                       for o in entry.offices_on(self.reading.published))
        return self.learned is not None and self.learned.taught_here(actor_id, title, country)

    def leader_counterpart(self, title: str, country: str) -> str | None:
        """A prime minister's counterpart in a country led by a chancellor is the chancellor."""
        entry = self.dictionary.entries.get(country)
        if title not in leader_titles(self.dictionary) or not entry or not entry.leader:
            return None
        return self.holder(entry.leader, country) if entry.leader != title else None


DESCRIBED = re.compile(r"\s*,\s*(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,2}")
DESCRIBING_TAGS = {"JJ", "JJR", "JJS", "RB", "VBN"}


def described(span: Span, start: int) -> bool:
    """'Jane Roe, the new Ruritanian president,': a title set off after a name, with words
    that describe the holder ('new', 'newly elected') before it, is that person's."""
    doc = span.doc
    if not DESCRIBED.fullmatch(text_of(doc), start, span.start_char):
        return False
    gap = doc.char_span(start, span.start_char, alignment_mode="contract")
    between = [t for t in gap or () if t.is_alpha and t.lower_ not in {"the", "a", "an"}]
    return bool(between) and all(t.tag_ in DESCRIBING_TAGS for t in between)


def subject_after_opening(span: Span, person: Mention) -> bool:
    """'Before the meeting with Mr Dodik, the President of Russia had talks': the name ends
    an opening phrase of the verb right after the title, a verb left with no subject (the
    parser took the title for the name's apposition): the title is that subject."""
    doc = span.doc
    if span.end >= span.sent.end:
        return False
    verb, opener = doc[span.end], span.sent[0]
    return verb.pos_ in {"VERB", "AUX"} and opener.dep_ == "prep" and opener.head.i == verb.i \
        and opener.left_edge.i <= person.root <= opener.right_edge.i \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def before_subjects_last(sent: Span, before: list[Mention]) -> list[Mention]:
    """The people a sentence named before a title, its subject last (the likeliest referent
    of "his counterpart")."""
    return sorted(before, key=lambda m: (sent.doc[m.root].dep_ in SUBJECT_DEPS, m.start))


@lru_cache(maxsize=4)
def leader_titles(dictionary: Dictionary) -> frozenset[str]:
    """The offices that lead a country (groups' `leader`): president, prime minister, ..."""
    return frozenset(e.leader for e in dictionary.entries.values()
                     if e.kind == ActorKind.country and e.leader)
