"""The one guest of a transcript: a host who says 'our relations are developing' to a single
guest speaks of the relations between the two sides, the guest being the other party."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind
from ingest.stance_actors import addressee, paragraph_voices, speech_voice


def sole_guest(token: Token, mentions: ArticleMentions) -> Mention | None:
    """The person a transcript's speaker addresses, when the headline names that person and
    the transcript (its speaker labels and its headline) no one else but the speaker."""
    speaking = speech_voice(token, mentions)
    if speaking is None:
        return None
    others = {m.actor_id for _, m, labelled in paragraph_voices(token.doc, mentions)
              if labelled and m is not None}
    headline = token.doc[0].sent
    named = {m.actor_id for m in mentions.in_span(headline) if m.kind == ActorKind.person}
    others = (others | named) - {speaking.actor_id}
    guest = addressee(token.sent, mentions)
    if guest is None or others != {guest.actor_id} or guest.actor_id not in named:
        return None  # an interviewer is addressed, but is no party to 'our dialogue'
    return guest
