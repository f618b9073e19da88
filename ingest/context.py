"""What earlier sentences of an article tell a later event: where people were, and who
the last event was between ('The two plan to meet again')."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.dictionary import slug
from ingest.event_cues import event_cues
from ingest.event_place_date import NOUN_PATH
from ingest.event_time_cues import event_time_cues
from ingest.event_trip_days import announced_trip, on_the_trip
from ingest.events import Candidate
from ingest.mentions import ArticleMentions
from ingest.models import ActorKind, EventKind, Status
from ingest.syntax import REPORTING, SUBJECTS, actors_at, climb, has_future, subjects
from ingest.triggers import ARRIVALS, named_event, trigger_kind
from ingest.types import Mention

ANAPHORS = event_cues().context.anaphors
GROUP_WORDS = event_cues().context.group_words
OFFICES = event_cues().context.offices
TITLE_WORDS = 8  # a title's words and their lemmas: 'Russian Foreign Minister'
FOLLOW_ON = event_cues().context.follow_on
OCCASIONS = event_cues().context.occasions
RECENT_TOKENS = 150  # 'they' reaches back a few sentences, not across the article
PAIR_TOKENS = 300  # 'the two men' says a pair was told: it reaches back a few paragraphs
MOVES = event_cues().context.moves
QUOTE_ENDS = {'"', "”", "»", "''"}


class Context:
    """What earlier sentences say: where people were, who the last event was between."""

    def __init__(self) -> None:
        self.locations: dict[str, str] = {}
        self.previous: list[Mention] = []
        self.previous_at = 0  # token where the sentence of the last event starts
        self.earlier: list[tuple[list[Mention], int]] = []  # every event's pair, in order
        self.last: Candidate | None = None
        self.met: list[tuple[list[Mention], int]] = []  # dated in-person events' parties
        self.trip: Candidate | None = None  # the last announced trip with its days
        self.named: list[Mention] = []  # the last pair of people named as joint subjects
        self.named_at = -1

    def remember(self, candidate: Candidate) -> None:
        self.last = candidate
        self.trip = candidate if announced_trip(candidate) else self.trip
        self.previous = candidate.participants
        self.previous_at = candidate.sentence.start
        self.earlier.append((candidate.participants, candidate.sentence.start))
        if candidate.kind != EventKind.call and candidate.date.edtf is not None:
            self.met.append((candidate.participants, candidate.sentence.start))

    def told(self, before: int) -> list[Mention]:
        """Everyone the in-person events of earlier sentences were between (not callers)."""
        return [m for participants, start in self.met if start < before for m in participants]

    def last_pair(self) -> tuple[list[Mention], int]:
        """The parties of the last event with two or more ('invited X to visit' told after
        their talks leaves the pair as it was)."""
        return next(((parties, start) for parties, start in reversed(self.earlier)
                     if len(parties) >= 2), (self.previous, self.previous_at))

    def pair_by_office(self, trigger: Token) -> tuple[list[Mention], int] | None:
        """'The two foreign ministers last met': the latest event whose parties bear that
        office, which need not be the last event (the presidents' planned meeting)."""
        office = office_anaphor(trigger)
        if office is None:
            return None
        doc = trigger.doc
        for participants, start in reversed(self.earlier):
            if any(office <= title_words(doc, m) for m in participants):
                return participants, start
        return None

    def locate(self, sent: Span, mentions: ArticleMentions) -> None:
        """'X arrived in Ankara', 'X told journalists in Belgrade': X is in that city."""
        self.name_pair(sent, mentions)
        for place in mentions.places:
            if not sent.start <= place.root < sent.end:
                continue
            token = sent.doc[place.root]
            prep = token.head if token.dep_ == "pobj" else None
            if prep is None or prep.lower_ not in {"in", "at"} or slug(place.name) == place.country:
                continue
            verb = prep.head
            while verb.dep_ in NOUN_PATH and verb.pos_ not in {"VERB", "AUX"}:
                verb = verb.head  # "told reporters in Vienna"
            if verb.lemma_ not in MOVES or any(c.dep_ == "aux" and c.lemma_ == "have"
                                               for c in verb.children):
                continue  # 'I have said that in Moscow': once, not where he is now
            if prep.i < verb.i and any(t.text in QUOTE_ENDS for t in sent.doc[prep.i:verb.i]):
                continue  # '"... in Moscow as well as here," X told reporters': the quote's
            for person in subjects(verb, mentions):
                self.locations[person.actor_id] = place.name

    def name_pair(self, sent: Span, mentions: ArticleMentions) -> None:
        """'X and his counterpart Y pledged ...': two people as the joint subject of a verb
        are the pair a later 'the two leaders' means, if no event is told after them."""
        doc = sent.doc
        for person in mentions.in_span(sent):
            token = doc[person.root]
            if person.kind != ActorKind.person or token.dep_ not in SUBJECTS \
                    or not any(c.dep_ == "conj" for c in token.children):
                continue
            pair = [m for m in actors_at(token, mentions) if m.kind == ActorKind.person]
            if len({m.actor_id for m in pair}) == 2:
                self.named, self.named_at = pair, sent.start
            return

    def fill(self, candidate: Candidate) -> None:
        """'The two plan to meet': the participants of the last event (two or more: not a
        lone visitor), or the pair named since; and a place for an in-person event from
        where its participants were last said to be."""
        previous, previous_at = self.pair_by_office(candidate.trigger) or self.last_pair()
        if self.named_at > previous_at and self.named_at < candidate.sentence.start:
            previous, previous_at = self.named, self.named_at  # 'X and Y pledged ...'
        distance = candidate.sentence.start - previous_at
        recent = distance <= RECENT_TOKENS or distance <= PAIR_TOKENS and told_pair(candidate.trigger)
        told = self.told_just_before(candidate, previous)
        if not candidate.participants and len(previous) >= 2 and recent \
                and (told or anaphoric_subject(candidate.trigger)) \
                and candidate.trigger.lemma_ not in ARRIVALS \
                and not named_event(candidate.trigger) and not of_others(candidate.trigger):
            # 'when they arrive': anyone; 'they discussed the Vienna Meeting' or 'a meeting
            # of the customs chiefs': not theirs
            candidate.participants = list(previous)
            if told and candidate.date.edtf is None:
                candidate.date = self.last.date  # 'The meeting took place in ...': its day
        elif previous and recent and len(previous) >= 2 and hosts_the_last(candidate.trigger):
            # 'Borrell and Lajcak would host the meeting': they join the meeting just told
            previous += [m for m in candidate.participants if m not in previous]
            candidate.participants = list(previous)
            candidate.date = self.last.date if candidate.date.edtf is None else candidate.date
        self.follow_on(candidate)
        on_the_trip(candidate, self.trip)
        if candidate.place is None and candidate.kind not in {EventKind.call, EventKind.visit}:
            known = [self.locations[m.actor_id] for m in candidate.participants
                     if m.actor_id in self.locations]
            candidate.place = known[0] if known else None


    def told_just_before(self, candidate: Candidate, previous: list[Mention]) -> bool:
        """'The meeting took place at the border crossing': the meeting or call just told
        (not a visit, not a one-sided plan)."""
        last = self.last
        return told_meeting(candidate.trigger) and last is not None and last.participants is previous \
            and len(previous) >= 2 and last.kind not in {EventKind.visit, EventKind.summit} \
            and last.status == Status.held

    def follow_on(self, candidate: Candidate) -> None:
        """'After the talks, X met Y': undated, on the day (and in the city) of the event
        the sentence before told."""
        last = self.last
        if candidate.date.edtf is not None or last is None \
                or last.date.precision != "day" and last.date.edtf is not None:
            return
        next_sentence = candidate.sentence.start == last.sentence.end
        told_after = next_sentence or last.trigger.i == candidate.trigger.i  # 'met A and B': B too
        if not (after_the_event(candidate.trigger) and next_sentence
                or in_sequence(candidate, last) and told_after
                or also_then(candidate, last) and (next_sentence or last.kind != EventKind.visit)):
            return  # 'X also met Y' further down a release: the day of its talks
        if last.date.edtf is None:  # 'On the sidelines of the summit X met Y. X also met Z':
            candidate.follows = last  # the day the summit gives Y's, once the text is read
            return
        candidate.date = last.date.model_copy(update={"explicit": False})
        if candidate.place is None and candidate.kind != EventKind.call and last.kind != EventKind.call:
            candidate.place = last.place


HOSTING = event_cues().event_hosting.hosting


def hosts_the_last(trigger: Token) -> bool:
    """'X would host the meeting' with no parties of its own: the meeting just told (the
    trigger is the noun or the hosting verb)."""
    if trigger.pos_ == "VERB" and trigger.lemma_ in HOSTING:
        return any(c.dep_ == "dobj" and trigger_kind(c) is not None and hosts_the_last(c)
                   for c in trigger.children)
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_ in HOSTING \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children) \
        and not any(c.dep_ == "prep" for c in trigger.children)


