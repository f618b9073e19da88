"""Trigger words: the nouns and verbs that name a meeting, talks, a visit, a call or a
message, with the conditions each needs ('call' only by telephone, 'speak' only with
someone, 'exchanged views', 'sent a letter to')."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_cues import event_cues
from ingest.joint_acts import joint_act
from ingest.models import ActorKind, EventKind
from ingest.reports_heard import heard_report
from ingest.syntax import shifted_objects
from ingest.types import Mention

NOUN_TRIGGERS = event_cues().triggers.noun_triggers
VERB_TRIGGERS = event_cues().triggers.verb_triggers
NEEDS_PARTNER_PREP = event_cues().triggers.needs_partner_prep
PHONED = event_cues().triggers.phoned
MESSAGES = event_cues().triggers.messages
SENDING = event_cues().triggers.sending
HANDING = event_cues().triggers.handing
ARRIVALS = event_cues().triggers.arrivals
REPORTS_TO = event_cues().triggers.reports_to
GREETS = event_cues().triggers.greets
TO_A_PERSON = event_cues().triggers.to_a_person
CEREMONY_VERBS = event_cues().triggers.ceremony_verbs
CEREMONY_OBJECTS = event_cues().triggers.ceremony_objects
PRESENTING = event_cues().triggers.presenting
PRESENTED = event_cues().triggers.presented
RECEIVED_WORDS = event_cues().triggers.received_words
DECREES = event_cues().triggers.decrees
AGREEING = event_cues().triggers.agreeing
JOINT = event_cues().triggers.joint
RECIPROCAL = event_cues().triggers.reciprocal
# motions to a destination ('travel to X'; not 'arrive in X')
TRAVELLING = {w for w, preps in event_cues().event_trips.destination_preps.items() if "to" in preps} & set(
    event_cues().event_trips.motions)
GATHERINGS = event_cues().event_topics.gatherings
MEALS = event_cues().transcript_we.meals
LEADERS_WE_KEY = "srk.leaders_we"  # token indices of a 'we' that stands for the leaders


def by_leaders_we(verb: Token) -> bool:
    """The verb's subject is a 'we' of the leaders speaking in a transcript of their talks
    (ingest/transcript_we.py marks them): 'today we talked for two hours'."""
    marked = verb.doc.user_data.get(LEADERS_WE_KEY, ())
    return any(c.dep_ == "nsubj" and c.i in marked for c in verb.children)


def by_phone(token: Token) -> bool:
    return any(c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "over", "on"} and any(
        p.lower_ in {"phone", "telephone"} for p in c.children) for c in token.children)


def spoken_to_by_name(verb: Token) -> bool:
    """'spoke to Putin', 'had spoken to both Vucic and Kurti' (not 'spoke to reporters', nor
    a promise: 'I will talk to the minister about it')."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "shall"} for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children) for c in verb.children)


def trigger_kind(token: Token) -> EventKind | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in PHONED and by_phone(token):
        return EventKind.call
    if token.pos_ in {"NOUN", "PROPN"}:
        if lemma == "report":
            return EventKind.contact if heard_report(token) else None
        if lemma in MESSAGES:
            sent = token.dep_ == "dobj" and (token.head.lemma_ in SENDING or token.head.lemma_ in HANDING
                                             and any(c.lower_ == "from" for c in token.children))
            return EventKind.contact if sent else None
        if lemma == "discussion" and token.tag_ != "NN":
            return None  # 'the topic of many discussions': a habit, not a meeting
        if lemma == "talk" and token.tag_ != "NNS":
            return None
        phoned = any(c.lower_ in {"phone", "telephone", "video"} for c in token.children)
        if lemma == "call" and not phoned:
            return EventKind.call if taken_call(token) else None
        if lemma in {"conversation", "talk"} and phoned:
            return EventKind.call
        if lemma == "conference" and not any(c.lower_ in {"press", "news"} for c in token.children):
            return None
        if lemma in MEALS:  # 'we had dinner together yesterday', said by one of the two leaders
            shared = token.dep_ == "dobj" and (by_leaders_we(token.head) or meal_with(token))
            return EventKind.meeting if shared else None
        return NOUN_TRIGGERS.get(lemma)
    if token.pos_ == "VERB" and (ceremony(token) or joint_act(token) or presented_to(token)):
        return EventKind.meeting
    if token.pos_ == "VERB":
        if lemma in NEEDS_PARTNER_PREP and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in token.children) \
                and not spoken_to_by_name(token) and not by_leaders_we(token) \
                and not talked_together(token):
            return None
        if lemma == "brief" and token.tag_ not in {"VBD", "VBN"}:
            return None  # 'X briefed Y' reports a working meeting; 'I will brief you' not
        if lemma == "call" and courtesy_call(token):
            return EventKind.meeting  # 'called on President X': a visit paid
        if lemma in {"receive", "host", "call", "brief"} and not any(
                c.dep_ == "dobj" or c.dep_ == "agent" and lemma in {"receive", "host"}
                or c.dep_ == "nsubj" and token.dep_ == "amod"  # 'X hosted| President Y'
                for c in token.children) and not shifted_objects(token):
            return None  # 'was received by X' names the host as agent
        if lemma == "receive" and credentials(token):
            return EventKind.meeting  # 'received the credentials of the new ambassador X'
        if lemma == "receive" and any(c.dep_ == "dobj" and c.lemma_.lower() in CEREMONY_OBJECTS
                                      | RECEIVED_WORDS for c in token.children):
            return None  # 'received the Order of Friendship': awarded; 'congratulations': sent
        if lemma in AGREEING:
            return EventKind.contact if with_me(token) else None
        if lemma in TRAVELLING and not own_trip(token) or lemma == "come" and not to_a_place(token):
            return None  # 'travel with the president', 'travel to X for the summit': no visit of its own
        if lemma in TRAVELLING | {"arrive"} and token.dep_ == "relcl":
            return None  # 'the leaders who arrived in Moscow for the parade': said of them, in passing
        if lemma in RECIPROCAL:  # 'we saw each other in May'
            return EventKind.meeting if each_other(token) else None
        if lemma == "sit":  # 'sat down with X': talks; 'sat in parliament' is not
            return EventKind.talks if sat_down_with(token) else None
        if lemma == "exchange":  # "exchanged views/opinions (with X)"
            exchanged = any(c.dep_ == "dobj" and c.lemma_ in {"view", "opinion"}
                            for c in token.children)
            return EventKind.contact if exchanged else None
        return VERB_TRIGGERS.get(lemma)
    return None


