"""Which state 'it' stands for in a stance: the state that reports the clause ('Russia said
it would veto X'), else the state named last before it in its sentence; which organisation
'the alliance' or 'the bloc' stands for: the last one of its kind named before it; who 'we'
is in a quoted sentence that runs on; the members, not the body, in 'EU member states'."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.dictionary import fold, load_dictionary
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind
from ingest.stance_cues import cues
from ingest.syntax import REPORTING, SUBJECTS, actors_at, subjects

STATES = {ActorKind.country, ActorKind.organisation}
OPEN_QUOTES = "“«\""
INCLUDING = {"including", "like"}
MEMBER_NOUNS = {"member", "members", "state", "states", "country", "countries", "nation",
                "nations"}


def reporting_state(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """'Russia said it would veto X': 'it', subject of the reported clause, is the reporter."""
    clause = token.head
    if token.dep_ not in SUBJECTS or clause.dep_ != "ccomp":
        return []
    found = subjects(clause.head, mentions) or [
        m for c in clause.head.children if c.dep_ in SUBJECTS for m in state_body(c, mentions)]
    return [m for m in found if m.kind in STATES][-1:]  # the nearest


def state_body(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'the Serbian government', "Russia's foreign ministry": the state its modifier names."""
    if noun.lemma_.lower() not in cues().agent_nouns:
        return []
    demonyms = load_dictionary().demonyms
    for child in noun.children:
        if child.dep_ not in {"amod", "compound", "poss", "nmod"}:
            continue
        found = mentions.at_token(child.i)
        if found is not None and found.kind in STATES:
            return [found]
        state = demonyms.get(fold(child.text))
        if state is not None:
            return [Mention(child.idx, child.idx + len(child), child.i, state, ActorKind.country,
                            "demonym", child.text)]
    return []


def previous_state(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """'X remains a friend of Norway and will help it': the state named last before
    the pronoun in its sentence, other than a subject."""
    reporter = reporting_state(token, mentions)
    if reporter:
        return reporter
    before = [m for m in mentions.in_span(token.sent) if m.root < token.i
              and m.kind in STATES and token.doc[m.root].dep_ not in SUBJECTS]
    return before[-1:]


def organisation_anaphor(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """'NATO chief Stoltenberg said the alliance respects Serbia's neutrality': NATO."""
    kinds = cues().organisation_anaphors.get(token.lower_)
    if not kinds or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    before = [m for m in mentions.actors if m.root < token.i and m.actor_id in kinds]
    if not before:
        return []
    return [Mention(token.idx, token.idx + len(token), token.i, before[-1].actor_id,
                    before[-1].kind, "anaphor", token.text)]


def quote_run_on(token: Token, mentions: ArticleMentions) -> Mention | None:
    """'"X is firm," Putin said. "We will not support Y."': a quoted sentence right after one
    whose quotation a reporting verb attributes."""
    sentence = token.sent
    if sentence.start == 0 or sentence.text[:1] not in OPEN_QUOTES:
        return None
    previous = token.doc[sentence.start - 1].sent
    if previous.text[:1] not in OPEN_QUOTES:
        return None
    for verb in (t for t in previous if t.lemma_ in REPORTING):
        found = [m for m in subjects(verb, mentions) if m.kind != ActorKind.media]
        if found:
            return found[0]
    return None


def members_named(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'five EU member states, including Spain, ...': Spain."""
    return [m for noun in verb.children if noun.dep_ in SUBJECTS
            for p in noun.children if p.dep_ == "prep" and p.lower_ in INCLUDING
            for o in p.children if o.dep_ == "pobj" for m in actors_at(o, mentions)]


def member_modifier(mention: Mention, doc: Doc) -> bool:
    """'EU' in 'EU member states', 'NATO members', 'NATO countries'."""
    token = doc[mention.root]
    return (mention.kind == ActorKind.organisation and token.dep_ == "compound"
            and token.head.lemma_.lower() in MEMBER_NOUNS)
