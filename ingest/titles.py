"""Titles as mentions: "the Serbian president", "his Russian counterpart", "the top Russian
diplomat", "the first deputy prime minister" -> who held that office on the article's date,
or the person in context. A mixin of MentionFinder, which keeps the reading history."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ingest.dictionary import Dictionary, fold
from ingest.models import ActorKind
from ingest.types import Mention


def _title_pattern(dictionary: Dictionary) -> re.Pattern:
    phrases = sorted({p for ps in dictionary.office_phrases.values() for p in ps}, key=len,
                     reverse=True)
    demonyms = sorted({re.escape(d) for e in dictionary.entries.values() for d in e.demonyms},
                      key=len, reverse=True)
    countries = sorted({re.escape(f) for e in dictionary.entries.values()
                        if e.kind in (ActorKind.country, ActorKind.organisation)
                        for f in [e.native_name, *e.aliases]}, key=len, reverse=True)
    dem, cty, off = "|".join(demonyms), "|".join(countries), "|".join(phrases)
    return re.compile(
        rf"\b(?:(?P<det>the|his|her|their|its|a)\s+)?(?:(?P<top>top|chief)\s+)?"
        rf"(?:(?P<poss>{cty})'s\s+|(?P<dem>{dem})\s+)?"
        rf"(?:(?P<office>{off})|(?P<counterpart>counterparts?)|(?P<diplomat>diplomat))\b"
        rf"(?:\s+of\s+(?:the\s+)?(?P<of>{cty})\b)?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def title_pattern(dictionary: Dictionary) -> re.Pattern:
    return _title_pattern(dictionary)


class TitleResolver:
    """Needs `dictionary`, `published` and `history` (people mentioned so far)."""

    def title_mentions(self, sent: Span, taken: list[tuple[int, int]]) -> list[Mention]:
        found = []
        for match in title_pattern(self.dictionary).finditer(sent.text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            if any(s < end and start < e for s, e in taken) or self.followed_by_name(sent, end):
                continue
            actor = self.resolve_title(match)
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if actor and span is not None:
                found.append(Mention(start, end, span.root.i, actor, ActorKind.person,
                                     "title", match.group(0)))
        return found

    def followed_by_name(self, sent: Span, end: int) -> bool:
        rest = sent.doc.text[end:end + 40]
        return bool(re.match(r"\s*(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+", rest)) and not re.match(
            r"\s*(?:of|on|in|at|and|said|told|has|have|had|will|was|is)\b", rest)

    def country_of(self, match: re.Match) -> str | None:
        for group in ("dem", "poss", "of"):
            text = match.group(group)
            if text:
                key = fold(text)
                if group == "dem":
                    return self.dictionary.demonyms.get(key)
                ids = self.dictionary.lookup(text)
                return ids[0] if ids else None
        return None

    def resolve_title(self, match: re.Match) -> str | None:
        country = self.country_of(match)
        if match.group("counterpart"):
            return self.resolve_counterpart(country)
        if match.group("diplomat"):
            if not match.group("top"):
                return None
            title = "foreign minister"
        else:
            title = self.office_title(match.group("office"))
        if not match.group("det") and not country:
            return None
        if title == "leader":
            entry = self.dictionary.entries.get(country or "")
            title = entry.leader if entry and entry.leader else None
            if title is None:
                return None
        return self.holder(title, country)

    def office_title(self, phrase: str) -> str:
        for title, patterns in self.dictionary.office_phrases.items():
            if any(re.fullmatch(p, phrase, re.IGNORECASE) for p in patterns):
                return title
        return phrase.lower()

    def holder(self, title: str, country: str | None) -> str | None:
        """Who held the office: on the article's date, else the one in context."""
        if country and self.published:
            ids = self.dictionary.holders(title, country, self.published)
            if len(ids) == 1:
                return ids[0]
        for mention in reversed(self.history):
            entry = self.dictionary.entries.get(mention.actor_id)
            if entry is None:
                continue
            offices = entry.offices_on(self.published)
            if any(title in o.title and (country is None or o.country == country)
                   for o in offices):
                return entry.id
        return None

    def resolve_counterpart(self, country: str | None) -> str | None:
        if not country or not self.history:
            return None
        referent = self.last_subject() or self.history[-1]
        office = self.dictionary.office_of(referent.actor_id, self.published)
        if office is None:
            return None
        return self.holder(office.title, country)

    # -- pronouns ----------------------------------------------------------------
