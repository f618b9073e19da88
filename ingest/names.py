"""Names as actors: dictionary names (exact and fuzzy) and people new to us, one id per person
whichever form the article uses ("Martin Q. Hollister", "Martin Hollister", "Hollister",
"Mr Hollister", "Von Falkenrath" after "Hans-Dieter von Falkenrath")."""

from __future__ import annotations

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from ingest.dictionary import FUZZY_THRESHOLD, ascii_fold, fold, slug
from ingest.mention_words import mention_words
from ingest.models import ActorKind
from ingest.name_candidates import NameCandidates, overlaps, select
from ingest.name_words import INITIAL, NameSpan, curated_by_surname, name_key
from ingest.types import Mention, Reading

GENERATIONAL = {"sr", "jr"}
MISSPELT_SURNAME_MIN = 7  # shorter surnames a letter apart are often two real names


class NameResolver:
    """Finds names in a doc and resolves each to an actor id."""

    def __init__(self, reading: Reading, nlp):
        self.reading = reading
        self.dictionary = reading.dictionary
        self.candidates = NameCandidates(reading.dictionary, nlp)
        self.by_key: dict[tuple[str, str], str] = {}
        self.lone: set[str] = set()  # people we know only by a surname (so far)
        self.seen: list[str] = []  # actor ids named so far, in reading order

    def find(self, doc: Doc) -> dict[int, Mention]:
        """Named mentions by their first token."""
        named: dict[int, Mention] = {}
        for span, resolved in self.resolved(doc):
            if resolved:
                actor_id, via = resolved
                self.seen.append(actor_id)
                tokens = doc[span.start:span.end]
                named[span.start] = Mention(tokens.start_char, tokens.end_char, name_root(tokens),
                                            actor_id, self.kind_of(actor_id), via, tokens.text)
        for start, mention in list(named.items()):
            shared = self.shared_surname(doc, start, mention)
            if shared is not None and shared.root not in named:
                named[shared.root] = shared
        return named

    def shared_surname(self, doc: Doc, start: int, mention: Mention) -> Mention | None:
        """'Vladimir and Lyudmila Putin': the first name before 'and' shares the surname of
        the full name after it (only when that makes a name the dictionary knows)."""
        if mention.kind != ActorKind.person or start < 2 or doc[start - 1].lower_ != "and":
            return None
        first = doc[start - 2]
        if not (first.is_alpha and first.text[:1].isupper() and first.pos_ == "PROPN"):
            return None
        ids = self.dictionary.lookup(f"{first.text} {mention.text.split()[-1]}")
        if len(ids) != 1 or self.kind_of(ids[0]) != ActorKind.person:
            return None
        return Mention(first.idx, first.idx + len(first), first.i, ids[0], ActorKind.person,
                       "name", first.text)

    def resolved(self, doc: Doc):
        """Each chosen span with its actor; where the longest reading names no one ('bin
        Abdulaziz al-Saud' read apart from its given name), a dictionary name it overlaps."""
        spans = self.candidates.spans(doc)
        chosen = select(spans)
        for span in chosen:
            resolved = self.resolve(doc, span)
            if resolved:
                yield span, resolved
                continue
            others = [c for c in chosen if c is not span]
            known = select([s for s in spans if s.origin == "dict" and overlaps(s, span)
                            and not any(overlaps(s, c) for c in others)])
            whole = NameSpan(min([span.start] + [k.start for k in known]), span.end, "dict")
            ids = self.dictionary.lookup(doc[whole.start:whole.end].text) if known else []
            if ids:  # 'Salman bin Abdulaziz' + 'bin Abdulaziz al-Saud': one name in full
                yield whole, (self.pick(ids), "name")
                continue
            for name in known:
                yield name, self.resolve(doc, name)

    def resolve(self, doc: Doc, span: NameSpan) -> tuple[str, str] | None:
        if span.label.startswith("METONYM:"):
            return self.dictionary.metonyms[span.label.split(":", 1)[1]], "metonym"
        text = doc[span.start:span.end].text
        ids = self.dictionary.lookup(text)
        local = self.named_here_in_full(text, ids) if span.end - span.start == 1 else None
        if local:
            return local, "ner"
        if ids:
            return self.pick(ids), "name" if span.end - span.start > 1 else "alias"
        if span.origin == "dict":
            return None
        fuzzy = self.dictionary.fuzzy_person(text)
        if fuzzy:
            return fuzzy, "fuzzy"
        person_id = self.new_person(text, span)
        return (person_id, "ner") if person_id else None

    def new_person(self, text: str, span: NameSpan) -> str | None:
        words = text.split()
        if any(ch.isdigit() for ch in text):
            return None
        if len(words) == 2 and words[1].rstrip(".").lower() in GENERATIONAL:
            return self.lone_person(words[:1], span)  # "Mr Bush Sr.", not "Theodosius III"
        particles = mention_words().particles
        first_is_name = len(words) > 2 and words[0][:1].isupper()  # "Ben van Ostade"
        names = [w for i, w in enumerate(words)
                 if w.lower() not in particles or (i == 0 and first_is_name)]
        ends_in_initial = INITIAL.fullmatch(words[-1]) and words[-1] not in mention_words().suffixes
        if len(names) < 2 or (words[0].lower() in particles and not first_is_name) \
                or ends_in_initial:
            return self.lone_person(words, span)
        person_id = self.by_key.get(name_key(words)) or "person-" + slug(text)
        self.by_key.setdefault(name_key(words), person_id)
        self.reading.result.new_people.setdefault(person_id, ascii_fold(text))
        if span.country:
            self.reading.result.new_people_country.setdefault(person_id, span.country)
        return person_id

    def lone_person(self, words: list[str], span: NameSpan) -> str | None:
        """A surname: the person named in full before, else (after a title) a person of
        their own, until a full name with that surname turns up."""
        surname = " ".join(words)
        known = self.with_surname(surname) or self.in_office_with_surname(surname) \
            or (span.titled and self.in_office_with_misspelt_surname(surname))
        if known:
            return known
        if not span.titled or len(words) > 2:
            return None
        person_id = "person-" + slug(surname)
        self.reading.result.new_people.setdefault(person_id, ascii_fold(surname))
        self.lone.add(person_id)
        return person_id

    def in_office_with_surname(self, surname: str) -> str | None:
        """'Mubarak told reporters': the one curated person of that surname in office
        on the article's date (a surname that is also a first name is no alias of theirs)."""
        if self.reading.published is None or self.first_name_here(surname):
            return None
        ids = [i for i in curated_by_surname(self.dictionary).get(fold(surname), [])
               if self.dictionary.entries[i].offices_on(self.reading.published)]
        return ids[0] if len(ids) == 1 else None

    def in_office_with_misspelt_surname(self, surname: str) -> str | None:
        """'Mr Bouteflik': the one curated person in office on the article's date whose
        surname is this one but for a letter or two (long surnames only)."""
        key = fold(surname)
        if self.reading.published is None or len(key) < MISSPELT_SURNAME_MIN or " " in key:
            return None
        ids = {i for known, found in curated_by_surname(self.dictionary).items()
               if fuzz.ratio(key, known) >= FUZZY_THRESHOLD
               for i in found if self.dictionary.entries[i].offices_on(self.reading.published)}
        return ids.pop() if len(ids) == 1 else None

    def first_name_here(self, word: str) -> bool:
        """'Thank you, Kirill': the first name of someone this article names."""
        key = fold(word)
        names = [*self.reading.result.new_people.values(),
                 *(self.dictionary.entries[i].name for i in self.seen if i in self.dictionary.entries)]
        return any(fold(name).split()[0] == key for name in names if " " in name)

    def named_here_in_full(self, surname: str, ids: list[str]) -> str | None:
        """'Anke Fischer ... Fischer': the surname is hers, not a dictionary Fischer's
        that this article never named."""
        if not ids or any(i in self.seen for i in ids):
            return None
        if not all(self.dictionary.entries[i].kind == ActorKind.person for i in ids):
            return None
        return self.with_surname(surname)

    def with_surname(self, surname: str) -> str | None:
        """The one person named in full so far (new to us, or from the dictionary in any of
        their spellings) whose name ends with `surname`; else whose name starts with it
        ("Sir Reginald", "Mr Okonjo")."""
        key = fold(surname)
        named = [(pid, fold(name)) for pid, name in self.reading.result.new_people.items()
                 if pid not in self.lone]
        titled = [m.actor_id for m in self.reading.result.actors if m.kind == ActorKind.person]
        named += [(i, fold(form)) for i in dict.fromkeys([*self.seen, *titled])
                  for form in self.full_forms(i)]
        named += self.written_full_names()
        for ends in (lambda name: name.endswith(" " + key), lambda name: name.startswith(key + " ")):
            found = {pid for pid, name in named if ends(name)}
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def written_full_names(self) -> list[tuple[str, str]]:
        """Full names of dictionary people as this article spells them: 'Robert Kocharian',
        matched fuzzily to Robert Kocharyan, makes a later 'President Kocharian' his."""
        return [(m.actor_id, fold(m.text)) for m in self.reading.result.actors
                if m.via == "fuzzy" and " " in m.text.strip()]

    def full_forms(self, actor_id: str) -> set[str]:
        """A dictionary person's full names as written in any spelling ('Gurbanguly
        Berdimuhamedov' of 'Gurbanguly Berdimuhamedow'); nothing for others."""
        entry = self.dictionary.entries.get(actor_id)
        if entry is None or entry.kind != ActorKind.person:
            return set()
        return {entry.name} | {f for f in entry.surface_forms() if " " in f}

    def settle_lone_surnames(self) -> None:
        """A surname met before the full name: its mentions go to the full name's person."""
        result = self.reading.result
        for lone_id in sorted(self.lone):
            full_id = self.with_surname(result.new_people[lone_id])
            if full_id is None:
                continue
            for mention in result.actors:
                if mention.actor_id == lone_id:
                    mention.actor_id = full_id
            del result.new_people[lone_id]
            country = result.new_people_country.pop(lone_id, None)
            if country:
                result.new_people_country.setdefault(full_id, country)

    def pick(self, ids: list[str]) -> str:
        """One id for an ambiguous surname: seen before, else in office on the date."""
        if len(ids) == 1:
            return ids[0]
        for actor_id in reversed(self.seen):
            if actor_id in ids:
                return actor_id
        active = [i for i in ids if self.dictionary.entries[i].offices_on(self.reading.published)]
        return (active or ids)[0]

    def kind_of(self, actor_id: str) -> ActorKind:
        entry = self.dictionary.entries.get(actor_id)
        return entry.kind if entry else ActorKind.person


def name_root(tokens: Span) -> int:
    """The name's head; where the parser split the sentence inside the name ('High
    Representative for ... Policy Josep | Borrell met X'), its last word, which belongs to
    the sentence the name acts in."""
    return tokens[-1].i if any(t.is_sent_start for t in tokens[1:]) else tokens.root.i
