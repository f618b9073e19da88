"""Pronouns and speakers: "he/his" resolve to the subject of the clause or the last person
subject; a paragraph opening "<person>:" makes that person the "I" of what follows."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ingest.addressees import ADDRESSED, QUESTION_LABELS, vocative
from ingest.dictionary import Dictionary, fold
from ingest.mention_words import mention_words
from ingest.models import ActorKind
from ingest.nlp import span_text
from ingest.types import Mention, Reading

PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
FIRST_PERSON = {"i", "me", "my", "myself", "our"}
TRIPS = mention_words().trip_nouns
TITLE_WORDS = mention_words().titled_words
ANSWER_LABELS = mention_words().answer_labels
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "dative", "iobj"}
PENDING = "pronoun-pending"
# 'Jane Roe (retranslated):', 'Jane Roe (in Russian):': a note on the translation may stand
# between a speaker's name and the colon
LABEL_TOKENS = 40
LABEL_REACH = 60  # characters from a paragraph's start to the name its speaker label ends with
LABEL_END = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?:")


class PronounResolver:
    def __init__(self, reading: Reading):
        self.reading = reading
        self.labels: dict[str, Mention] = {}  # a speaker label as written -> its person
        self.in_dialogue = False  # the speaker is a person a label names (not 'Q:' or 'A:')
        self.speakers: dict[str, Mention] | None = None

    def placeholders(self, sent: Span, named: list[Mention] = ()) -> list[Mention]:
        """Third-person pronouns to resolve in reading order; first-person ones go to the
        speaker of the transcript, a subject 'you' to the one addressed ('Minister Dacic, you
        met ...') or, in an interviewer's question, to the one interviewed."""
        found = []
        speaker = self.reading.speaker
        addressee = vocative(sent, named) or self.reading.addressee
        for token in sent:
            if token.pos_ != "PRON":
                continue
            if token.lower_ in PRONOUNS or token.lower_ == "whom":
                found.append(Mention(token.idx, token.idx + len(token), token.i, "",
                                     ActorKind.person, PENDING, token.text))
            elif token.lower_ in FIRST_PERSON and speaker:
                found.append(Mention(token.idx, token.idx + len(token), token.i,
                                     speaker.actor_id, ActorKind.person, "speaker", token.text))
            elif token.lower_ in ADDRESSED and addressee and token.dep_ in SUBJECT_DEPS:
                found.append(Mention(token.idx, token.idx + len(token), token.i,
                                     addressee.actor_id, ActorKind.person, "pronoun", token.text))
        return found

    def resolve(self, token: Token) -> Mention | None:
        if token.lower_ == "whom":
            return self.antecedent(token)
        history = self.reading.history
        referent = None
        fronted = self.fronted_subject(token) if token.dep_ == "poss" else None
        if fronted is not None:  # 'Ahead of his meeting with X, Y said ...': Y
            return Mention(token.idx, token.idx + len(token), token.i, fronted.actor_id,
                           ActorKind.person, "pronoun", token.text)
        if token.dep_ == "poss":  # 'he told Y of his call': his = he, still the topic
            subject = self.subject_before(token)
            topic = subject is not None and (subject.via == "pronoun" or told_of_own(token, subject)
                                             or in_time_adjunct(token, subject))
            referent = subject if topic else self.nearest_before(token)
            referent = self.visitor(token, [referent, subject]) or referent
        if token.dep_ in OBJECT_DEPS:  # 'Rama will host her': her is not Rama
            referent = self.other_than_subject(token)
        if referent is None and token.i > token.sent.start:
            referent = self.subject_before(token)
        referent = referent or self.reading.last_subject() or (history[-1] if history else None)
        if referent is not None and referent.via == "speaker" and token.lower_ in {"him", "her"}:
            referent = self.other_than_speaker(token, referent) or referent  # 'meet him': not I
        if referent is None:
            return None
        return Mention(token.idx, token.idx + len(token), token.i, referent.actor_id,
                       ActorKind.person, "pronoun", token.text)

    def fronted_subject(self, pronoun: Token) -> Mention | None:
        """The person named as the subject of the main clause, when 'his'/'her' opens the
        sentence inside a phrase set off by a comma before that subject."""
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or not pronoun.i < subject.left_edge.i \
                or pronoun.doc[subject.left_edge.i - 1].text != ",":
            return None
        opener = pronoun
        while opener.head.i != root.i:
            opener = opener.head
        if opener.i != pronoun.sent.start and opener.left_edge.i != pronoun.sent.start:
            return None
        return next((m for m in self.reading.named_people
                     if m.root == subject.i and m.kind == ActorKind.person), None)

    def antecedent(self, relative: Token) -> Mention | None:
        """'President X, with whom I spoke yesterday': whom is the person the clause is
        about (nobody when that is no person named)."""
        clause = next((t for t in relative.ancestors if t.dep_ == "relcl"), None)
        if clause is None:
            return None
        named = self.person_at(clause.head) or self.person_at(set_off_before(clause))
        return None if named is None else Mention(
            relative.idx, relative.idx + len(relative), relative.i, named.actor_id,
            ActorKind.person, "pronoun", relative.text)

    def person_at(self, token: Token | None) -> Mention | None:
        return None if token is None else next(
            (m for m in reversed(self.reading.result.actors) if m.kind == ActorKind.person
             and m.start <= token.idx < m.end), None)

    def other_than_subject(self, token: Token) -> Mention | None:
        """An object pronoun is never its own verb's subject: the closest other person."""
        verb = token.head
        verbs = {verb.i, verb.head.i} if verb.dep_ == "conj" else {verb.i}
        doc = token.doc
        others = [m for m in reversed(self.reading.history) if m.kind == ActorKind.person
                  and m.root < token.i and not (doc[m.root].dep_ in SUBJECT_DEPS
                                                and doc[m.root].head.i in verbs)]
        subjects = [m for m in others if m.root >= token.sent.start and doc[m.root].dep_ in SUBJECT_DEPS]
        if subjects:  # 'When X flew to Moscow after the fall of Z, Y received him': X
            return subjects[0]
        return next((m for m in others if m.root >= token.sent.start or m.subject), None)

    def visitor(self, pronoun: Token, candidates: list[Mention | None]) -> Mention | None:
        """'X handed the letter to Y during his visit to Belgrade': no one visits his own
        country, so 'his' is the first candidate from elsewhere (None when no rule applies)."""
        home = destination_country(pronoun, self.reading.dictionary)
        if home is None:
            return None
        known = [m for m in candidates if m is not None and self.country_of(m)]
        if not any(self.country_of(m) == home for m in known):
            return None
        return next((m for m in known if self.country_of(m) != home), None)

    def country_of(self, mention: Mention) -> str | None:
        entry = self.reading.dictionary.entries.get(mention.actor_id)
        return entry.country if entry is not None else None

    def other_than_speaker(self, token: Token, speaker: Mention) -> Mention | None:
        """'Convey my wishes to the President of X. I hope to meet him': a person named in
        this sentence or the one before, not the speaker, nor another speaker's label."""
        doc = token.doc
        since = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else 0
        labelled = {m.actor_id for m in self.labels.values()}
        return next((m for m in reversed(self.reading.history)
                     if since <= m.root < token.i and m.kind == ActorKind.person
                     and m.via not in {"speaker", "pronoun"} and m.actor_id != speaker.actor_id
                     and m.actor_id not in labelled), None)

    def nearest_before(self, token: Token) -> Mention | None:
        """'..., Viktor Orban, on his trip': the closest person earlier in the sentence."""
        for mention in reversed(self.reading.history):
            if token.sent.start <= mention.root < token.i:
                return mention
        return None

    def subject_before(self, token: Token) -> Mention | None:
        """The person subject of the pronoun's own clause, if it comes before it."""
        for mention in reversed(self.reading.history):
            if mention.root >= token.i or mention.root < token.sent.start:
                continue
            if token.doc[mention.root].dep_ in SUBJECT_DEPS or titled_subject(token.doc[mention.root]):
                return mention
        return None

    def update_speaker(self, sent: Span, named: list[Mention]) -> None:
        """A paragraph opening '<label>:' changes the 'I' of what follows: the person the
        label names ('Prime Minister of X Jane Roe (retranslated):'), else no one
        ('Question:', or a name the finder missed)."""
        doc = sent.doc
        starts_paragraph = sent.start == 0 or "\n\n" in doc[sent.start - 1].text_with_ws
        colon = label_colon(sent) if starts_paragraph else None
        if colon is None:
            if starts_paragraph and self.named_as_subject(sent, named):
                self.reading.speaker = None  # 'Dmitry Medvedev also met ...': the writer again
            if starts_paragraph:
                self.reading.addressee = self.other_party(self.reading.speaker) if self.in_dialogue else None
            return
        text = self.reading.text  # built once per doc: Doc.text joins every token per call
        people = [m for m in named if m.kind == ActorKind.person and m.end <= colon.idx + 1
                  and LABEL_END.match(text, m.end)]
        label = squashed(text[sent.start_char:text.index(":", colon.idx)])
        if people:
            self.labels[label] = self.labels[squashed(people[-1].text)] = people[-1]
        self.reading.speaker = people[-1] if people else self.labels.get(label) or (
            self.interviewee() if label in ANSWER_LABELS else None)
        self.in_dialogue = bool(people) or label in self.labels
        self.reading.addressee = self.interviewee() if label in QUESTION_LABELS else \
            self.other_party(self.reading.speaker) if self.in_dialogue else None

    def other_party(self, speaker: Mention | None) -> Mention | None:
        """In a transcript of two speakers ('Vladimir Putin: ... Aleksandar Vucic: ...'), 'you'
        is the other one (no one, when one speaker addresses many or more speak)."""
        speakers = self.labelled_people()
        if speaker is None or len(speakers) != 2 or speaker.actor_id not in speakers:
            return None
        return next(m for actor_id, m in speakers.items() if actor_id != speaker.actor_id)

    def labelled_people(self) -> dict[str, Mention]:
        """The people the transcript's speaker labels name, read once from all its names."""
        if self.speakers is None:
            text = self.reading.text
            self.speakers = {}
            for m in self.reading.named_people:
                opening = text.rfind("\n\n", 0, m.start) + 1
                if m.start - opening <= LABEL_REACH and "\n" not in text[opening + 1:m.start] \
                        and LABEL_END.match(text, m.end):
                    self.speakers.setdefault(m.actor_id, m)
        return self.speakers

    def interviewee(self) -> Mention | None:
        """The first person the text names (the intro of a 'Q:'/'A:' interview), as a label."""
        return next((m for m in self.reading.history if m.kind == ActorKind.person
                     and m.via not in {"pronoun", "speaker"}), None)

    def named_as_subject(self, sent: Span, named: list[Mention]) -> bool:
        """A paragraph that opens with a person named in full as the subject of a verb in
        the simple past ('Dmitry Medvedev also met ...') is the writer's report again, not
        the last speaker's remarks going on."""
        doc = sent.doc
        if self.reading.speaker is None or any(  # 'X told me ...', 'X and I discussed ...'
                t.lower_ in SPEAKING_PEOPLE and t.pos_ == "PRON" or t.text in QUOTES for t in sent):
            return False
        return any(m.kind == ActorKind.person and in_full(m.text) and m.start - sent.start_char < 3
                   and doc[m.root].dep_ == "nsubj" and doc[m.root].head.tag_ == "VBD"
                   for m in named)


SPEAKING_PEOPLE = FIRST_PERSON | {"we", "us", "you", "your", "mine", "ours"}
QUOTES = {"“", "”", '"'}


def titled_subject(name: Token) -> bool:
    """'Chairwoman of the Council of Ministers Borjana Kristo said': the name hangs in the
    'of' phrase of the title that the parser made the subject."""
    node = name
    for _ in range(6):
        if node.dep_ not in {"pobj", "prep", "compound", "appos"} or node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ in SUBJECT_DEPS:
            return node.lower_ in TITLE_WORDS or node.lemma_.lower() in TITLE_WORDS
    return False


def in_full(name: str) -> bool:
    """'Dmitry Medvedev', not 'President Tadic' (a title and a surname)."""
    from ingest.syntax import TITLE_WORDS  # syntax imports this module

    words = name.split()
    return len(words) >= 2 and words[0].lower() not in TITLE_WORDS


TELLING = mention_words().telling_verbs


def told_of_own(pronoun: Token, subject: Mention) -> bool:
    """'X told Y about the results of his visit': one who tells another of 'his' affairs
    tells of his own (the subject's, not the listener's)."""
    verb = pronoun.doc[subject.root].head
    return verb.lemma_ in TELLING and verb.i < pronoun.i and pronoun.head.i != verb.i


def in_time_adjunct(pronoun: Token, subject: Mention) -> bool:
    """'X received Y on Wednesday, a day after his meeting with Z': 'his' in a time adjunct
    of the subject's verb is the subject's."""
    verb = pronoun.doc[subject.root].head
    node = pronoun
    while node.head.i != node.i and node.i != verb.i:
        if node.dep_ == "prep" and node.lower_ in {"after", "before", "since", "following"}:
            return node.head.i == verb.i or node.head.dep_ == "npadvmod" and node.head.head.i == verb.i
        node = node.head
    return False


def destination_country(pronoun: Token, dictionary: Dictionary) -> str | None:
    """The country of the place in 'his visit to <place>', 'her trip to <place>'."""
    trip = pronoun.head
    if trip.lemma_ not in TRIPS:
        return None
    for prep in trip.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for place in prep.children:
                span = pronoun.doc[place.left_edge.i:place.i + 1].text
                found = dictionary.places.get(fold(span)) or dictionary.places.get(fold(place.text))
                if found:
                    return found[1]
    return None


def squashed(label: str) -> str:
    """'VladimirPutin' and 'Vladimir Putin (retranslated)' read as one label."""
    return re.sub(r"\([^()]*\)|\W", "", label).lower()


def label_colon(sent: Span) -> Token | None:
    """The colon that ends a speaker label: a capitalised phrase with no verb (outside a
    parenthesis) before it, within the first words of the paragraph."""
    if not span_text(sent)[:1].isupper():
        return None
    depth = 0
    for token in sent[:LABEL_TOKENS]:
        if ":" in token.text:  # 'Name:', 'Name (retranslated):Text'
            return token
        depth += token.text.count("(") - token.text.count(")")
        title_word = token.tag_ == "VBG" and token.text[:1].isupper()  # 'Acting Prime Minister'
        if depth <= 0 and (token.pos_ in {"VERB", "AUX"} and not title_word
                           or token.text in {".", "!", "?"}):
            return None
    return None


def set_off_before(clause: Token) -> Token | None:
    """'talks with X, with whom she spoke': the parser hangs the clause on 'talks'; the word
    right before its comma is the one it is about."""
    start = clause.left_edge.i
    if start < 2 or clause.doc[start - 1].text != ",":
        return None
    return clause.doc[start - 2]
