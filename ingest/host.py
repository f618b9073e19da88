"""The implicit host: a press office writes from its principal's point of view.

"Meeting with X" (a headline without a subject) and "The President met with X" in a
Kremlin release mean that the Russian president of that day met X. The principal is found
from the article's url or outlet (ingest/data/principals.yaml), else from the text's house
style: a subjectless event headline, transcript speaker labels, and the office's own
phrases ("President of Russia"), with the holder on the article's date from the dictionary.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Token

from ingest import dates
from ingest.context import Context
from ingest.dictionary import Dictionary
from ingest.event_attendance import has_attendance_list, session_parties, with_a_group
from ingest.event_greetings import told_a_visitor
from ingest.event_lists import took_place, with_phrases
from ingest.event_occasions import after_its_event, followed_event, on_the_day_it_follows
from ingest.event_trips import country_travelled_to
from ingest.events import Candidate
from ingest.models import ActorKind, EventKind, Status
from ingest.nlp import paragraph_starts, span_text, text_of
from ingest.principals import (
    country_principal,
    fallback_principal,
    holder_of,
    named_principal,
    outlet_principal,
    style_principal,
    subjectless_headline,
)
from ingest.release_cues import (
    LEADER_OFFICES,
    bare_title,
    bilateral,
    definite,
    implicit_partner,
    leaders_as_subject,
    met_alone,
    names_leaders,
    of_a_body,
    report_cue,
    reported_to,
    untold_reporter,
)
from ingest.triggers import ceremony, trigger_kind
from ingest.types import ArticleMentions, Mention

ADDRESS = re.compile(r"\b(?:you|your|Mr\.? President|Madam President)\b")
TOP_PARAGRAPHS = 6  # the headline and five paragraphs: where a release names whom it is about


def subjectless(trigger: Token) -> bool:
    """No one is the subject of the trigger's clause, up to the sentence's root, nor owns the
    trigger ('talks took place with X', 'followed by a meeting with Y'): an event noun as
    the subject does not count."""
    if trigger.sent.start == 0 or any(c.dep_ == "poss" for c in trigger.children):
        return False
    node = trigger
    while True:
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and trigger_kind(c) is None
               for c in node.children):
            return False
        if node.head.i == node.i:
            return True
        node = node.head


class Host:
    """The article's principal (an actor id) and whether the text speaks in its voice."""

    def __init__(self, doc: Doc, mentions: ArticleMentions, dictionary: Dictionary,
                 published: date | None, outlet: str | None = None):
        self.published, self.dictionary = published, dictionary
        starts = paragraph_starts(doc)
        self.top_end = starts[TOP_PARAGRAPHS] if len(starts) > TOP_PARAGRAPHS else len(text_of(doc))
        by_outlet = outlet_principal(outlet)
        self.headline_event = subjectless_headline(doc)
        principal = by_outlet or style_principal(doc, mentions, dictionary, published) \
            or named_principal(mentions, dictionary, published)
        if principal is None:  # a release that never names its principal
            principal = named_principal(mentions, dictionary, published, explicit=False) or (
                country_principal(doc, mentions, dictionary)
                if any(bare_title(t) or leaders_as_subject(t) for t in doc) else None) or (
                fallback_principal() if any(reported_to(t) for t in doc) else None)
        self.in_voice = by_outlet is not None or self.headline_event or bool(mentions.speakers) \
            or bool(principal and principal.voice_only)
        self.actor_id = holder_of(principal, mentions, dictionary, published) if principal \
            else None
        self.title = principal.title if principal else "President"

    def mention_at(self, token: Token) -> Mention:
        """The principal as a mention standing at `token` (not named there)."""
        return Mention(token.idx, token.idx + len(token), token.i, self.actor_id or "",
                       ActorKind.person, "host", token.text)

    def resolve_bare_titles(self, doc: Doc, mentions: ArticleMentions) -> None:
        """'The President' with no name or country, in the office's voice: the principal;
        in other text where the principal is known, only where no one else was found."""
        if not self.actor_id:
            return
        for token in doc:
            if not bare_title(token, self.title):
                continue
            existing = mentions.at_token(token.i)
            if existing is not None:
                if existing.via == "title" and self.in_voice:
                    existing.actor_id = self.actor_id
                continue
            start = token.nbor(-len(self.title.split()))
            mentions.actors.append(Mention(start.idx, token.idx + len(token), token.i,
                                           self.actor_id, ActorKind.person, "title",
                                           text_of(doc)[start.idx:token.idx + len(token)]))

    def resolve_addressee(self, doc: Doc, mentions: ArticleMentions) -> None:
        """In a transcript, a guest speaking to the principal: 'you' is the principal, and
        'we met' is the guest and the principal."""
        if not (self.actor_id and self.in_voice):
            return
        for sent in doc.sents:
            speaker = mentions.speakers.get(sent.start)
            if speaker is None or speaker.actor_id == self.actor_id:
                continue
            for token in sent:
                if token.lower_ in {"you", "your"} and token.pos_ == "PRON":
                    mentions.actors.append(self.mention_at(token))
                elif token.lower_ == "we" and token.dep_ == "nsubj" and met_alone(token.head) \
                        and ADDRESS.search(span_text(sent)):
                    guest = Mention(token.idx, token.idx + 2, token.i, speaker.actor_id,
                                    ActorKind.person, "speaker", token.text)
                    mentions.actors += [guest, self.mention_at(token)]

    def counterpart(self, mentions: ArticleMentions, anywhere: bool = False) -> Mention | None:
        """The person the article names most, the principal aside (first named on a tie),
        among those its headline and lede name: one named only further down is not whom
        the release is about, unless told of as the other leader ('the two presidents')."""
        people = [m for m in mentions.actors if m.kind == ActorKind.person and m.actor_id
                  and m.actor_id != self.actor_id and m.via not in {"host", "speaker", "speaker-we"}]
        counts = Counter(m.actor_id for m in people)
        eligible = {m.actor_id for m in people if anywhere or m.start < self.top_end}
        if not eligible:
            return None
        best = max(counts[p] for p in eligible)
        return next(m for m in sorted(people, key=lambda m: m.start)
                    if m.actor_id in eligible and counts[m.actor_id] == best)

    def implicit_parties(self, trigger: Token, participants: list[Mention], lede: bool,
                         mentions: ArticleMentions) -> list[Mention] | None:
        """'The leaders discussed ...', 'In their talks, Mr Putin stressed ...' at the top of
        a release: the principal and the person the article is about."""
        if not (self.actor_id and lede and definite(trigger) and implicit_partner(trigger)):
            return None
        if {m.actor_id for m in participants} - {self.actor_id} or of_a_body(trigger, mentions) \
                or has_attendance_list(trigger.doc) or with_a_group(trigger.doc):
            return None  # a group session has no one counterpart
        named_here = {m.actor_id for m in mentions.in_span(trigger.sent)
                      if m.kind == ActorKind.person}
        if named_here - {self.actor_id}:
            return None  # the sentence names its own people (that the parse did not attach)
        other = self.counterpart(mentions) or (
            self.counterpart(mentions, anywhere=True) if names_leaders(trigger) else None)
        if other is None or names_leaders(trigger) and not self.leads(other.actor_id):
            return None  # 'the two leaders' are not the President and his minister
        return [self.mention_at(trigger), other]

    def leads(self, actor_id: str) -> bool:
        """A head of state or government (or a person the dictionary does not know)."""
        if actor_id not in self.dictionary.entries:
            return True
        office = self.dictionary.office_of(actor_id, self.published)
        return office is not None and office.title in LEADER_OFFICES

    def cues(self, lede: bool) -> Callable[[Token], EventKind | None] | None:
        """At the top of a release, 'X told the President about ...', 'Vladimir Putin
        congratulated X' report the item's meeting or call (kind: contact)."""
        if not (self.actor_id and lede):
            return None
        return report_cue

    def settle(self, candidate: Candidate, lede: bool, mentions: ArticleMentions,
               context: Context) -> bool:
        """Fill in the parties the release leaves implicit; False when the candidate is a
        report cue that does not involve the principal."""
        follower = after_its_event(candidate.trigger, candidate.participants, context.last)
        if follower:
            candidate.participants = follower
            on_the_day_it_follows(candidate, context.last)
        if self.completes(candidate.trigger, candidate.participants) \
                or self.takes_place_with(candidate):
            candidate.participants.append(self.mention_at(candidate.trigger))
        chair = self.mention_at(candidate.trigger) if self.actor_id and self.in_voice else None
        candidate.participants = session_parties(candidate, mentions, context, chair)
        self.place_trip(candidate, mentions)
        told = {m.actor_id for m in candidate.participants} == {self.actor_id}
        if lede and told and untold_reporter(candidate.trigger, mentions):
            other = self.counterpart(mentions)  # the person the release is about
            candidate.participants += [other] if other else []
        if trigger_kind(candidate.trigger):  # a cue verb ('they thanked ...') takes no 'they'
            context.fill(candidate)
        implicit = self.implicit_parties(candidate.trigger, candidate.participants, lede,
                                         mentions)
        if implicit:
            candidate.participants = implicit
            if candidate.kind == EventKind.talks and candidate.trigger.pos_ == "VERB":
                # 'the leaders discussed': a call or a meeting
                candidate.kind = EventKind.contact
        if ceremony(candidate.trigger):
            self.preside(candidate)
        candidate.participants = bilateral(candidate, mentions) or candidate.participants
        trigger = candidate.trigger
        if report_cue(trigger) is None or trigger_kind(trigger) or told_a_visitor(trigger):
            return True
        return any(m.actor_id == self.actor_id for m in candidate.participants)

    def dialogue(self, doc: Doc, mentions: ArticleMentions, published: date | None
                 ) -> Candidate | None:
        """A transcript of the principal and one other labelled speaker is their meeting."""
        if not (self.actor_id and published):
            return None
        labels = {}
        for start, speaker in sorted(mentions.speakers.items()):
            labels.setdefault(speaker.actor_id, (start, speaker))
        others = [v for k, v in labels.items() if k != self.actor_id]
        if self.actor_id not in labels or len(others) != 1:
            return None
        start, partner = others[0]
        sent = doc[start].sent
        principal = self.mention_at(doc[labels[self.actor_id][0]])
        when = dates.day(published, explicit=False).model_copy(update={"inferred": True})
        return Candidate(EventKind.contact, doc[partner.root], [principal, partner], Status.held,
                         when, None, sent, paragraph=1)

    def preside(self, candidate: Candidate) -> None:
        """'Decorations were awarded to X': the principal hands them over, on the day the
        release reports (a ceremony is news of that day)."""
        if not self.actor_id:
            return
        trigger = candidate.trigger
        handed_by = trigger.dep_ in {"xcomp", "advcl", "relcl", "acl"} or any(
            c.dep_ in {"agent", "nsubj"} for c in trigger.children)  # 'the committee chose to award'
        if not handed_by and all(m.actor_id != self.actor_id for m in candidate.participants):
            candidate.participants.append(self.mention_at(candidate.trigger))
        if candidate.date.edtf is None and candidate.status == Status.held and self.published:
            candidate.date = dates.day(self.published, explicit=False).model_copy(
                update={"inferred": True})

    def place_trip(self, candidate: Candidate, mentions: ArticleMentions) -> None:
        """A one-person visit (or summit) in a foreign country: the country is where it
        takes place ('X will take part in the summit in Y' is X's trip there)."""
        visitors = {m.actor_id: m for m in candidate.participants if m.kind == ActorKind.person}
        alone = candidate.kind == EventKind.summit and len(candidate.participants) == 1
        if not (candidate.kind == EventKind.visit or alone) or candidate.place or len(visitors) != 1:
            return
        candidate.place = country_travelled_to(candidate.trigger, next(iter(visitors.values())),
                                               mentions, self.dictionary)
        candidate.kind = EventKind.visit if candidate.place else candidate.kind

    def takes_place_with(self, candidate: Candidate) -> bool:
        """In the principal's voice, 'talks took place with X', '..., followed by a meeting
        with Y': a meeting or talks with one person and no one as its subject are the
        principal's."""
        parties = {m.actor_id for m in candidate.participants}
        if not (self.actor_id and self.in_voice) or len(parties) != 1 or self.actor_id in parties \
                or candidate.kind not in {EventKind.meeting, EventKind.talks} \
                or candidate.participants[0].kind != ActorKind.person:
            return False
        person = candidate.participants[0].root
        if not took_place(candidate.trigger) and followed_event(candidate.trigger) is None:
            return False  # 'a meeting with X would be pointless', 'talks with X followed'
        return subjectless(candidate.trigger) and any(
            prep.left_edge.i <= person <= prep.right_edge.i
            for prep in with_phrases(candidate.trigger))

    def completes(self, trigger: Token, participants: list[Mention]) -> bool:
        """A headline event ('Meeting with X') with one party: the principal is the other;
        a headline visit with none ('State visit to X') is the principal's trip."""
        if not (self.actor_id and self.headline_event) or trigger.sent.start != 0:
            return False
        parties = {m.actor_id for m in participants if m.kind != ActorKind.country}
        if not parties:
            return trigger_kind(trigger) == EventKind.visit
        return len(parties) == 1 and self.actor_id not in parties
