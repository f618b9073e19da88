"""Find actor mentions in an annotated article: dictionary names (exact and fuzzy), NER
people, titles ("the Serbian president", "his Russian counterpart") and pronouns, each
resolved to an actor id, plus places."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ingest.dictionary import Dictionary, ascii_fold, fold, slug
from ingest.models import ActorKind
from ingest.titles import TitleResolver
from ingest.types import ArticleMentions, Mention, Place

NOT_PERSON_WORDS = {"staff", "agency", "news", "ministry", "council", "assembly", "church",
                    "street", "square", "palace", "abbey", "hall", "office", "press", "service",
                    "party", "union", "bank", "university", "airport", "stadium", "government"}
HONORIFICS = {"Mr", "Ms", "Mrs", "Miss", "Dr", "Sir", "Madam", "Mme", "Herr"}
PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
FIRST_PERSON = {"i", "me", "my", "myself", "our"}
PLACE_PREPS = {"in", "at", "near", "to", "from", "outside", "inside"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


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


def strip_possessive(span: Span) -> Span:
    while len(span) > 1 and span[-1].tag_ == "POS" or (len(span) > 1 and span[-1].is_punct):
        span = Span(span.doc, span.start, span.end - 1, label=span.label)
    return span


class MentionFinder(TitleResolver):
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
        if any(w.lower().strip(".,") in NOT_PERSON_WORDS for w in words):
            return None
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
        if self.speaker:
            self.result.speakers[sent.start] = self.speaker
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
