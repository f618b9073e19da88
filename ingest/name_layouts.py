"""Names the NER reads badly: the speaker labels of a transcript ("Anna Petrova: ..."),
lists written "Name (Country), Name (Country)", and people it labels as something else."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from ingest.dictionary import fold
from ingest.name_spans import NameSpans
from ingest.name_words import PLACE_LABELS, NameSpan, given_names, is_glue, is_name_word, words_of
from ingest.nlp import text_of

PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")
MISLABELLED = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"}  # where the NER puts people too


def mislabelled_people(spans: NameSpans, doc: Doc) -> list[NameSpan]:
    return [s for ent in doc.ents if ent.label_ in MISLABELLED
            for s in [mislabelled_person(spans, ent)] if s is not None]


def mislabelled_person(spans: NameSpans, ent: Span) -> NameSpan | None:
    """'Natalia Vereshchak' (ORG), 'Konstantin Belozersky' (GPE): a known first name and
    one or two more name words, none of them a place, an organisation or a title."""
    words = words_of(ent.doc, ent.start, ent.end)
    if not 2 <= len(words) <= 3 or fold(words[0].text) not in given_names(spans.dictionary) \
            and not titles_apposition(spans, ent):
        return None
    if any(not is_name_word(w.text) or spans.blocks(w.text) or w.root.tag_ != "NNP"
           for w in words) or ent.root.dep_ == "compound":  # "Danish state television"
        return None
    if ent.label_ != "ORG" and named_as_place(ent) or PATRONYMIC.search(words[-1].text):
        return None  # "dear Ivan Petrovich": a first name and a patronymic, no surname
    return NameSpan(ent.start, ent.end, "ner")


def titles_apposition(spans: NameSpans, ent: Span) -> bool:
    """'the ambassador of Germany, Jorn Rohde,': a name set off by commas after an office
    word, whatever first name it has."""
    root, doc = ent.root, ent.doc
    return root.dep_ == "appos" and spans.is_title(root.head) and ent.start > 0 \
        and doc[ent.start - 1].text == "," and (ent.end == len(doc) or doc[ent.end].is_punct)


def named_as_place(ent: Span) -> bool:
    """'in Hong Kong', 'Japan and Hong Kong': a place."""
    if any(c.ent_type_ in PLACE_LABELS for c in ent.root.conjuncts):
        return True
    return re.search(rf"\b(?:in|to|from|at) {re.escape(ent.text)}\b", text_of(ent.doc)) is not None


def speaker_labels(spans: NameSpans, doc: Doc) -> list[NameSpan]:
    """'Anna Petrova: ...' opening paragraphs of a transcript: a person to the NER, or a
    label that opens two paragraphs or more (not a one-off 'Key Points:')."""
    found = paragraph_labels(spans, doc)
    times = Counter(doc[s.start:s.end].text for s in found)
    return [s for s in found if times[doc[s.start:s.end].text] > 1
            or any(t.ent_type_ == "PERSON" for t in doc[s.start:s.end])]


def paragraph_labels(spans: NameSpans, doc: Doc) -> list[NameSpan]:
    found = []
    for token in doc:
        if token.i > 0 and "\n\n" not in doc[token.i - 1].text_with_ws:
            continue
        colon = next((t.i for t in doc[token.i:token.i + 8] if t.text == ":"), None)
        if colon is None or colon == token.i:
            continue
        words = words_of(doc, token.i, colon)
        if not all(is_name_word(w.text) or is_glue(w.text) for w in words):
            continue
        tail, country, titled = spans.name_in(words)
        if sum(is_name_word(w.text) for w in tail) < 2:
            continue
        if len(tail) > 2:  # "Paramedic Anna Petrova:": the NER's person, else two words
            person = [w for w in tail if w.root.ent_type_ == "PERSON"]
            tail = tail[tail.index(person[0]):] if len(person) >= 2 else spans.last_two(tail)
        found.append(NameSpan(tail[0].start, tail[-1].end, "listed", titled=titled,
                              country=country))
    return found


def listed(spans: NameSpans, sent: Span) -> list[NameSpan]:
    """'Lars Dahl (Kingdom of Norway), Ana Souto (Brazil)': two items or more."""
    found = []
    for token in sent:
        if token.text != "(" or not names_a_place(spans, token):
            continue
        words = words_of(sent.doc, sent.start, token.i)
        run_start = len(words)
        while run_start > 0 and (is_name_word(words[run_start - 1].text)
                                 or is_glue(words[run_start - 1].text)):
            run_start -= 1
        run = words[run_start:]
        names = [w for w in run if is_name_word(w.text)]
        if 2 <= len(names) <= 6 and not any(spans.blocks(w.text) for w in run) and not any(
                t.ent_type_ in PLACE_LABELS for w in run for t in w):
            found.append(NameSpan(run[0].start, run[-1].end, "listed"))
    return found if len(found) >= 2 else []


def names_a_place(spans: NameSpans, bracket) -> bool:
    doc, i = bracket.doc, bracket.i + 1
    inside = []
    while i < len(doc) and doc[i].text != ")" and len(inside) < 10:
        inside.append(doc[i])
        i += 1
    if not inside or i >= len(doc):
        return False
    text = doc[bracket.i + 1:i].text
    return (any(t.ent_type_ in {"GPE", "LOC"} for t in inside) or spans.country_of(text)
            is not None or any(t.lower_ in {"republic", "kingdom"} for t in inside))


def surnames_again(spans: NameSpans, doc: Doc, found: list[NameSpan]) -> list[NameSpan]:
    """'Richard Holbrooke spent ten days in Belgrade ... Holbrooke returned': the surname of
    a person named in full before, alone where the NER tags nothing (often a sentence's
    first word), is that person again (the resolver reads it as the full name's)."""
    surnames = {}
    for s in found:
        if s.origin in {"ner", "titled"} and s.end - s.start >= 2 and doc[s.end - 1].is_alpha:
            surnames.setdefault(doc[s.end - 1].text, s.end)
    if not surnames:
        return []
    again = []
    for token in doc:
        after = surnames.get(token.text)
        if after is None or token.i < after or token.ent_type_ or token.pos_ != "PROPN" \
                or spans.blocks(token.text):
            continue
        if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
               for j in (token.i - 1, token.i + 1)):
            continue  # part of a longer name: 'Holbrooke Center', 'Ms Holbrooke'
        again.append(NameSpan(token.i, token.i + 1, "ner"))
    return again