def meal_with(meal: Token) -> bool:
    """'X had lunch with Y', 'X hosted a dinner with Y': a meal with a named person."""
    return meal.head.lemma_ in {"have", "host", "give", "hold"} and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            p.dep_ == "pobj" and p.ent_type_ == "PERSON" for p in c.children)
        for c in [*meal.children, *meal.head.children])


def talked_together(verb: Token) -> bool:
    """'Vucic and Putin talked for two hours': two named people as the subject talk to each
    other (not 'spoke to reporters', 'spoke at the rally': to others, or before them)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "PROPN" \
        and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in subject.children) \
        and not any(c.dep_ == "prep" and c.lower_ in {"to", "at", "before"} for c in verb.children)


def taken_call(noun: Token) -> bool:
    """'received a call from X', 'took a call from X', 'in a call with X', 'the call between
    A and B': a telephone call."""
    return noun.dep_ == "dobj" and noun.head.lemma_ in {"receive", "take", "get"} and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ in {"with", "between"}  # 'the call between A and B'
        and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
        for c in noun.children)


def own_trip(verb: Token) -> bool:
    """'will travel to Belgrade and Pristina': a destination, and no event with a named party
    that the trip is for ('travel to Washington for the NATO summit', 'to meet X': that event
    is the news; 'to meet US officials' is not one)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    purposes = [p for c in preps if c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    named = [p for p in purposes if p.lemma_.lower() in NOUN_TRIGGERS or p.lemma_.lower() in GATHERINGS] + [
        c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_ in VERB_TRIGGERS]
    return any(c.lower_ == "to" for c in preps) and not any(
        t.ent_type_ in {"PERSON", "ORG"} or t.pos_ == "PROPN" and t.dep_ in {"dobj", "pobj"}
        for p in named for t in p.subtree) and not met_there(preps)


def met_there(preps: list[Token]) -> bool:
    """'travels to Budapest, where he will hold talks with X': the talks are the news."""
    places = [p for c in preps if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    clauses = [c for p in places for c in p.children if c.dep_ == "relcl"
               and any(w.dep_ == "advmod" and w.lower_ == "where" for w in c.children)]
    return any(c.lemma_ in VERB_TRIGGERS or any(o.dep_ == "dobj" and o.lemma_ in NOUN_TRIGGERS
                                                 for o in c.children) for c in clauses)


def to_a_place(verb: Token) -> bool:
    """'came to Belgrade' (not 'came to power', 'came to an agreement'), told as news, not
    as a clause ('when X came to Y'; a relative clause is any trip's: `trigger_kind`)."""
    if any(c.dep_ == "mark" and c.lower_ == "when"  # 'A and B came to Brussels': no one
           or c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children)  # visits the other
           for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        p.dep_ == "pobj" and p.ent_type_ in {"GPE", "LOC"} for p in c.children)
        for c in verb.children)


def each_other(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "other" and any(d.lower_ == "each" for d in c.children)
               for c in verb.children)


