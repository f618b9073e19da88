"""Where and when an event happened: the place and the date in the trigger's own phrase
or in the verbs it hangs from ('talks were held in Sochi on Monday')."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from ingest import dates
from ingest.date_index import SentenceDates, date_entities, narrative_year, sentence_dates
from ingest.dictionary import slug
from ingest.event_day_words import (
    before_the_colon,
    in_a_clause_below,
    opening_story_day,
    story_day,
    story_day_on,
    untagged_day,
)
from ingest.event_offsets import day_in_apposition, days_from, days_leading_up, shifted, spread, vague_offset
from ingest.event_status import ahead_noun, ahead_of, rescheduled
from ingest.event_time_cues import event_time_cues
from ingest.mentions import ArticleMentions, Mention
from ingest.models import EventDate
from ingest.news_day import news_day
from ingest.syntax import SUBJECTS, climb
from ingest.triggers import GREETS, REPORTS_TO

PLACE_PREPS = event_time_cues().event_place_date.place_preps
DECIDING = event_time_cues().event_place_date.deciding


def date_tokens(anchor: Token, sent: Span) -> list[Span]:
    """DATE entities in the anchor's own phrase: its subtree, or attached directly to it."""
    index = sentence_dates(sent)
    positions = {*index.by_governor.get(anchor.i, ()), *index.by_participle_head.get(anchor.i, ())}
    if anchor.pos_ != "VERB":
        inside = index.within(anchor.left_edge.i, anchor.right_edge.i)
        positions.update(at for at in inside if at not in index.periods
                         and not in_a_clause_below(index.ents[at].root, anchor))
    own = [index.ents[at] for at in sorted(positions) if not after_the_topic(index.ents[at].root, anchor)]
    return sorted(own, key=lambda ent: reporters_date(ent, anchor)) + lost_opening_date(anchor, index)


def reporters_date(ent: Span, anchor: Token) -> bool:
    """'said on Monday he met X on Saturday', parsed with both dates on 'met': a date between
    the reporting verb and the subject of the clause it reports is the report's, second to
    the clause's own."""
    if anchor.dep_ != "ccomp" or not anchor.head.i < ent.start:
        return False
    subject = next((c for c in anchor.children if c.dep_ in SUBJECTS), None)
    return subject is not None and ent.end <= subject.left_edge.i


def lost_opening_date(anchor: Token, index: SentenceDates) -> list[Span]:
    """'On Monday Ivica Dacic met X' parsed with 'Monday' inside the name and 'On' left
    without its object on the verb: the date right after that 'On' is the verb's."""
    opener = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ in {"on", "in"}
                   and c.i == anchor.sent.start and not any(True for _ in c.children)), None)
    return [ent for ent in index.ents if opener is not None and ent.start == opener.i + 1]


def after_the_topic(date_root: Token, anchor: Token) -> bool:
    """'briefed the President on the harvest in 2016', 'congratulated him on the elections
    held on October 15': after a report's 'on/about' or a greeting's 'on/for', a date
    belongs to the subject reported or the occasion (even when the parse hangs it on the
    verb); 'told reporters on Thursday' is a date of its own."""
    topic_preps = {"on", "about"} if anchor.lemma_ in REPORTS_TO else \
        {"on", "for"} if anchor.lemma_ in GREETS else set()
    return any(c.dep_ == "prep" and c.lower_ in topic_preps and c.i < date_root.i
               and date_root.head.i != c.i for c in anchor.children)


def participle_of(clause: Token, anchor: Token) -> bool:
    """'Held in Sochi last year, the talks ...': a participle clause on the anchor's verb."""
    return clause.tag_ == "VBN" and clause.dep_ in {"advcl", "acl"} and clause.head == anchor


def anchors_of(trigger: Token) -> list[Token]:
    """The trigger and the verbs it hangs from ('talks were held ...': 'held'); a meeting
    moved to another day: only the verb that moved it."""
    if rescheduled(trigger):
        return [trigger.head]
    verbs = []
    for edge, node in climb(trigger):
        if edge == "xcomp" and node.lemma_ in DECIDING and node.tag_ == "VBD":
            break  # 'agreed on Monday to meet': Monday is the day of the agreement
        verbs += [node] if node.pos_ in {"VERB", "AUX"} else []
    if trigger.dep_ in SUBJECTS:
        verbs.insert(0, trigger.head)
    return [trigger, *verbs]


