"""Parties the parser loses: a list subject swallowed by an opening phrase ('On the second
day of X's visit, A and B held talks'), a verb taken for an adjective of its object ('Trump
hosted| President Vucic'), an 'after meeting X' adjunct of the reporting verb hung inside
the reported clause ('Vucic confirmed that Xi will visit, after meeting Li')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.event_cues import event_cues
from ingest.models import ActorKind
from ingest.nlp import text_of
from ingest.syntax import REPORTING, actors_at, shifted_objects, titled
from ingest.types import ArticleMentions, Mention

LIST_GLUE = {",", "and", ", and"}
ADDRESSING = {"tell", "inform", "assure", "remind", "warn", "brief"}  # their object is a listener
ASIDE_CHARS = 80


def swallowed_subject(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'On the second day of X's visit to Russia, A and B held talks': the parser hangs the
    names on the opening phrase's last noun and leaves the verb without a subject; the
    people named right before the verb, after the phrase's comma, are its subject."""
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass", "expl"}
                                               for c in verb.children):
        return []
    doc, text = verb.doc, text_of(verb.doc)
    named = sorted((m for m in mentions.in_span(verb.sent) if m.end <= verb.idx
                    and m.kind == ActorKind.person), key=lambda m: m.end)
    run: list[Mention] = []
    edge = verb.idx
    for mention in reversed(named):
        gap = text[mention.end:edge].strip()
        if gap not in (LIST_GLUE if run else {""}):
            break
        run.insert(0, mention)
        edge = mention.start
    if verb.sent[0].pos_ not in {"ADP", "ADV", "SCONJ"}:
        return []
    while run:  # 'Before the meeting with A, the President of B had talks': the title alone
        first = doc.char_span(run[0].start, run[0].end, alignment_mode="expand")
        if first is not None and first.start >= 1 and doc[first.start - 1].text == "," \
                and doc[first.start - 1].i > verb.sent.start:
            return run
        run = run[1:]
    return []


def aside_in_a_title(mention: Mention, named: list[Mention], text: str) -> bool:
    """'President of Republika Srpska (Bosnia and Herzegovina) Milorad Dodik': a state in
    brackets between a title and its holder's name explains the title; it is no party."""
    opened = text.rfind("(", max(0, mention.start - ASIDE_CHARS), mention.start)
    closed = text.find(")", mention.end, mention.end + ASIDE_CHARS)
    if opened < 0 or closed < 0 or closed - opened > ASIDE_CHARS or ")" in text[opened:mention.start] \
            or not text[:opened].rstrip()[-1:].isalpha():
        return False
    after = closed + 1 + len(text[closed + 1:]) - len(text[closed + 1:].lstrip())
    return any(m.start == after and m.kind == ActorKind.person for m in named)


def misparsed_parties(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """The parties a trigger verb lost to the parser: a swallowed subject, the object it
    was taken to modify, the name of a title object hung on the verb."""
    return swallowed_subject(verb, mentions) + modified_object(verb, mentions) \
        + stray_name_of_object(verb, mentions) + object_after_the_place(verb, mentions) \
        + second_object_set_off(verb, mentions)


def second_object_set_off(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'X met President Y and, separately, Foreign Minister Z': the parser hangs Z on the
    verb as an adverbial noun after the 'and'."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    conjunction = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "and"
                        and obj is not None and c.i > obj.i), None)
    if conjunction is None:
        return []
    return [m for m in mentions.in_span(verb.sent) if m.kind == ActorKind.person
            and m.root > conjunction.i and verb.doc[m.root].head.i == verb.i
            and verb.doc[m.root].dep_ in {"npadvmod", "dep", "appos", "attr"}]


def object_after_the_place(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'X received on Friday in Prishtina the EU envoy Y, the US envoy Z and ...'."""
    return [m for a in shifted_objects(verb)
            for m in mentions.in_span(verb.doc[a.left_edge.i:a.right_edge.i + 1])
            if m.kind == ActorKind.person]


def stray_name_of_object(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'X met the leader of the For the Future of Montenegro alliance, Andrija Mandic, in
    Podgorica', 'the Commander of KFOR, General Y, in Brussels': a long title object names no
    one (its body at most), and its name, set off by commas, hangs on the verb."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and titled(c)]
    if len(objects) != 1 or any(m.kind == ActorKind.person or m.root == objects[0].i
                                for m in actors_at(objects[0], mentions)):
        return []  # 'the Commander of KFOR, General X': the body of a title is no one named
    return [m for m in mentions.in_span(verb.sent) if m.kind == ActorKind.person
            and m.root > objects[0].i and verb.doc[m.root].head.i == verb.i
            and verb.doc[m.root].dep_ in {"npadvmod", "appos", "dep", "attr"}
            and verb.doc[m.root].left_edge.nbor(-1).text == ","]


def modified_object(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'Trump hosted President Vucic and Prime Minister Hoti' parsed with 'hosted' as an
    adjective of 'Vucic' (and Trump its subject): the noun it modifies is its object."""
    noun = verb.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # 'President' -> 'Vucic'
    if verb.dep_ != "amod" or verb.head.i < verb.i or noun.pos_ != "PROPN" \
            or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    own = {t.i for t in verb.subtree}
    return [m for m in actors_at(noun, mentions) if m.root not in own]




ADJUNCT_PREPS = event_cues().event_misparses.adjunct_preps
CONTACT_VERBS = event_cues().event_misparses.contact_verbs
SPEAKING = event_cues().event_misparses.speaking


def rehang_report_adjuncts(sent: Span) -> None:
    """'Vucic confirmed that Xi will visit Serbia in May, after meeting Ambassador Li': an
    'after meeting ...' phrase set off by a comma at the end of a reported clause belongs to
    the reporting verb (whose subject met Li, on its day), not to the reported verb."""
    for token in sent:  # one pass, the cheap tests first: most tokens are neither
        if token.dep_ == "prep" and token.lower_ in ADJUNCT_PREPS:
            rehang_adjunct(token)
        elif token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_ in SPEAKING:
            rehang_speaking(token)
        elif token.dep_ == "ccomp" and token.head.lemma_ in REPORTING:
            object_as_subject(token)


def object_as_subject(verb: Token) -> None:
    """'X said his meeting with Y, first planned for May, had been moved to June': the parser
    takes 'his meeting' for the object of 'said' and leaves 'had been moved' without a subject."""
    if verb.head.lemma_ in ADDRESSING or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"}
                                             for c in verb.children):
        return
    auxiliaries = {c.dep_ for c in verb.children if c.i < verb.i} & {"aux", "auxpass"}
    said = next((c for c in verb.head.children if c.dep_ == "dobj"
                 and verb.head.i < c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}), None)
    if said is not None and auxiliaries:
        said.head, said.dep_ = verb, "nsubjpass" if "auxpass" in auxiliaries else "nsubj"


def rehang_adjunct(prep: Token) -> None:
    verb = prep.head
    if prep.i <= verb.i or prep.nbor(-1).text != "," or verb.dep_ != "ccomp" \
            or verb.head.lemma_ not in REPORTING | {"confirm", "announce"}:
        return
    if any(c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_ in CONTACT_VERBS
           for c in prep.children):
        prep.head = verb.head


def rehang_speaking(participle: Token) -> None:
    verb = participle.head
    if participle.i > verb.i and participle.nbor(-1).text == "," and verb.dep_ == "ccomp" \
            and verb.head.lemma_ in REPORTING:
        participle.head = verb.head  # 'said X would Y, speaking after meeting Z': the sayer's
