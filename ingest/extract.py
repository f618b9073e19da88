"""Extract step: one cleaned article -> actors, events and stances (an Extraction)."""

from __future__ import annotations

import bisect
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest import dates
from ingest.context import Context
from ingest.dictionary import Dictionary
from ingest.event_answers import answered_questions
from ingest.event_denials import without_denied
from ingest.events import Candidate, candidates
from ingest.exchanges import reported_exchange
from ingest.gathering_dates import date_of_gathering, gathering_dates
from ingest.host import Host
from ingest.joint_acts import joint_act
from ingest.learned_offices import LearnedOffices
from ingest.lone_visits import one_site_visit_a_day, site_visited, visits_home
from ingest.mentions import ArticleMentions, Mention, MentionFinder
from ingest.merge import merge_candidates, summarise, with_full_names
from ingest.models import (
    Actor,
    ActorKind,
    ActorRef,
    ArticleMeta,
    Event,
    EventKind,
    Extraction,
    Status,
)
from ingest.news_day import news_day, remember_published
from ingest.nlp import annotate, paragraph_starts, sentences_indexed, span_text, text_of
from ingest.nonevents import political
from ingest.previews import without_previews
from ingest.record_names import names_as_written
from ingest.release_day import release_occasion
from ingest.stance_records import stance_records
from ingest.stances import StanceCandidate, stances_in
from ingest.state_leaders import leaders_for_states, office_demonyms
from ingest.statement_author import resolve_statement_author
from ingest.syntax import TITLE_WORDS
from ingest.title_anaphors import resolve_title_anaphors
from ingest.topics import topics_in
from ingest.transcript_we import out_of_office, resolve_leaders_we
from ingest.triggers import ARRIVALS, honours

LEDE_PARAGRAPHS = 3  # headline and two paragraphs: where a dated report states its news


def first_dated(candidate: Candidate) -> Candidate | None:
    """The event an undated follow-on was told after ('X also met Z' after the sidelines
    meeting with Y), back along the chain to the first with a date."""
    seen: set[int] = set()
    leader = candidate.follows
    while leader is not None and leader.date.edtf is None and id(leader) not in seen:
        seen.add(id(leader))
        leader = leader.follows
    return leader if leader is not None and leader.date.edtf is not None else None


