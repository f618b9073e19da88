"""What every stance rule shares: the candidate record, holders of a cue verb, topics of a
phrase, and the governors that turn a cue into a request or a hypothesis."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, Polarity
from ingest.nlp import span_text
from ingest.stance_actors import actors_of, clause_subjects, member_modifier, owner, voice
from ingest.stance_cues import cues
from ingest.stance_denials import conditioned, denied_implication, hearsay, reported_conjunct
from ingest.stance_pairs import readout_parties
from ingest.syntax import (
    RELATIVE_PRONOUNS,
    REPORTING,
    SUBJECTS,
    antecedent_actors,
    climb,
    reporting_speaker,
)
from ingest.topics import earlier_dialogue, glued_end, topics_in

HYPOTHETICAL_MARKERS = cues().hypothetical_markers
TEMPORAL_MARKERS = cues().temporal_markers  # a condition only with a present verb
SPONSORED = cues().sponsoring_participles
CONDITIONAL = {"would", "could", "might", "may"}
AUTHORING_VERBS = cues().authoring_verbs
POLITE = cues().polite_verbs  # "I would like to note that ..."
REQUESTS = cues().request_governors


@dataclass
class StanceCandidate:
    holder: Mention
    polarity: Polarity
    target: Mention | None
    topic: str | None
    sentence: Span
    cue: Token
    # relations: the parties, one of which becomes the target once the holder is settled
    parties: list[Mention] | None = None
    # "X is a friend of Y": (X's side, Y's side); the speaker's side holds the stance
    sides: tuple[list[Mention], list[Mention]] | None = None
    home: str | None = None  # the state a person holder stands for, once settled


def phrase(token: Token | None) -> Span | None:
    """The whole phrase a token heads, with the rest of a word the tokenizer split at a
    hyphen ('de' + '-' + 'escalate')."""
    return None if token is None else token.doc[token.left_edge.i:glued_end(token.right_edge)]


def topic_for(tokens: Span | None, sentence: Span, allow_sentence: bool) -> str | None:
    found = topics_in(tokens.text) if tokens is not None else []
    if not found and allow_sentence:
        found = topics_in(sentence.text)
    if not found and tokens is not None:
        found = earlier_dialogue(tokens)
    return found[0] if found else None


def clause_topic(verb: Token) -> str | None:
    """A topic named in the verb's predicate, not in its subject or a coordinated clause:
    'condemned the invasion but refused to join sanctions' gives each verb its own topic."""
    others = {t.i for c in verb.children if c.dep_ in SUBJECTS | {"conj"} for t in c.subtree}
    found = topics_in("".join(t.text_with_ws for t in verb.subtree if t.i not in others))
    return found[0] if found else None


def actors_in(span: Span | None, mentions: ArticleMentions) -> list[Mention]:
    if span is None:
        return []
    return [m for m in mentions.in_span(span) if m.kind != ActorKind.media
            and not sponsor(m, span.doc)]


def sponsor(mention: Mention, doc) -> bool:
    """'EU' in 'the EU-facilitated dialogue': who hosts the thing, not a party to it."""
    after = doc[mention.root + 1:mention.root + 3]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in SPONSORED


def governed_by(token: Token, words: frozenset[str] | set[str], siblings: bool = True) -> bool:
    """A governing word of the same clause chain; a coordinated or adverbial clause with a
    subject of its own stands alone ('refused X, though it condemned Y'); without `siblings`,
    'refuses X and has blocked Y' leaves 'blocked' to itself."""
    below = token
    for edge, node in climb(token):
        if edge in {"conj", "advcl"} and any(c.dep_ in SUBJECTS for c in below.children):
            return False
        if edge == "relcl" and any(c.dep_ in SUBJECTS and c.lower_ not in RELATIVE_PRONOUNS
                                   for c in below.children):
            return False  # "backs X over Y, whose independence Z does not recognise"
        if node.lemma_.lower() in words and (siblings or edge != "conj"):
            return True
        below = node
    return False


def own_conjunct(token: Token, words: frozenset[str] | set[str]) -> bool:
    """'X does not recognise Y and will continue to support Z': a conjunct with its own
    'will' is a predicate of its own, no longer governed by its sibling cue."""
    below = token
    for edge, node in climb(token):
        if edge == "conj":
            return any(c.tag_ == "MD" and c.lower_ in {"will", "shall", "'ll"}
                       for c in below.children) or finite_beside_a_request(below, node)
        if node.lemma_.lower() in words:
            return False
        below = node
    return False


def finite_beside_a_request(verb: Token, first: Token) -> bool:
    """'wants a partnership with Y and supports Y's bid': a finite verb coordinated with a
    verb of wanting or asking states a stance of its own ('asked to recognise and support'
    shares the request)."""
    return verb.tag_ in {"VBZ", "VBD", "VBP"} and first.tag_ in {"VBZ", "VBD", "VBP"} and (
        first.lemma_.lower() in REQUESTS) and any(c.dep_ == "dobj" for c in first.children)


def hypothetical(token: Token) -> bool:
    """A cue inside an 'if'/'whether' clause, under 'would'/'could', or in a question: no stance."""
    if span_text(token.sent).rstrip().rstrip("”\"'»").endswith("?") or hearsay(token):
        return True
    for node in [token, *token.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKERS and (
                c.lower_ not in TEMPORAL_MARKERS or node.tag_ in {"VBZ", "VBP", "VB"})
               for c in node.children):  # 'before Serbia recognises', not 'before Togo withdrew'
            return True
    clause = [token] + [node for edge, node in climb(token) if edge != "relcl"]
    told = next((i for i, node in enumerate(clause) if told_to_the_object(node)), None)
    clause = clause if told is None else clause[:told + 1]  # the reported clause only
    if denied_implication(token):
        return False  # "it did not mean that X would recognise Y": a stated refusal
    if (backshifted(clause[-1]) or reported_conjunct(clause)) and not conditioned(clause):
        return False  # "she said Serbia would never recognise X": a 'will' told in the past
    return any(c.dep_ == "aux" and c.lower_ in CONDITIONAL and node.lemma_.lower() not in POLITE
               for node in clause for c in node.children)


def backshifted(top: Token) -> bool:
    """A clause reported by a past-tense verb whose only modal is 'would'."""
    joined = {t.i for c in top.children if c.dep_ == "conj" for t in c.subtree}  # "and that Y could"
    modals = {c.lower_ for c in top.subtree if c.dep_ == "aux" and c.i not in joined} & CONDITIONAL
    misparsed = told_to_the_object(top)  # "assured his counterpart that X would ...", hung
    reporter = top.head.head if misparsed else top.head  # on the counterpart
    complement = top.dep_ == "ccomp" or misparsed
    past = reporter.tag_ == "VBD" or reporter.tag_ == "VBG" and reporter.head.tag_ == "VBD"
    if reporter.lemma_ in cues().pledging_verbs:  # "promised that Russia would defend X"
        subject = first_child(top, {"nsubj"})
        return (complement and past and modals == {"would"} and subject is not None
                and subject.pos_ != "PRON")  # not "vowed he would do his utmost"
    return (complement and past and reporter.lemma_ in REPORTING | cues().backshifting_verbs
            and modals == {"would"})  # "rejected it, telling them X would never ..."


def told_to_the_object(clause: Token) -> bool:
    """A 'that' clause the parser hung on the object of its reporting verb."""
    return clause.dep_ == "acl" and clause.head.dep_ == "dobj" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def has_subject(verb: Token) -> bool:
    nodes = [verb] + [node for _, node in climb(verb)]
    return any(c.dep_ in SUBJECTS for node in nodes for c in node.children)


def verb_holders(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """Who takes the stance a verb states: its agent or subject (or a governing verb's),
    the reporter of its clause, else the voice of a transcript."""
    agents = [c for c in verb.children if c.dep_ == "agent"]  # "backed by most voters": nobody named
    if agents:
        return [m for c in agents for p in c.children for m in actors_of(p, mentions)]
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() in cues().reliance_verbs:
        return relied_on(verb.head, mentions)  # "X relies on Y's veto to block Z": Y blocks
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in cues().document_nouns:
        passed = verb.head.head  # "X adopted a resolution declaring Y": X
        return object_author(verb.head, mentions) or (clause_subjects(passed, mentions) if (
            verb.head.dep_ == "dobj" and passed.lemma_.lower() in AUTHORING_VERBS) else [])
    if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        means = owner(verb.head, mentions)  # "Y's veto to block Z", "Y's refusal to join"
        if means:
            return means
    found = clause_subjects(verb, mentions)
    if not found and verb.dep_ == "pcomp" and verb.head.lower_ == "for" \
            and verb.head.head.lemma_.lower() in cues().thank_verbs:
        found = [m for c in verb.head.head.children if c.dep_ == "dobj"  # "thanked Y for
                 for m in actors_of(c, mentions)]  # supporting Z": Y supports Z
    if not found and subject_relative(verb):
        found = described_actors(verb.head, mentions)
        if not found and any(c.dep_ in SUBJECTS for c in verb.children):
            return []  # "states which ...": no one beyond them holds it
    for _, node in climb(verb):
        if found:
            break
        if node.pos_ in {"VERB", "AUX"}:
            found = clause_subjects(node, mentions)
            if not found and subject_relative(node):  # "X, one of the few who refused to ..."
                found = described_actors(node.head, mentions)
    if not found:
        found = [m for m in reporting_speaker(verb, mentions) if m.kind != ActorKind.media] or (
            readout_parties(verb, mentions))  # "The need to respect X was reaffirmed"
    if not found and not has_subject(verb):
        speaking = voice(verb.sent, mentions)
        found = [speaking] if speaking else []
    return found


def subject_relative(verb: Token) -> bool:
    """A relative clause whose antecedent is its subject: 'a leader who refused', not
    'a leader whom it backed'."""
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    return verb.dep_ == "relcl" and all(c.lower_ in RELATIVE_PRONOUNS for c in own)


def described_actors(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """The actor a relative clause describes: 'a partner that ...', and 'Vucic, one of the
    few leaders who ...' (the apposition's head)."""
    found = [m for m in antecedent_actors(noun, mentions) if not member_modifier(m, noun.doc)]
    node = noun  # (the members are not the body: "EU states which ...")
    while not found and node.dep_ in {"pobj", "prep"} and node.head.i != node.i:
        node = node.head
    if not found and node.dep_ == "appos":
        found = actors_of(node.head, mentions)
    return found


def relied_on(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """Whose means one relies on: 'relies on Moscow's veto' (Moscow), 'counts on Y' (Y)."""
    means = [p for c in verb.subtree if c.dep_ in {"prep", "conj"} and c.lower_ == "on"
             for p in c.children if p.dep_ == "pobj"]
    return [m for p in means for m in owner(p, mentions) or actors_of(p, mentions)][-1:]