def also_then(candidate: Candidate, last: Candidate) -> bool:
    """'In Belgrade on Monday, X met Y. He also visited the mission, where Z briefed him':
    a held event the next sentence adds with 'also', by someone of that event, is of the
    same day (not after a call or a contact told in passing: 'also met X during his visit'
    may be another day, and 'Y had told him so by telephone the day before' dates no talks)."""
    shared = {m.actor_id for m in candidate.participants} & {m.actor_id for m in last.participants}
    if candidate.status != last.status or not shared \
            or last.kind in {EventKind.call, EventKind.contact}:
        return False  # two plans in a row ('will be received by X. She will also meet Y') too
    heads = [candidate.trigger] + [node for _, node in climb(candidate.trigger)]
    return any((c.dep_ == "advmod" and c.lower_ == "also" or in_addition(c))
               and head.lemma_ not in REPORTING for head in heads for c in head.children)


def in_addition(word: Token) -> bool:
    """'In addition, I met with X': as 'also'."""
    return word.dep_ == "prep" and word.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lower_ == "addition" and not any(g.dep_ == "prep" for g in c.children)
        for c in word.children)


IN_SEQUENCE = event_time_cues().context.in_sequence


def in_sequence(candidate: Candidate, last: Candidate) -> bool:
    """'Today I hosted A and B. I met both leaders separately, and then ...': a held
    meeting told by the next sentence in sequence, by someone of the event it told, is of
    that event's day (not after a call, not a lone visit to a site, not a recollection in
    the past perfect)."""
    trigger = candidate.trigger
    if candidate.status != Status.held or last.status != Status.held \
            or EventKind.call in {last.kind, candidate.kind} or candidate.kind == EventKind.visit \
            or len(ids_of(candidate)) < 2 or not ids_of(candidate) & ids_of(last):
        return False
    heads = [trigger] + [node for _, node in climb(trigger)]
    return not any(c.dep_ == "aux" and c.lower_ == "had" for head in heads for c in head.children) \
        and any(c.dep_ == "advmod" and c.lower_ in IN_SEQUENCE and head.lemma_ not in REPORTING
                for head in heads for c in head.children)