class ArticleExtractor:
    def __init__(self, nlp: Language, dictionary: Dictionary,
                 learned_offices: LearnedOffices | None = None):
        self.nlp = nlp
        self.dictionary = dictionary
        self.learned_offices = learned_offices  # the run's offices learnt from the text

    def run(self, meta: ArticleMeta, body: str, published: date | None, doc: Doc | None = None,
            outlet: str | None = None) -> Extraction:
        """`outlet`: the article's url or publisher, which may name whose voice it is in."""
        doc = doc if doc is not None else annotate(self.nlp, body.split("\n\n"))
        with sentences_indexed(doc):
            return self.extract_doc(meta, doc, published, outlet)

    def extract_doc(self, meta: ArticleMeta, doc: Doc, published: date | None,
                    outlet: str | None) -> Extraction:
        remember_published(doc, published)
        mentions = MentionFinder(self.dictionary, self.nlp, published,
                                 self.learned_offices).find(doc)
        host = Host(doc, mentions, self.dictionary, published, outlet)
        host.resolve_bare_titles(doc, mentions)
        resolve_title_anaphors(doc, mentions, self.dictionary, published)
        resolve_statement_author(doc, mentions, self.dictionary, published)
        host.resolve_addressee(doc, mentions)
        resolve_leaders_we(doc, mentions, host.actor_id, self.dictionary, published)
        office_demonyms(doc, mentions, self.dictionary)
        self.new_people = mentions.new_people
        self.mentions = mentions
        self.written = names_as_written(mentions, self.dictionary)
        self.new_people_country = mentions.new_people_country
        self.site_visits: list[Candidate] = []  # kept apart: a visit to a plant is not a meeting
        starts = paragraph_starts(doc)
        found: list[Candidate] = []
        stance_found: list[StanceCandidate] = []
        context = Context()
        for sent in doc.sents:
            paragraph = bisect.bisect_right(starts, sent.start_char) - 1
            lede = paragraph < LEDE_PARAGRAPHS
            for candidate in candidates(sent, paragraph, mentions, published, host.cues(lede),
                                        self.country_of):
                if host.settle(candidate, lede, mentions, context) and self.keep(candidate,
                                                                                published):
                    found.append(candidate)
                    context.remember(candidate)
            context.locate(sent, mentions)
            stance_found += stances_in(sent, mentions, self.dictionary)
        dialogue = host.dialogue(doc, mentions, published)
        found += [dialogue] if dialogue and self.keep(dialogue, published) else []
        exchange = reported_exchange(doc, mentions, host.actor_id, published, found)
        found += [exchange] if exchange and self.keep(exchange, published) else []
        found += [c for c in answered_questions(doc, mentions, published) if self.keep(c, published)]
        dated_gatherings = gathering_dates(doc, published)
        for candidate in found:
            if candidate.date.edtf is None:
                held = candidate.status == Status.held and news_day(doc, published)
                candidate.date = date_of_gathering(candidate.trigger, dated_gatherings, held) \
                    or candidate.date
        for candidate in found:
            leader = first_dated(candidate)
            if candidate.date.edtf is None and leader is not None:
                candidate.date = leader.date.model_copy(update={"explicit": False})
        found = without_denied(without_previews(found))
        with_full_names(found, self.new_people)
        sites = {id(c) for c in self.site_visits}
        merged = merge_candidates([c for c in found if id(c) not in sites], self.dictionary,
                                  self.country_of) + one_site_visit_a_day(
            [c for c in found if id(c) in sites])
        self.add_topics(merged, doc, mentions)
        return Extraction(
            article=meta,
            actors=self.actors(mentions),
            events=[self.event(group) for group in merged],
            stances=stance_records(stance_found, self.ref),
        )

    # -- events ------------------------------------------------------------------
    def keep(self, candidate: Candidate, published: date | None) -> bool:
        """Distinct participants (people stand for their own country), and enough of them."""
        unique: dict[str, Mention] = {}
        for mention in leaders_for_states(candidate.participants, candidate.sentence.doc,
                                          self.mentions, self.dictionary,
                                          candidate.date.start or published):
            if out_of_office(mention, candidate.date.edtf, self.dictionary):
                return False  # 'we' then included a leader the text does not name
            if mention.kind != ActorKind.media and mention.actor_id not in unique:
                unique[mention.actor_id] = mention
        self.learn_nationalities(candidate.sentence, list(unique.values()))
        countries_of_people = {self.country_of(m.actor_id) for m in unique.values()}
        candidate.participants = [m for m in unique.values()
                                  if not (m.kind == ActorKind.country
                                          and m.actor_id in countries_of_people)]
        candidate.participants = self.without_family(candidate.participants)
        site = None
        if candidate.kind == EventKind.visit and len(candidate.participants) == 1 \
                and candidate.participants[0].kind == ActorKind.person and candidate.place is None:
            candidate.place = site = site_visited(candidate.trigger, self.mentions)
            self.site_visits += [candidate] if site else []
        if joint_act(candidate.trigger) and (
                any(m.kind != ActorKind.person for m in candidate.participants)
                or candidate.trigger.lemma_ == "attend" and len(candidate.participants) > 2):
            return False  # 'NATO and the EU signed': bodies; 'A, B and C attended': a crowd
        enough = len(candidate.participants) >= 2 or (
            candidate.kind == EventKind.visit and len(candidate.participants) == 1
            and candidate.place is not None)
        states = [m for m in candidate.participants if m.kind == ActorKind.country]
        multilateral_process = len(states) > 2 and len(states) == len(candidate.participants)
        if not enough or multilateral_process or self.visits_home(candidate):
            return False  # "talks with Chile, Peru, Ghana ..." is a process, not a meeting
        # a singer meeting a fan: no state, office or organisation; a prize handed to an
        # artist: an award ceremony is a contact only between political actors
        enough_politics = all if honours(candidate.trigger) else any
        if not enough_politics(political(m, candidate.sentence.doc,
                                         self.country_of(m.actor_id) is not None
                                         or m.actor_id in self.dictionary.entries)
                               for m in candidate.participants):
            return False
        if (candidate.date.edtf is None and candidate.status == Status.held and published
                and release_occasion(candidate, self.mentions, LEDE_PARAGRAPHS)):
            candidate.date = dates.day(news_day(candidate.sentence.doc, published),
                                       explicit=False).model_copy(
                update={"inferred": True})
        if site and candidate.date.edtf is None:
            return False  # 'I have visited a plant there': no one dated visit
        candidate.topics = set(topics_in(candidate.sentence.text))
        return True

    def learn_nationalities(self, sent: Span, mentions: list[Mention]) -> None:
        """'President of Egypt Mohamed Morsi': a country inside a person's own phrase is the
        country that person stands for."""
        doc = sent.doc
        people = [m for m in mentions if m.kind == ActorKind.person
                  and m.actor_id not in self.dictionary.entries]
        for person in people:
            head = doc[person.root]
            if head.dep_ in {"appos", "compound", "nmod"} and head.head.lower_ in TITLE_WORDS:
                head = head.head  # "President of Egypt, Mohamed Morsi"
            phrase = range(head.left_edge.i, head.right_edge.i + 1)
            for state in (m for m in mentions if m.kind == ActorKind.country):
                if state.root in phrase:
                    self.new_people_country.setdefault(person.actor_id, state.actor_id)

    def visits_home(self, candidate: Candidate) -> bool:
        if candidate.kind != EventKind.visit or len(candidate.participants) != 1:
            return False
        return visits_home(candidate.place, self.country_of(candidate.participants[0].actor_id),
                           candidate.trigger.lemma_ in ARRIVALS, self.dictionary)

    def country_of(self, actor_id: str) -> str | None:
        """The country a person represents (dictionary, or 'President of X' in the text)."""
        entry = self.dictionary.entries.get(actor_id)
        if entry is None:
            return self.new_people_country.get(actor_id)
        return entry.country if entry.kind == ActorKind.person else None

    def add_topics(self, groups: list[list[Candidate]], doc: Doc, mentions: ArticleMentions) -> None:
        """Sentences naming two of an event's participants lend it their topics; the
        article's main event (most reported) takes the article's topics."""
        if not groups:
            return
        used = {c.sentence.start for g in groups for c in g}
        for sent in doc.sents:
            if sent.start in used:
                continue
            named = {m.actor_id for m in mentions.in_span(sent)}
            owners = [g for g in groups if len(named & {m.actor_id for m in g[0].participants}) >= 2]
            if owners:
                nearest = min(owners, key=lambda g: abs(g[0].sentence.start - sent.start))
                nearest[0].topics |= set(topics_in(span_text(sent)))
        main = max(groups, key=lambda g: (len(g), g[0].status == Status.held,
                                          len(g[0].participants), -g[0].sentence.start))
        main[0].topics |= set(topics_in(text_of(doc)))

    def event(self, group: list[Candidate]) -> Event:
        return summarise(group, self.dictionary, self.ref)

    # -- stances and actors -----------------------------------------------------------
    def without_family(self, people: list[Mention]) -> list[Mention]:
        """'Carlo Ciampi and his wife, Francesca Ciampi, welcomed Vladimir and Lyudmila
        Putin': someone the dictionary does not know, who shares the surname of a party it
        knows, is family along for the ceremony, not a party."""
        known = {self.dictionary.entries[m.actor_id].name.split()[-1] for m in people
                 if m.kind == ActorKind.person and m.actor_id in self.dictionary.entries}
        return [m for m in people if not (
            m.kind == ActorKind.person and m.actor_id in self.new_people
            and self.new_people[m.actor_id].split()[-1] in known)]

    def ref(self, actor_id: str) -> ActorRef:
        entry = self.dictionary.entries.get(actor_id)
        name = entry.name if entry else self.new_people.get(actor_id, actor_id)
        return ActorRef(id=actor_id, name=self.written.get(actor_id, name))

    def actors(self, mentions: ArticleMentions) -> list[Actor]:
        found: dict[str, Actor] = {}
        for m in mentions.actors:
            if m.actor_id in found:
                continue
            entry = self.dictionary.entries.get(m.actor_id)
            name = entry.name if entry else mentions.new_people.get(m.actor_id, m.text)
            found[m.actor_id] = Actor(id=m.actor_id, name=self.written.get(m.actor_id, name),
                                      kind=m.kind,
                                      in_dictionary=entry is not None)
        return list(found.values())