def stances_of(holders: list[Mention], polarity: Polarity, target: Mention | None,
               topic: str | None, cue: Token) -> list[StanceCandidate]:
    """One candidate per holder; nobody takes a stance towards themselves."""
    if target is None and topic is None:
        return []
    return [StanceCandidate(h, polarity, target, topic, cue.sent, cue) for h in holders
            if target is None or h.actor_id != target.actor_id]


def first_child(token: Token, deps: set[str], words: set[str] | None = None) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps
                 and (words is None or c.lower_ in words)), None)


def predicate(verb: Token):
    """The verb and what follows it: 'keep the frontier region calm'."""
    return verb.doc[verb.i:verb.right_edge.i + 1]


def own_predicate(verb: Token):
    """The verb and what follows it up to a coordinated clause: 'calls the attacks
    unacceptable' in '... and tells both Belgrade and Pristina to step back'."""
    ends = [c.right_edge.i for c in verb.children
            if c.i > verb.i and c.dep_ not in {"conj", "cc", "punct"}]
    return verb.doc[verb.i:max(ends, default=verb.i) + 1]


def object_author(obj: Token, mentions: ArticleMentions) -> list[Mention]:
    """'supported a proposal by X', 'condemned the strikes by X on Y', 'the initiative
    advanced by X': the author of what the object names."""
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return [m for p in child.children if p.dep_ == "pobj" for m in actors_of(p, mentions)]
        if child.dep_ == "acl":
            return [m for a in child.children if a.dep_ == "agent"
                    for p in a.children if p.dep_ == "pobj" for m in actors_of(p, mentions)]
        if child.dep_ == "relcl" and child.lemma_.lower() in AUTHORING_VERBS:
            # "the efforts you are making", "the steps X has taken"
            return [m for s in child.children if s.dep_ == "nsubj" for m in actors_of(s, mentions)]
    return []