def ids_of(candidate: Candidate) -> set[str]:
    return {m.actor_id for m in candidate.participants}


def after_the_event(trigger: Token) -> bool:
    """The trigger's clause opens with 'after/following the <event noun>'."""
    heads = [trigger] + [node for _, node in climb(trigger)]
    return any(prep.dep_ == "prep" and prep.lower_ in FOLLOW_ON and prep.i < trigger.i
               for head in heads for prep in head.children
               for noun in prep.children if noun.dep_ == "pobj"
               and (trigger_kind(noun) is not None or noun.lemma_ in OCCASIONS)
               and any(d.lower_ == "the" for d in noun.children))


def anaphoric_subject(trigger: Token) -> bool:
    if theirs(trigger):
        return True
    heads = [trigger] + [node for _, node in climb(trigger)]
    for head in heads:
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                if any(c.dep_ == "poss" for c in child.children):
                    return False  # 'their foreign ministers will meet': others, not they
                return child.lemma_.lower() in ANAPHORS | GROUP_WORDS or child.lower_ in ANAPHORS \
                    or the_two(child)  # 'the two men first met', 'the two last met' (misparsed)
            if child.dep_ in {"nummod", "det"} and child.lower_ in {"two", "both"}:
                return True  # "the two plan to meet", parsed with 'plan' as a noun
            if child.dep_ == "poss" and child.tag_ in {"NNS", "NNPS"} \
                    and child.lemma_.lower() in ANAPHORS:
                return True  # "the two leaders' next meeting" (not "the president's")
    return False


