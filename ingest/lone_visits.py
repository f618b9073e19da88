"""A visit by one actor: 'X visited the Kupol plant', 'X's visit to an
orphanage'. The dictionary's places are towns and countries; a visit's place is as often a
site (a plant, a school, an airbase), named by the visit's own object."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ingest.dictionary import Dictionary, fold, slug
from ingest.event_cues import event_cues
from ingest.types import ArticleMentions

SITE_VERBS = event_cues().lone_visits.site_verbs
NAME_WORDS = {"NOUN", "PROPN", "ADJ", "NUM"}
VAGUE = event_cues().lone_visits.vague
HABITUAL = event_cues().lone_visits.habitual


def site_visited(trigger: Token, mentions: ArticleMentions) -> str | None:
    """The site named by the visit's object ('visited X', 'visit to X'), when it is not an
    actor (a state or a person visited is a meeting or a trip, read elsewhere)."""
    site = visited_object(trigger)
    if site is None or site.lower_ in VAGUE or site.pos_ not in {"NOUN", "PROPN"} \
            or site.tag_ == "NNS" or habitual(trigger):
        return None  # 'visited mining regions', 'has often visited the plant': no one visit
    if mentions.at_token(site.i) is not None:
        return None
    return site_name(site, trigger)


def visited_object(trigger: Token) -> Token | None:
    if trigger.pos_ == "VERB" and trigger.lemma_ in SITE_VERBS:
        return next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if trigger.lemma_ == "visit":
        return next((p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                     for p in c.children if p.dep_ == "pobj"), None)
    return None


def habitual(trigger: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in trigger.children)


def site_name(head: Token, trigger: Token) -> str:
    """'the GAZ Group Automobile Plant', 'orphanage No. 1', 'the Orlyonok National Children's
    Centre', 'the Monastery of the Holy Trinity': read as a run of words, since the parse
    often splits such names."""
    doc = head.doc
    start = head.i
    while start - 1 > trigger.i and (doc[start - 1].pos_ in NAME_WORDS or doc[start - 1].tag_ == "POS"
                                     and start - 2 > trigger.i and doc[start - 2].pos_ == "PROPN"):
        start -= 1
    return doc[start:name_end(doc, head.i + 1)].text


def name_end(doc: Doc, end: int) -> int:
    """Past 'Plant Kupol', 'No. 1', 'Peter the Great ...', '... of the Saviour Monastery'."""
    while end < len(doc):
        word = doc[end]
        if word.pos_ == "PROPN" or word.like_num or word.text == "." and doc[end - 1].lower_ == "no":
            end += 1
            continue
        after = end + 1 + (word.lower_ == "of" and end + 1 < len(doc) and doc[end + 1].lower_ == "the")
        if word.lower_ in {"of", "the"} and doc[end - 1].pos_ == "PROPN" and after < len(doc) \
                and doc[after].pos_ == "PROPN":
            end = after
            continue
        return end
    return end


def one_site_visit_a_day(visits: list) -> list[list]:
    """A tour of several sites in a day is one visit: the first site named stands for it."""
    first: dict[tuple, object] = {}
    for visit in visits:
        first.setdefault((visit.participants[0].actor_id, visit.date.edtf), visit)
    return [[visit] for visit in first.values()]


def visits_home(place: str | None, home: str | None, arrival: bool,
                dictionary: Dictionary) -> bool:
    """'visited Russia' said of a Russian leader, or 'arrived in Moscow', is a misreading or
    a return; a trip inside one's own country ('visited a plant in Kazan') is a visit."""
    native, country = dictionary.places.get(fold(place or ""), (None, None))
    if home is None or country != home:
        return False
    return arrival or slug(native) == country


def per_destination(visit, mentions: ArticleMentions) -> list:
    """'Lajcak is due to visit Pristina and Belgrade next week', 'will travel to Belgrade and
    Pristina': one planned visit to each of two countries (a trip told as done is told stop by
    stop below, each with its own day)."""
    if visit.kind.value != "visit" or len(visit.participants) != 1 or visit.place is None:
        return [visit]
    planned = visit.status.value == "planned"
    doc = visit.trigger.doc
    if companion(doc[visit.participants[0].root], visit.trigger):
        return []  # 'X will travel to Y together with Z': X's trip, Z goes along
    sent = visit.trigger.sent  # the destination as this sentence names it, not an earlier
    first = next((p for p in mentions.places if p.name == visit.place  # 'Belgrade and Pristina'
                  and sent.start <= p.root < sent.end), None)
    if first is None:
        return [visit]
    head = doc[first.root]
    others = [p for p in mentions.places if doc[p.root] in head.conjuncts and p.country != first.country]
    return [visit] + [replace(visit, place=p.name, participants=list(visit.participants))
                      for p in others if planned]


def companion(person: Token, trigger: Token) -> bool:
    """Named only 'together with' (or 'along with') the traveller, in the trip's own clause."""
    prep = next((a for a in person.ancestors if a.dep_ == "prep" and a.lower_ == "with"), None)
    return prep is not None and prep.i > 0 and prep.nbor(-1).lower_ in {"together", "along"} \
        and prep.head.i in {trigger.i, trigger.head.i}