def event_date(trigger: Token, sent: Span, published: date | None, plan_hint: bool) -> EventDate:
    anchors = [trigger] if ahead_noun(trigger) else anchors_of(trigger)
    dated_day = day_in_apposition(trigger)
    if dated_day is not None:  # 'on Monday, a day after he spoke with X'
        found = next((dates.resolve(ent.text, published, plan_hint) for ent in date_entities(sent)
                      if ent.start <= dated_day[0].i < ent.end), None)
        if found is not None:
            return shifted(found, dated_day[1])
    for anchor in anchors:
        for ent in date_tokens(anchor, sent) + subject_clause_dates(anchor, sent) + when_clause_dates(
                anchor, sent) + fronted_phrase_dates(trigger, anchor, sent):
            narrative = narrative_year(ent, published) if not plan_hint and dates.yearless(ent.text) \
                else None
            resolved = dates.resolve(ent.text, published, plan_hint, narrative) \
                or story_day(ent, published)
            if resolved:
                span = vague_offset(trigger, anchor) if anchor.i != trigger.i else None
                if span and resolved.precision == "day" and resolved.start:
                    return spread(resolved.start, span)  # 'signed on Friday, days after X met Y'
                return shifted(resolved, days_from(trigger, anchor))
    lead = days_from(trigger, anchors[-1]) if not plan_hint else 0
    span = vague_offset(trigger, anchors[-1]) if not plan_hint and not lead else None
    day = news_day(sent.doc, published) if lead or span else None
    if lead and day:  # 'The remarks came a day after X met Y'
        return shifted(dates.day(day, explicit=False), lead)
    if span and day:  # 'It came days after X met Y'
        return spread(day, span)
    return opening_story_day(sent, published) or story_day_on(anchors, published) \
        or untagged_day(anchors, published, plan_hint) \
        or before_the_colon(anchors, published, plan_hint) \
        or (None if plan_hint else days_leading_up(trigger, news_day(sent.doc, published))) \
        or (None if plan_hint else arrival_day(anchors, sent, published)) \
        or (None if plan_hint else guest_arrival_day(anchors, sent, published)) \
        or EventDate()


ARRIVING = event_time_cues().context.arriving
HIS = {"he", "she", "his", "her"}


def arrival_day(anchors: list[Token], sent: Span, published: date | None) -> EventDate | None:
    """'Holbrooke returned to Belgrade on March 22, 1999. His final meeting with Milosevic
    lasted hours', 'X came back on 20 October. He laid wreaths and held talks with Y': an
    undated event of the person whose arrival on a day the sentence before tells is of that
    day (the person as the subject or owner, by pronoun or by the same name)."""
    if sent.start == 0 or any(c.dep_ == "aux" and c.lemma_ == "have" for a in anchors for c in a.children):
        return None  # 'He had met Y years before': another time
    before = sent.doc[sent.start - 1].sent
    verb = before.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ not in ARRIVING or subject is None or not any(
            c.dep_ in {"nsubj", "poss"} and (c.lower_ in HIS or c.text == subject.text)
            for anchor in anchors for c in anchor.children):
        return None
    index = sentence_dates(before)
    for at in index.by_governor.get(verb.i, ()):
        ent = index.ents[at]
        narrative = narrative_year(ent, published) if dates.yearless(ent.text) else None
        when = dates.resolve(ent.text, published, False, narrative)
        if when is not None and when.precision == "day":
            return when.model_copy(update={"explicit": False})
    return None


