"""Pronouns and speakers: "he/his" resolve to the subject of the clause or the last person
subject; a paragraph opening "<person>:" makes that person the "I" of what follows."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.models import ActorKind
from ingest.types import Mention, Reading

PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
FIRST_PERSON = {"i", "me", "my", "myself", "our"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PENDING = "pronoun-pending"


class PronounResolver:
    def __init__(self, reading: Reading):
        self.reading = reading

    def placeholders(self, sent: Span) -> list[Mention]:
        """Third-person pronouns to resolve in reading order; first-person ones go to the
        speaker of the transcript."""
        found = []
        speaker = self.reading.speaker
        for token in sent:
            if token.pos_ != "PRON":
                continue
            if token.lower_ in PRONOUNS:
                found.append(Mention(token.idx, token.idx + len(token), token.i, "",
                                     ActorKind.person, PENDING, token.text))
            elif token.lower_ in FIRST_PERSON and speaker:
                found.append(Mention(token.idx, token.idx + len(token), token.i,
                                     speaker.actor_id, ActorKind.person, "speaker", token.text))
        return found

    def resolve(self, token: Token) -> Mention | None:
        history = self.reading.history
        referent = None
        if token.dep_ == "poss":
            referent = self.nearest_before(token)
        if referent is None and token.i > token.sent.start:
            referent = self.subject_before(token)
        referent = referent or self.reading.last_subject() or (history[-1] if history else None)
        if referent is None:
            return None
        return Mention(token.idx, token.idx + len(token), token.i, referent.actor_id,
                       ActorKind.person, "pronoun", token.text)

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
            if token.doc[mention.root].dep_ in SUBJECT_DEPS:
                return mention
        return None

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
                self.reading.speaker = mention
                return
