"""'We' of the leaders in a transcript of their talks: when the labelled speakers are the
principal and foreign heads of state or government, 'we held our first meeting in X',
'last June we met in Y', 'we had a meeting in June', 'today we talked', 'we had dinner
together' are meetings of those leaders."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from ingest.dictionary import Dictionary
from ingest.event_cues import event_cues
from ingest.models import ActorKind
from ingest.release_cues import LEADER_OFFICES
from ingest.triggers import LEADERS_WE_KEY, MEALS
from ingest.types import ArticleMentions, Mention

MEETING_VERBS = event_cues().transcript_we.meeting_verbs
HOLDING_VERBS = event_cues().transcript_we.holding_verbs
MEETING_NOUNS = event_cues().transcript_we.meeting_nouns
PARTNER_PREPS = event_cues().transcript_we.partner_preps
WE_LEADERS = "speaker-we"  # how a leader stands in a shared "we"


def leaders_speaking(mentions: ArticleMentions, principal: str | None,
                     dictionary: Dictionary, published: date | None) -> list[str]:
    """The labelled speakers, when they are the principal and 1-3 leaders of other states."""
    speakers = list(dict.fromkeys(m.actor_id for _, m in sorted(mentions.speakers.items())))
    guests = [s for s in speakers if s != principal]
    if principal not in speakers or not 1 <= len(guests) <= 3:
        return []
    home = dictionary.office_of(principal, published) if principal in dictionary.entries \
        else None
    for guest in guests:
        office = dictionary.office_of(guest, published) if guest in dictionary.entries else None
        if office is None or office.title not in LEADER_OFFICES or (
                home is not None and office.country == home.country):
            return []
    return speakers


def has_partner(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in token.children)


def leaders_meeting(token: Token) -> bool:
    """'we' subject of 'met' / 'held (our) meeting' / 'had a meeting', or 'our' owning
    'meeting', with no partner named ('we met with X' is someone else's meeting)."""
    if token.lower_ == "we" and token.dep_ == "nsubj":
        verb = token.head
        if verb.lemma_ in MEETING_VERBS:
            return not has_partner(verb)
        return verb.lemma_ in HOLDING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_ in MEETING_NOUNS | MEALS and not has_partner(c)
            for c in verb.children)
    if token.lower_ == "our" and token.dep_ == "poss":
        return token.head.lemma_ in MEETING_NOUNS and not has_partner(token.head)
    return False


def resolve_leaders_we(doc: Doc, mentions: ArticleMentions, principal: str | None,
                       dictionary: Dictionary, published: date | None) -> None:
    """Give 'we'/'our' of a meeting clause every speaking leader (one mention each)."""
    leaders = leaders_speaking(mentions, principal, dictionary, published)
    if not leaders:
        return
    for start, speaker in sorted(mentions.speakers.items()):
        if speaker.actor_id not in leaders:
            continue
        for token in doc[start].sent:
            if not leaders_meeting(token):
                continue
            doc.user_data.setdefault(LEADERS_WE_KEY, set()).add(token.i)
            present = {m.actor_id for m in mentions.actors if m.root == token.i}
            mentions.actors += [Mention(token.idx, token.idx + len(token), token.i, leader,
                                        ActorKind.person, WE_LEADERS, token.text)
                                for leader in leaders if leader not in present]


def out_of_office(mention: Mention, when: str | None, dictionary: Dictionary) -> bool:
    """A leader put in a 'we' who did not yet (or no longer) lead on the event's date:
    'in 2014 we held our first meeting' said by a successor of that day's leader."""
    if mention.via != WE_LEADERS or not when or not when[:4].isdigit():
        return False
    year, month = int(when[:4]), when[5:7]
    months = [int(month)] if month.isdigit() else [1, 4, 7, 10, 12]
    return not any(dictionary.office_of(mention.actor_id, date(year, m, 15)) for m in months)
