"""Where people's names are in a doc, beyond what the NER says: NER spans cut down to the
name itself ("Finland Aino Lehtinen", "Marta Kowalczyk: Actually", "] Tomasz Wrobel"), names
after an office or honorific that the NER tags as ORG or misses ("Speaker of the State Duma
Gennady Korolyov", "Mr Zabolotny"), and items of lists written "Name (Country)"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ingest.dictionary import Dictionary, fold
from ingest.mention_words import mention_words
from ingest.models import ActorKind
from ingest.name_cuts import after_a_full_stop, before_a_connector
from ingest.name_words import (
    BREAKS,
    NameSpan,
    given_names,
    is_glue,
    is_name_word,
    words_of,
)

HONOURS = re.compile(r"[A-Z]{2,4}")  # "QC", "OBE", "MP" after a name
HEADLINE_VERBS = {"VBZ", "VBD"}  # "X Meets Y", "X Says": a title-case headline's verb
LONGEST_SCAN = 16  # tokens from a title word to the end of the name it introduces
NOT_PERSON_LABELS = {"ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


class NameSpans:
    """Finds candidate name spans in one doc."""

    def __init__(self, dictionary: Dictionary):
        self.dictionary = dictionary
        self.words = mention_words()

    def country_of(self, text: str) -> str | None:
        for actor_id in self.dictionary.lookup(text):
            if self.dictionary.entries[actor_id].kind == ActorKind.country:
                return actor_id
        return self.dictionary.demonyms.get(fold(text))

    def is_demonym(self, text: str) -> bool:
        return fold(text) in self.dictionary.demonyms and not self.dictionary.lookup(text)

    def blocks(self, text: str) -> bool:
        """Never part of a person's name: a title, an organisation or place word, a country,
        an organisation, a lower-case word or an acronym."""
        if text.lower() in self.words.particles or text in self.words.suffixes:
            return False
        if not is_name_word(text) or self.words.blocks_name(text):
            return True
        key = fold(text)
        plural_demonym = len(key) > 4 and key.endswith("s") and key[:-1] in \
            self.dictionary.demonyms  # "Czechs", not "Uss"
        if key in self.dictionary.demonyms or plural_demonym or key in self.dictionary.metonyms \
                or key in self.dictionary.places:
            return True
        return any(self.dictionary.entries[i].kind != ActorKind.person
                   for i in self.dictionary.lookup(text))

    def name_in(self, words: list[Span]) -> tuple[list[Span], str | None, bool]:
        """The name at the end of `words` (after its last title, organisation or country
        word), the country named right before it, and whether a title introduces it."""
        while words and (words[-1].root.tag_ == "POS" or HONOURS.fullmatch(words[-1].text)
                         and words[-1].text not in self.words.suffixes
                         or len(words) > 2 and words[-1].root.tag_ in HEADLINE_VERBS):
            words = words[:-1]  # "Wang Yi Holds Talks": the headline's verb ends the name
        last_block = -1
        for i, word in enumerate(words):
            honorific_surname = i == len(words) - 1 and word.text in self.words.honorifics
            if (self.blocks(word.text) and not honorific_surname) or any(
                    self.country_of(" ".join(w.text for w in words[i - n:i + 1]))
                    for n in (1, 2) if i >= n):
                last_block = i  # also the last word of "South Korea", "Bosnia and Herzegovina"
        tail = words[last_block + 1:]
        if last_block < 0:
            return tail, None, False
        before = words[last_block].text
        country = self.country_of(before) or next(
            (c for n in (1, 2) if last_block >= n for c in [self.country_of(
                " ".join(w.text for w in words[last_block - n:last_block + 1]))] if c), None)
        return tail, country, self.words.introduces_surname(before)

    # -- NER people ---------------------------------------------------------------
    def from_ner(self, ent: Span) -> NameSpan | None:
        """An NER person cut down to the name: the first segment that holds a name, without
        the country, title or organisation before it, extended over 'y Gasset'."""
        if glossed(ent):
            return None
        segments: list[list[Span]] = [[]]
        for word in words_of(ent.doc, ent.start, ent.end):
            if word.text in BREAKS:
                segments.append([])
            else:
                segments[-1].append(word)
        for segment in segments:
            tail, country, titled = self.name_in(segment)
            if not any(is_name_word(w.text) for w in tail):
                segment = before_a_connector(segment, self.words.title_connectors)
                tail, country, titled = self.name_in(segment)
            if not any(is_name_word(w.text) for w in tail):
                continue
            if len(tail) > 2 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "of":
                tail = self.last_two(tail)  # "President of Afghanistan Hamid Karzai"
            elif len(tail) > 2 and self.ends_an_office_name(ent, tail):
                tail = tail[1:]  # "Office for Kosovo and Metohija Petar Petkovic"
            tail = after_a_full_stop(segment, tail, given_names(self.dictionary), self.is_title)
            end = self.extend_over_particles(ent.doc, tail[-1].end)
            return NameSpan(tail[0].start, end, "ner", country=country, titled=titled)
        return None

    def ends_an_office_name(self, ent: Span, tail: list[Span]) -> bool:
        """'Director of the Office for Kosovo and Metohija Petar Petkovic': the NER's person
        starts with the last word of an office's domain ('A and B', 'for B'); the name starts
        at the next word, a known first name or the start of a dictionary name, while the first
        word is no first name and the whole names no one we know."""
        doc, first = ent.doc, tail[0]
        if fold(first.text) in given_names(self.dictionary) or \
                self.dictionary.lookup(" ".join(w.text for w in tail)):
            return False
        rest = " ".join(w.text for w in tail[1:])
        if any(self.dictionary.entries[i].kind == ActorKind.person
               for i in self.dictionary.lookup(rest)):
            return True
        before = doc[first.start - 1] if first.start > 0 else None
        return before is not None and before.lower_ in {"and", "for", "of"} and \
            fold(tail[1].text) in given_names(self.dictionary)

    def extend_over_particles(self, doc: Doc, end: int) -> int:
        """'Luis Moreno' + 'y Vidal', 'Rauf Nadir' + 'oglu Guliyev'."""
        while end + 1 < len(doc) and doc[end].lower_ in self.words.particles and \
                doc[end - 1].whitespace_ and is_name_word(doc[end + 1].text) and \
                doc[end].sent == doc[end + 1].sent:
            end += 2
        return end

    # -- names after titles --------------------------------------------------------
    def is_title(self, token) -> bool:
        return token.lower_ in self.words.title_words or (
            token.text.rstrip(".") in self.words.honorifics and token.text[0].isupper())

    def after_titles(self, doc: Doc) -> list[NameSpan]:
        found = []
        for token in doc:
            if self.is_title(token) and not self.is_title(token.nbor(1) if token.i + 1 < len(doc)
                                                          else token):
                span = self.after_title(token)
                if span is not None:
                    found.append(span)
        return found

    def title_phrase_end(self, title) -> int:
        """Where the phrase a title word opens ends: at a verb, a pronoun, a separating
        punctuation mark or a lower-case word other than 'of', 'the', 'on'..."""
        doc, end = title.doc, title.i + 1
        while end < min(len(doc), title.i + LONGEST_SCAN) and doc[end].sent == title.sent:
            token = doc[end]
            lower_case = token.is_alpha and not token.text[:1].isupper()
            if self.joins_a_region_name(token):
                end += 1
                continue
            if token.text in BREAKS or token.pos_ in {"VERB", "AUX", "PRON", "NUM", "ADV"} \
                    or (token.is_punct and token.text not in {"-", "'", "’"}) \
                    or (lower_case and token.lower_ not in self.words.title_connectors
                        and token.lower_ not in self.words.particles
                        and token.pos_ not in {"NOUN", "ADJ"}) or token.text == "\n\n":
                break
            end += 1
        return end

    @staticmethod
    def joins_a_region_name(token) -> bool:
        """The dash of 'Upper Lena Autonomous Area – Yugra', between capitalised words."""
        doc = token.doc
        return token.text in {"–", "—"} and 0 < token.i < len(doc) - 1 and \
            doc[token.i - 1].text[:1].isupper() and doc[token.i + 1].text[:1].isupper()

    def after_title(self, title) -> NameSpan | None:
        """The first run of capitalised words after the title that holds a name."""
        doc, end = title.doc, self.title_phrase_end(title)
        words = words_of(doc, title.i + 1, end)
        start = 0
        while start < len(words):
            stop = start
            while stop < len(words) and (is_name_word(words[stop].text)
                                         or is_glue(words[stop].text)):
                stop += 1
            if stop > start:
                found = self.name_of_run(title, words[start:stop], start)
                if found is not None:
                    return found
            start = stop + 1
        return None

    def name_of_run(self, title, run: list[Span], run_start: int) -> NameSpan | None:
        tail, country, _ = self.name_in(run)
        from_first_name = self.from_given_name(tail)
        cut, tail = len(from_first_name) < len(tail), from_first_name
        names = [w for w in tail if is_name_word(w.text)]
        if len(names) > 1 and any(w.root.tag_ == "NNPS" for w in names) and \
                fold(names[0].text) not in given_names(self.dictionary):
            return None  # "Rowing Associations" (a plural), not "Jonas Petraitis"
        regnal = len(names) == 1 and len(tail) == 2 and tail[1].text in self.words.suffixes
        adjacent = run_start == 0 and len(tail) == len(run) and len(names) == 1 == len(tail)
        if not names or not (len(names) >= 2 or regnal or (adjacent and self.lone_ok(title, tail))):
            return None
        if len(tail) > 3:
            tail = self.last_two(tail)
        elif cut:
            pass  # a place or a firm we do not know, then the name: "of Tatarstan Rustam X"
        elif len(tail) == len(run) and run_start > 0:
            return None  # "Minister of Social Protection", "Museum of Fine Arts": a domain
        elif len(tail) < len(run) and self.is_demonym(run[len(run) - len(tail) - 1].text):
            return None  # "a spokeswoman for the Danish Ferry Operators"
        titled = self.words.introduces_surname(title.text)
        return NameSpan(tail[0].start, tail[-1].end, "titled", titled=titled, country=country)

    def from_given_name(self, tail: list[Span]) -> list[Span]:
        """'Tatarstan Okwiri Salimov', 'Royal Baltic Shipping Ben van Ostade': the name starts at its
        first name when the words before it are not the NER's person (then they are a place
        or a firm the dictionary does not know)."""
        if len(tail) < 3:
            return tail
        known = given_names(self.dictionary)
        first = next((k for k, w in enumerate(tail[:-1]) if fold(w.text) in known
                      and is_name_word(w.text) and w.text[:1].isupper()), 0)
        if first == 0 or any(t.ent_type_ == "PERSON" for w in tail[:first] for t in w):
            return tail
        return tail[first:] if any(is_name_word(w.text) for w in tail[first + 1:]) else tail

    def lone_ok(self, title, tail: list[Span]) -> bool:
        """'Mr Zabolotny', 'Governor Poltavchenko' (a person to the NER); not 'Premier
        League' or 'rival maker Nintendo'."""
        word = tail[0]
        if title.text.rstrip(".") in self.words.courtesy_titles:  # "Mr D'Alema" (a NOUN)
            return word.root.pos_ in {"PROPN", "NOUN"} and word.root.ent_type_ not in \
                NOT_PERSON_LABELS
        if word.root.pos_ != "PROPN":
            return False
        return word.root.ent_type_ == "PERSON" or title.text in self.words.clergy_titles

    def last_two(self, tail: list[Span]) -> list[Span]:
        """Of a long run, the last name and the name (and particles) before it."""
        end = len(tail)
        if tail[-1].text in self.words.suffixes:
            end -= 1
        start = end - 2
        while start > 0 and tail[start].text.lower() in self.words.particles:
            start -= 1
        return tail[max(start, 0):]


def glossed(ent: Span) -> bool:
    """'the Tauric Chersonese (Khersones Tavrichesky) Museum': a name in brackets right after
    a proper noun is another name of that thing, not a person."""
    doc = ent.doc
    return (0 < ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")" and ent.start >= 2
            and doc[ent.start - 2].pos_ == "PROPN" and doc[ent.start - 2].ent_type_ != "PERSON")