def guest_arrival_day(anchors: list[Token], sent: Span, published: date | None) -> EventDate | None:
    """'X hosted Y, who arrived in Belgrade on 7 May': an undated event with a guest whose
    arrival on a day a clause of the guest's own tells is of that day."""
    index = sentence_dates(sent)
    for anchor in anchors:
        guests = [c for c in anchor.children if c.dep_ == "dobj"] + [
            g for c in anchor.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for clause in (c for g in guests for c in g.children if c.dep_ == "relcl"
                       and c.lemma_ in ARRIVING and c.tag_ == "VBD"):
            for at in index.by_governor.get(clause.i, ()):
                ent = index.ents[at]
                narrative = narrative_year(ent, published) if dates.yearless(ent.text) else None
                when = dates.resolve(ent.text, published, False, narrative)
                if when is not None and when.precision in {"day", "day-no-year"}:
                    return when.model_copy(update={"explicit": False})
    return None


def fronted_phrase_dates(trigger: Token, anchor: Token, sent: Span) -> list[Span]:
    """'Ahead of his meeting with X on Friday, Y said ...' (the parse hangs the day on
    'said'): a date after the meeting, before the comma closing the phrase, is its day."""
    if anchor.i != trigger.i or not ahead_of(trigger):
        return []
    comma = next((t.i for t in sent.doc[trigger.i:sent.end] if t.text == ","), sent.end)
    return [ent for ent in date_entities(sent) if trigger.i < ent.start and ent.end <= comma]


def subject_clause_dates(verb: Token, sent: Span) -> list[Span]:
    """'X, who was minister in 2016, visited Russia': the subject's own clause dates it (not
    'X, whose country took over the presidency on July 1, arrived': another subject's)."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return []
    clauses = [c for s in verb.children if s.dep_ == "nsubj" for c in s.children
               if c.dep_ == "relcl" and any(t.dep_ in SUBJECTS and t.tag_ == "WP" for t in c.children)]
    if not clauses:
        return []
    return [ent for ent in date_entities(sent) if any(
        c.left_edge.i <= ent.root.i <= c.right_edge.i for c in clauses)]


def when_clause_dates(verb: Token, sent: Span) -> list[Span]:
    """'When X came to Belgrade in October 2009, Y greeted him': the time the past 'when'
    clause on the verb tells is the verb's."""
    if verb.pos_ != "VERB":
        return []
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBD"
               and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)]
    if not clauses:
        return []  # most verbs: no need to list the sentence's dates
    return [ent for ent in date_entities(sent) if any(
        c.left_edge.i <= ent.root.i <= c.right_edge.i for c in clauses)]


NOUN_PATH = {"compound", "pobj", "prep", "appos", "conj", "poss", "nmod", "dobj"}


def reaches(token: Token, anchor: Token) -> bool:
    """The token hangs from the anchor through noun-phrase links only (no other verb)."""
    node = token
    while node.i != anchor.i:
        if node.dep_ not in NOUN_PATH or node.head.i == node.i:
            return False
        node = node.head
    return True


def located(token: Token, anchor: Token) -> bool:
    """The token names where the anchor happens: inside 'in/at ...' (or 'visit X')."""
    if token.dep_ == "dobj" and token.head.i == anchor.i and anchor.lemma_ == "visit":
        return True
    node = token
    while node.dep_ in {"compound", "pobj", "prep", "appos", "conj"} and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in PLACE_PREPS:
            prep = node.head
            if prep.lower_ == "to" and anchor.lemma_ not in {"visit", "travel", "arrive", "go"}:
                return False
            # "discussed the situation in Kosovo" names a topic, not where they met;
            # "met Kurti in Brussels" (parsed onto the name) does say where
            return prep.head.i == anchor.i or (prep.head.pos_ == "PROPN" and reaches(prep, anchor))
        node = node.head
    return False


def place_of(trigger: Token, mentions: ArticleMentions) -> str | None:
    anchors = anchors_of(trigger)
    for anchor in anchors:
        inside = range(anchor.left_edge.i, anchor.right_edge.i + 1)
        places = [p for p in mentions.places
                  if p.root in inside and located(anchor.doc[p.root], anchor)]
        if places:
            cities = [p for p in places if slug(p.name) != p.country]
            return (cities or places)[0].name
    return None


NOUN_PHRASE_OPENERS = {"after", "before", "at", "during", "following", "since", "the", "a", "an",
                       "their", "his", "her", "its", "of", "in", "from"}


def venue_before(trigger: Token, mention: Mention) -> bool:
    """'after Brussels talks with X', 'at the Minsk summit': a capital named right before an
    event noun (even one the parse reads as a verb) is where it is held, not a party."""
    doc = trigger.doc
    return (mention.via == "metonym" and mention.root == trigger.i - 1 and trigger.i >= 2
            and doc[trigger.i - 2].lower_ in NOUN_PHRASE_OPENERS)