def sat_down_with(verb: Token) -> bool:
    """'sat down with X', 'sat across the table from X', 'sat opposite X'."""
    return bool(facing(verb)) or any(c.dep_ == "prt" and c.lower_ == "down"
                                     for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def facing(verb: Token) -> list[Token]:
    """The nouns across the table: 'across (the table) from X', 'opposite X'."""
    preps = [c for c in verb.children if c.dep_ in {"prep", "prt", "advmod"}
             and c.lower_ in {"across", "opposite"}]
    froms = [t for p in [verb, *preps] for t in (p.children if p is verb else p.subtree)
             if t.dep_ == "prep" and t.lower_ == "from"] if preps else []
    nouns = [c for p in froms for c in p.children if c.dep_ == "pobj"]
    return nouns or [c for p in preps if p.lower_ == "opposite" for c in p.children
                     if c.dep_ == "pobj"]


def with_me(verb: Token) -> bool:
    """The subject is 'X and I', a named person and the speaker ('Mr X and I', also when
    the parser has hung X elsewhere and left 'and I')."""
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        group = [child, *child.conjuncts]
        if any(t.lower_ == "i" for t in group) and any(t.pos_ == "PROPN" for t in group):
            return True
        if child.lower_ == "i" and coordinated_name(child) is not None:
            return True
    return False


def coordinated_name(pronoun: Token) -> Token | None:
    """'... President X and I took part': the name right before 'and I' when the parse
    has lost the coordination."""
    doc = pronoun.doc
    if pronoun.i < 2 or doc[pronoun.i - 1].lower_ != "and" or doc[pronoun.i - 2].pos_ != "PROPN":
        return None
    return doc[pronoun.i - 2]


def ceremony(verb: Token) -> bool:
    """'presented the Order of Friendship to X', 'the credentials were handed to X by
    Y': a state ceremony between the one who hands over and the one who receives."""
    if verb.lemma_ not in CEREMONY_VERBS or by_decree(verb) or decided(verb):
        return False
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.lemma_.lower() in CEREMONY_OBJECTS or any(
        g.lemma_.lower() in CEREMONY_OBJECTS for c in t.children if c.dep_ == "prep"
        for g in c.children) for t in things)


def presented_to(verb: Token) -> bool:
    """'will present the text to President X on Saturday': handed over in person, a
    meeting with the named person (not 'presented the plan to parliament')."""
    if verb.lemma_ not in PRESENTING or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in PRESENTED for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        t.ent_type_ == "PERSON" for p in c.children if p.dep_ == "pobj" for t in p.subtree)
        for c in verb.children)


def credentials(verb: Token) -> list[Token]:
    """The envoys whose credentials the verb's object is: 'received the credentials of the
    new ambassador X', 'received credentials from X'."""
    papers = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in {"credential", "credence"}]
    if not papers:
        return []
    return [p for holder in papers + [verb] for c in holder.children if c.dep_ == "prep"
            and c.lower_ in {"of", "from"} for p in c.children if p.dep_ == "pobj"]


def honours(verb: Token) -> bool:
    """A ceremony of awards or prizes (not of an envoy's credentials), or a public act two
    people do together: a contact only when everyone in it holds an office."""
    return joint_act(verb) or ceremony(verb) and not any(
        t.lemma_.lower() in {"credential", "credence"}
        for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree)


def decided(verb: Token) -> bool:
    """'The order has been awarded to X for his contribution': a decision reported (present
    perfect passive, no one handing it over), not a ceremony."""
    return any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children) and any(
        c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


def by_decree(verb: Token) -> bool:
    """'signed an Executive Order awarding X the Order of Honour': a decree, no ceremony."""
    head = verb.head
    return verb.dep_ in {"acl", "relcl"} and head.lemma_.lower() in DECREES or (
        verb.dep_ in {"xcomp", "advcl"} and head.lemma_ == "sign")


def named_event(trigger: Token) -> bool:
    """'the 6th International Meeting on Syria', 'the Astana Meeting' in a body sentence:
    an event with a name of its own, whose parties the text must name itself."""
    return 0 < trigger.sent.start < trigger.i and trigger.text[:1].isupper() and (
        trigger.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                       for c in trigger.children))


def names_its_head(token: Token) -> bool:
    """'the summit talks to be held on March 5': one event, told by its head noun."""
    return token.dep_ == "compound" and token.head.pos_ == "NOUN" \
        and trigger_kind(token.head) is not None


def arrived_alone(trigger: Token, people: list[Mention]) -> bool:
    """'X arrived in Moscow': the arrival's own subject; 'X is due to travel to Beijing'
    has none of its own, so the one the plan belongs to travels."""
    return trigger.lemma_ in ARRIVALS and (trigger.dep_ != "xcomp" or any(
        m.kind == ActorKind.person for m in people))


def courtesy_call(verb: Token) -> bool:
    """'called on President X' (a visit paid), not 'called on X to step down' (a demand)."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return False
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    named = [p for p in on.children if p.dep_ == "pobj" and p.pos_ == "PROPN"] if on is not None else []
    demand = any(c.dep_ in {"xcomp", "ccomp", "advcl"} for c in verb.children) or any(
        c.dep_ in {"acl", "relcl"} for p in named for c in p.children)
    return bool(named) and not demand