PAIR_NOUNS = {"man", "woman", "men", "women", "leader", "side"} | set(ANAPHORS) | set(GROUP_WORDS)
MISREAD_AS_NOUNS = {"last", "first"}  # "the two last met": 'two' parsed as a number of 'last'


def the_two(noun: Token) -> bool:
    """'the two men', 'both women', 'the two' parsed as a modifier of 'last': a pair of
    people told before (not 'the two countries', 'the two agreements')."""
    if noun.lower_ not in {"two", "both"} | MISREAD_AS_NOUNS \
            and noun.lemma_.lower() not in PAIR_NOUNS:
        return False
    return any(c.dep_ in {"nummod", "det", "predet"} and c.lower_ in {"two", "both"}
               for c in noun.children) and not any(c.dep_ == "poss" for c in noun.children)


def told_pair(trigger: Token) -> bool:
    """'The two men first met', 'the meeting between the two presidents': a pair told
    before, by number."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return between_the_two(trigger)
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (the_two(c) or c.lower_ == "both")
               for head in [trigger] + [node for _, node in climb(trigger)][:2]
               for c in head.children)


def theirs(trigger: Token) -> bool:
    """A meeting noun owned by the pair just told: 'since their talks in Sochi', 'the
    meeting between the two presidents' (not 'their ministers' talks': others')."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or any(has_future(node) for _, node in climb(trigger)):
        return False  # 'will discuss the deals signed at their February meeting': a plan's
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"NNS", "NNPS"} and c.i != trigger.i
           and not the_two(c) and c.lemma_.lower() not in ANAPHORS | GROUP_WORDS
           for node in trigger.ancestors for c in node.children):
        return False  # 'negotiators said their talks ...': the subject's, not the pair's
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in trigger.children) \
        or between_the_two(trigger, also={"them", "both"})


def between_the_two(noun: Token, also: frozenset[str] | set[str] = frozenset()) -> bool:
    """'the meeting between the two presidents' (or 'between them', with `also`)."""
    return any(p.dep_ == "pobj" and (the_two(p) or p.lower_ in also)
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
               for p in c.children)


BARE_MEETINGS = event_cues().context.bare_meetings


def told_meeting(trigger: Token) -> bool:
    """'The meeting took place in ...', 'The talks lasted two hours': a bare 'the meeting'
    told in the past is the one just told (not 'the ministerial meeting is expected', not
    'the visit comes at a delicate time')."""
    if trigger.lemma_.lower() not in BARE_MEETINGS or trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = trigger.head
    past = verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                     for c in verb.children)
    return past and all(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                        for c in trigger.children if c.dep_ != "punct")


def of_others(trigger: Token) -> bool:
    """'a meeting of the customs chiefs' belongs to them; 'the meeting of the two' may be
    the last event's pair."""
    return any(p.dep_ == "pobj" and p.lemma_.lower() not in ANAPHORS and p.lower_ not in ANAPHORS
               for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children)


def office_anaphor(trigger: Token) -> set[str] | None:
    """'the two foreign ministers' -> {'minister', 'foreign'}; None for 'the two', 'they'."""
    for head in [trigger] + [node for _, node in climb(trigger)]:
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_.lower() in OFFICES:
                modifiers = {c.lower_ for c in child.children
                             if c.dep_ in {"amod", "compound"} and c.lower_ not in {"two", "both"}}
                return {child.lemma_.lower()} | modifiers
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return None
    return None


def title_words(doc: Doc, mention: Mention) -> set[str]:
    """The words of the title just before a name: 'Russian Foreign Minister Sergei Lavrov'."""
    words: set[str] = set()
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    index = (span.start if span is not None else mention.root) - 1
    while index >= 0 and len(words) < TITLE_WORDS and doc[index].pos_ in {"PROPN", "NOUN", "ADJ"}:
        words |= {doc[index].lower_, doc[index].lemma_.lower()}
        index -= 1
    return words
