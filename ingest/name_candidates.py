"""Where names may be in a doc: every reading of a span as a name (the dictionary's phrase
matches, the NER's PERSON entities, names after titles, in lists and as speaker labels), and
the choice among overlapping readings."""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ingest.dictionary import Dictionary, fold
from ingest.name_layouts import listed, mislabelled_people, speaker_labels, surnames_again
from ingest.name_spans import NameSpans
from ingest.name_words import NameSpan

PRIORITY = {"listed": 0, "titled": 1, "dict": 2, "ner": 3}


def is_acronym(form: str) -> bool:
    return form.isupper() or "." in form or any(ch.isdigit() for ch in form)


@lru_cache(maxsize=4)
def name_matchers(dictionary: Dictionary, nlp) -> tuple[PhraseMatcher, PhraseMatcher]:
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
    return names, acronyms


def select(spans: list[NameSpan]) -> list[NameSpan]:
    """Longest first; at equal length a title's or a list's reading beats the NER's."""
    chosen: list[NameSpan] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (s.start - s.end, PRIORITY[s.origin], s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def overlaps(a: NameSpan, b: NameSpan) -> bool:
    return a.start < b.end and b.start < a.end


class NameCandidates:
    def __init__(self, dictionary: Dictionary, nlp):
        self.names, self.acronyms = name_matchers(dictionary, nlp)
        self.layouts = NameSpans(dictionary)

    def spans(self, doc: Doc) -> list[NameSpan]:
        """Every reading of a name: the dictionary's, the NER's, after a title, in a list."""
        spans = [NameSpan(s, e, "dict", label=doc.vocab.strings[k])
                 for k, s, e in [*self.names(doc), *self.acronyms(doc)]]
        spans = [self.without_possessive(doc, s) for s in spans]
        spans += [s for ent in doc.ents if ent.label_ == "PERSON"
                  for s in [self.layouts.from_ner(ent)] if s is not None]
        spans += mislabelled_people(self.layouts, doc)
        spans += self.layouts.after_titles(doc)
        spans += speaker_labels(self.layouts, doc)
        for sent in doc.sents:
            spans += listed(self.layouts, sent)
        return spans + surnames_again(self.layouts, doc, spans)

    @staticmethod
    def without_possessive(doc: Doc, span: NameSpan) -> NameSpan:
        end = span.end
        while end - span.start > 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        return NameSpan(span.start, end, span.origin, span.label)
