"""Which state 'it' stands for in a stance: the state that reports the clause ('Russia said
it would veto X'), else the state named last before it in its sentence; which organisation
'the alliance' or 'the bloc' stands for: the last one of its kind named before it; who 'we'
is in a quoted sentence that runs on; the members, not the body, in 'EU member states'."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.dictionary import fold, load_dictionary
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind
from ingest.nlp import span_text, text_of
from ingest.stance_cues import cues
from ingest.syntax import RELATIVE_PRONOUNS, REPORTING, SUBJECTS, actors_at, subjects

STATES = {ActorKind.country, ActorKind.organisation}
OPEN_QUOTES = "“«\""
CLOSING = {'"', "”", "»"}
ADDRESSES = cues().address_nouns
INCLUDING = cues().including_words
MEMBER_NOUNS = cues().member_nouns


def reporting_state(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """'Russia said it would veto X': 'it', subject of the reported clause, is the reporter;
    'Serbia condemned X, but it refused Y', 'Z, though it backs W': the main clause's subject;
    'Serbia backs X, Vucic said, but it refused Y': the state whose stance the person reported;
    'our Serbian partners confirmed that they would not join Y': the states the subject names."""
    clause = token.head
    if token.dep_ not in SUBJECTS or clause.dep_ not in {"ccomp", "conj", "advcl"}:
        return []
    main = clause.head
    while main.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in main.children):
        main = main.head  # "X imports gas and has refused Y, though it ...": X
    found = subjects(main, mentions) or [
        m for c in main.children if c.dep_ in SUBJECTS for m in state_body(c, mentions)]
    if found and not any(m.kind in STATES for m in found):  # "Serbia backs X, Y said, but it"
        found = [m for c in main.children if c.dep_ == "ccomp" and c.i < main.i
                 for m in subjects(c, mentions)]
    states = [m for m in found if m.kind in STATES]
    return states if token.lower_ == "they" else states[-1:]  # 'it': the nearest


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
    the pronoun in its sentence, other than a subject or a noun's modifier."""
    reporter = reporting_state(token, mentions)
    if reporter:
        return reporter
    parallel = parallel_owner(token, mentions)
    if parallel:
        return parallel
    if token.lower_ == "it" and any(t.i < token.i and t.dep_ in {"nsubj", "nsubjpass", "dobj"}
                                    and t.lemma_.lower() in cues().proposal_nouns for t in token.sent):
        return []  # "X drafted a plan for Serbia and Kosovo, and Y backs it": the plan
    before = [m for m in mentions.in_span(token.sent) if m.root < token.i
              and m.kind in STATES and token.doc[m.root].dep_ not in SUBJECTS
              and not noun_modifier(m, token.doc)]
    return before[-1:]


def parallel_owner(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """"for Russia's position on Kosovo and for its support": 'its' owns the coordinated
    noun as the earlier possessor owns the first."""
    if token.dep_ != "poss":
        return []
    noun = token.head
    if noun.dep_ == "conj":
        first = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "conj" and noun.head.head.dep_ == "prep":
        first = noun.head.head  # "for X's position on Y and for its support" (the second
        # 'for' hung on 'on'): the nearest noun above with a possessor
        first = next((n for n in (first, *first.ancestors) if n.pos_ in {"NOUN", "PROPN"}
                      and any(c.dep_ == "poss" for c in n.children)), None)
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        first = noun.head.head  # "X's position on Y ... for its support", hung on 'position'
    else:
        return []
    possessor = next((c for c in first.children if c.dep_ == "poss"), None) if first is not None else None
    if possessor is None or possessor.pos_ == "PRON":
        return []
    found = mentions.at_token(possessor.i)
    return [found] if found is not None and found.kind in STATES else []


def noun_modifier(mention: Mention, doc: Doc) -> bool:
    """'as a NATO ally', 'the UN resolutions': a name that only qualifies another noun."""
    token = doc[mention.root]
    return token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"} and not (
        mention.start <= token.head.idx < mention.end)


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


def unlabelled_voice(token: Token, mentions: ArticleMentions) -> Mention | None:
    """Who speaks a sentence that no label or reporting verb of its own attributes: the
    source a quotation names in another sentence of its paragraph, else the author of the
    address, speech or statement the headline names."""
    return (earlier_attribution(token, mentions) or closing_attribution(token, mentions)
            or titled_author(token, mentions))


def titled_author(token: Token, mentions: ArticleMentions) -> Mention | None:
    """'Address by President X at the commemoration', 'Remarks by X': X, outside quotations."""
    headline = token.doc[0].sent
    if token.sent.start == headline.start or any(q in span_text(token.sent) for q in OPEN_QUOTES):
        return None
    by = next((t for t in headline if t.lower_ == "by" and t.head.lemma_.lower() in ADDRESSES), None)
    return next((m for m in mentions.in_span(headline) if by is not None and m.root > by.i
                 and m.kind == ActorKind.person), None)


def closing_attribution(token: Token, mentions: ArticleMentions) -> Mention | None:
    """'"X must answer for this. The culprits must face justice," said Y': a quotation that
    opens in this sentence and is attributed where it closes, later in its paragraph."""
    sentence, doc = token.sent, token.doc
    if sentence.text[:1] not in OPEN_QUOTES or any(q in sentence.text[1:] for q in CLOSING):
        return None
    while sentence.end < len(doc) and "\n\n" not in text_of(doc)[sentence.end_char:doc[sentence.end].idx]:
        sentence = doc[sentence.end].sent
        closing = next((t for t in sentence if t.text in CLOSING), None)
        if closing is not None:
            return next((m for t in sentence if t.i > closing.i and t.lemma_ in REPORTING
                         for m in subjects(t, mentions) if m.kind != ActorKind.media), None)
    return None


def earlier_attribution(token: Token, mentions: ArticleMentions) -> Mention | None:
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


def sent_envoy(noun: Token, found: list[Mention], mentions: ArticleMentions) -> list[Mention]:
    """"Russia's UN envoy (, X,)": the envoy speaks for Russia, not for the UN his title
    names."""
    if noun.lemma_.lower() not in cues().envoy_nouns:
        return found
    senders = [m for c in noun.children if c.dep_ == "poss" for m in actors_at(c, mentions)
               if m.kind == ActorKind.country]
    posts = {m.root for c in noun.children if c.dep_ == "compound" for m in actors_at(c, mentions)
             if m.kind == ActorKind.organisation}
    if not senders or not posts:
        return found
    kept = [m for m in found if m.root not in posts]
    return kept if any(m.kind == ActorKind.person for m in kept) else senders


def joining_antecedent(verb: Token) -> Token | None:
    """'the only country seeking to join the EU that has refused ...': the relative clause
    hangs on the body joined, but tells of the one that wants to join it."""
    body = verb.head
    if verb.dep_ != "relcl" or body.dep_ != "dobj" or (
            body.head.lemma_.lower() not in cues().joining_verbs) or not any(
            c.dep_ in SUBJECTS and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return None
    return next((a for a in body.head.ancestors if a.pos_ in {"NOUN", "PROPN"}), None)


def misread_subject(token: Token) -> bool:
    """"Kosovo's unilaterally declared independence" misread as 'Kosovo has declared': a
    possessor, not a subject."""
    return token.dep_ == "nsubj" and any(c.dep_ == "case" and c.lower_ in {"'s", "’s"}
                                         for c in token.children)
