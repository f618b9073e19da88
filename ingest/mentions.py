"""Find actor mentions in an annotated article: dictionary names (exact and fuzzy), NER
people, titles ("the Serbian president", "his Russian counterpart") and pronouns, each
resolved to an actor id, plus places."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ingest.dictionary import Dictionary, ascii_fold, fold, slug
from ingest.models import ActorKind

HONORIFICS = {"Mr", "Ms", "Mrs", "Miss", "Dr", "Sir", "Madam", "Mme", "Herr"}
PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
FIRST_PERSON = {"i", "me", "my", "myself"}
PLACE_PREPS = {"in", "at", "near", "to", "from", "outside", "inside"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass
class Mention:
    start: int  # character offsets in the doc
    end: int
    root: int  # token index of the mention's syntactic head
    actor_id: str
    kind: ActorKind
    via: str  # name | alias | fuzzy | ner | title | pronoun | metonym
    text: str
    subject: bool = False

    @property
    def explicit(self) -> bool:
        return self.via in {"name", "alias", "metonym"}


@dataclass
class Place:
    root: int
    name: str
    country: str | None


@dataclass
class ArticleMentions:
    actors: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    new_people: dict[str, str] = field(default_factory=dict)  # id -> name (not in dictionary)
    new_people_country: dict[str, str] = field(default_factory=dict)  # from "President of X Y"

    def in_span(self, span: Span) -> list[Mention]:
        return [m for m in self.actors if span.start <= m.root < span.end]

    def at_token(self, index: int) -> Mention | None:
        return next((m for m in self.actors if m.root == index), None)


def is_acronym(form: str) -> bool:
    return form.isupper() or "." in form or any(ch.isdigit() for ch in form)


@lru_cache(maxsize=4)
def _matchers(dictionary: Dictionary, nlp) -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]:
    """Names matched case-insensitively; acronyms (US, NAM, EU) only in capitals."""
    names = PhraseMatcher(nlp.vocab, attr="LOWER")
    acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
    for entry in dictionary.entries.values():
        for form in entry.surface_forms():
            if is_acronym(form):
                acronyms.add(fold(form), [nlp.make_doc(form)])
            else:
                names.add(fold(form), [nlp.make_doc(form.lower())])
        for metonym in entry.metonyms:
            names.add("METONYM:" + fold(metonym), [nlp.make_doc(metonym.lower())])
    places = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, (native, _) in dictionary.places.items():
        places.add(key, [nlp.make_doc(key), nlp.make_doc(native.lower())])
    return names, acronyms, places


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


def strip_possessive(span: Span) -> Span:
    while len(span) > 1 and span[-1].tag_ == "POS" or (len(span) > 1 and span[-1].is_punct):
        span = Span(span.doc, span.start, span.end - 1, label=span.label)
    return span


class MentionFinder:
    """Finds and resolves mentions in one doc (an article), sentence by sentence."""

    def __init__(self, dictionary: Dictionary, nlp, published: date | None):
        self.dictionary = dictionary
        self.names, self.acronyms, self.place_matcher = _matchers(dictionary, nlp)
        self.published = published
        self.result = ArticleMentions()
        self.history: list[Mention] = []  # people, in reading order
        self.speaker: Mention | None = None  # "Vladimir Putin: ..." in transcripts

    # -- names -------------------------------------------------------------------
    def name_spans(self, doc: Doc) -> list[tuple[Span, str]]:
        spans = [(Span(doc, s, e, label=doc.vocab.strings[k]), "dict")
                 for k, s, e in [*self.names(doc), *self.acronyms(doc)]]
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                spans.append((ent, "ner"))
        chosen = [strip_possessive(s) for s in filter_spans([s for s, _ in spans])]
        origin = {(s.start, s.end): o for s, o in spans}
        return [(s, origin.get((s.start, s.end), "dict")) for s in chosen]

    def resolve_name(self, span: Span, origin: str) -> tuple[str, str] | None:
        label = span.label_
        if label.startswith("METONYM:"):
            return self.dictionary.metonyms[label.split(":", 1)[1]], "metonym"
        ids = self.dictionary.lookup(span.text)
        if ids:
            return self.pick(ids), "name" if len(span) > 1 else "alias"
        if origin != "ner":
            return None
        text, country = self.strip_country(span.text.removesuffix("'s").removesuffix("’s").strip())
        ids = self.dictionary.lookup(text)
        if ids:
            return self.pick(ids), "name"
        fuzzy = self.dictionary.fuzzy_person(text)
        if fuzzy:
            return fuzzy, "fuzzy"
        resolved = self.new_person(text)
        if resolved and country:
            self.result.new_people_country.setdefault(resolved[0], country)
        return resolved

    def strip_country(self, text: str) -> tuple[str, str | None]:
        """'Armenia Serzh Sargsyan' (from 'President of Armenia Serzh Sargsyan') -> the name
        and the country it names."""
        words = text.split()
        for size in (2, 1):
            head = " ".join(words[:size])
            countries = [i for i in self.dictionary.lookup(head)
                         if self.dictionary.entries[i].kind == ActorKind.country]
            if len(words) > size + 1 and countries:
                return " ".join(words[size:]), countries[0]
        return text, None

    def new_person(self, text: str) -> tuple[str, str] | None:
        words = text.split()
        if len(words) > 1 and words[0].rstrip(".") in HONORIFICS:
            text, words = " ".join(words[1:]), words[1:]
            ids = self.dictionary.lookup(text)
            if ids:
                return self.pick(ids), "alias"
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            # a lone surname counts only if a full name with it came earlier
            for pid, name in self.result.new_people.items():
                if name.split()[-1] == text:
                    return pid, "ner"
            return None
        person_id = "person-" + slug(text)
        self.result.new_people.setdefault(person_id, ascii_fold(text))
        return person_id, "ner"

    def pick(self, ids: list[str]) -> str:
        """One id for an ambiguous surname: seen before, else in office on the date."""
        if len(ids) == 1:
            return ids[0]
        for mention in reversed(self.history):
            if mention.actor_id in ids:
                return mention.actor_id
        active = [i for i in ids if self.dictionary.entries[i].offices_on(self.published)]
        return (active or ids)[0]

    # -- titles ------------------------------------------------------------------
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
    def last_subject(self) -> Mention | None:
        for mention in reversed(self.history):
            if mention.kind == ActorKind.person and mention.subject:
                return mention
        return None

    def resolve_pronoun(self, token) -> Mention | None:
        referent = None
        if token.dep_ == "poss":
            referent = self.nearest_before(token)
        if referent is None and token.i > token.sent.start:
            referent = self.subject_before(token)
        referent = referent or self.last_subject() or (self.history[-1] if self.history else None)
        if referent is None:
            return None
        return Mention(token.idx, token.idx + len(token), token.i, referent.actor_id,
                       ActorKind.person, "pronoun", token.text)

    def nearest_before(self, token) -> Mention | None:
        """'..., Hashim Thaci, during his visit': the closest person earlier in the sentence."""
        for mention in reversed(self.history):
            if token.sent.start <= mention.root < token.i:
                return mention
        return None

    def subject_before(self, token) -> Mention | None:
        """The person subject of the pronoun's own clause, if it comes before it."""
        for mention in reversed(self.history):
            if mention.root >= token.i or mention.root < token.sent.start:
                continue
            head = token.doc[mention.root]
            if head.dep_ in SUBJECT_DEPS:
                return mention
        return None

    # -- driver ------------------------------------------------------------------
    def find(self, doc: Doc) -> ArticleMentions:
        named: dict[int, Mention] = {}
        for span, origin in self.name_spans(doc):
            resolved = self.resolve_name(span, origin)
            if resolved:
                actor_id, via = resolved
                kind = self.kind_of(actor_id)
                named[span.start] = Mention(span.start_char, span.end_char, span.root.i,
                                            actor_id, kind, via, span.text)
        for key, s, e in self.place_matcher(doc):
            native, country = self.dictionary.places[doc.vocab.strings[key]]
            self.result.places.append(Place(doc[s:e].root.i, native, country))
        for sent in doc.sents:
            self.read_sentence(sent, named)
        return self.result

    def read_sentence(self, sent: Span, named: dict[int, Mention]) -> None:
        in_sentence = [m for i, m in named.items() if sent.start <= i < sent.end]
        taken = [(m.start, m.end) for m in in_sentence if m.kind == ActorKind.person]
        mentions = in_sentence + self.title_mentions(sent, taken)
        mentions += self.demonym_pairs(sent)
        self.update_speaker(sent, in_sentence)
        for token in sent:
            if token.lower_ in PRONOUNS and token.pos_ == "PRON":
                mentions.append(self._pronoun_placeholder(token))
            elif token.lower_ in FIRST_PERSON and token.pos_ == "PRON" and self.speaker:
                mentions.append(Mention(token.idx, token.idx + len(token), token.i,
                                        self.speaker.actor_id, ActorKind.person, "speaker",
                                        token.text))
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.via == "pronoun-pending":
                mention = self.resolve_pronoun(sent.doc[mention.root])
                if mention is None:
                    continue
            self.result.actors.append(mention)
            if mention.kind == ActorKind.person:
                mention.subject = sent.doc[mention.root].dep_ in SUBJECT_DEPS
                self.history.append(mention)

    def update_speaker(self, sent: Span, named: list[Mention]) -> None:
        """A paragraph opening '<person>:' makes that person the 'I' of what follows."""
        doc = sent.doc
        starts_paragraph = sent.start == 0 or "\n\n" in doc[sent.start - 1].text_with_ws
        if not starts_paragraph:
            return
        for mention in named:
            after = doc.char_span(mention.end, mention.end + 1, alignment_mode="expand")
            if mention.kind == ActorKind.person and after is not None and after.text == ":" \
                    and mention.start - sent.start_char < 60:
                self.speaker = mention
                return

    def demonym_pairs(self, sent: Span) -> list[Mention]:
        """'Russian-Bulgarian talks': both countries."""
        found = []
        for token in sent[1:-1]:
            if token.text not in {"-", "–"}:
                continue
            pair = [token.nbor(-1), token.nbor(1)]
            ids = [self.dictionary.demonyms.get(fold(t.text)) for t in pair]
            if all(ids) and ids[0] != ids[1]:
                found += [Mention(t.idx, t.idx + len(t), t.i, i, ActorKind.country, "demonym",
                                  t.text) for t, i in zip(pair, ids, strict=True)]
        return found

    @staticmethod
    def _pronoun_placeholder(token) -> Mention:
        return Mention(token.idx, token.idx + len(token), token.i, "", ActorKind.person,
                       "pronoun-pending", token.text)

    def kind_of(self, actor_id: str) -> ActorKind:
        entry = self.dictionary.entries.get(actor_id)
        return entry.kind if entry else ActorKind.person
