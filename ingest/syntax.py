"""Dependency-tree helpers shared by the event and stance rules."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ingest.event_cues import event_cues
from ingest.mention_words import mention_words
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind

REPORTING = event_cues().syntax.reporting
CLAUSE_BOUNDARIES = {"ccomp", "parataxis"}
CLIMB_DEPS = {"pobj", "prep", "dobj", "xcomp", "acl", "advcl", "pcomp", "attr", "appos",
              "npadvmod", "conj", "oprd", "acomp", "relcl"}
SKIP_IN_PHRASE = {"prep", "relcl", "acl", "advcl", "ccomp", "punct", "cc", "poss"}
SUBJECTS = {"nsubj", "nsubjpass"}
DELEGATES = event_cues().syntax.delegates
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}


def conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


TITLE_WORDS = mention_words().titled_words


def titled(token: Token) -> bool:
    return token.lower_ in TITLE_WORDS or token.lemma_.lower() in TITLE_WORDS


def phrase_tokens(token: Token, in_title: bool = False) -> Iterator[Token]:
    """The token and its modifiers, without clauses, prepositions or possessors; but a
    title keeps its 'of', nested ones too ('President of the Republic of Kazakhstan N')."""
    yield token
    in_title = in_title or titled(token) or any(  # 'Secretary General of X'
        c.dep_ == "compound" and titled(c) for c in token.children)
    for child in token.children:
        if child.dep_ not in SKIP_IN_PHRASE:
            yield from phrase_tokens(child, in_title)
        elif child.dep_ == "prep" and child.lower_ in {"of", "without"} and in_title:  # portfolio
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    yield from phrase_tokens(grandchild, in_title)
        elif child.dep_ == "prep" and child.lower_ == "to" and in_title and not any(
                titled(t) for t in child.subtree):
            # 'Ambassador to Serbia Christopher Hill' parsed with the name inside 'to ...':
            # the holder's name, not the state he is sent to ('adviser to chief X': X's own)
            yield from (t for t in child.subtree if t.ent_type_ == "PERSON")
        elif child.dep_ == "prep" and child.lower_ == "for" and in_title:
            # 'Special Representative for the Dialogue Miroslav Lajcak': the name ends 'for ...'
            # ('Minister for Foreign Affairs of Croatia Gordan Grlic Radman': at its right edge)
            names = {n.i: n for p in child.children if p.dep_ == "pobj" for q in conjuncts(p)
                     for n in [q, *(a for a in q.children if a.dep_ == "appos")]
                     if n.ent_type_ == "PERSON"}
            if not names and child.right_edge.ent_type_ == "PERSON" and child.right_edge.pos_ == "PROPN":
                names[child.right_edge.i] = child.right_edge
            for name in names.values():
                yield from phrase_tokens(name, in_title)


def actors_at(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """Actor mentions that the noun phrase(s) headed by `token` (and its conjuncts) name."""
    found = []
    nearby = mentions.in_span(token.sent)  # a phrase never leaves its sentence
    for head in conjuncts(token):
        indices = {t.i for t in phrase_tokens(head)}
        indices |= stray_holder(head, indices, mentions)
        starts = [token.doc[i].idx for i in indices]
        found += [m for m in nearby if (m.root in indices or covers(m, starts))
                  and not modifier(m, token, mentions)]
    return unique(found)


def stray_holder(head: Token, indices: set[int], mentions: ArticleMentions) -> set[int]:
    """'the President of Kyrgyzstan, Kurmanbek Bakiyev' when the parser hangs the name on
    the verb: a person named right after a title's 'of X,' is the holder of that title."""
    if not indices or not (titled(head) or any(  # 'the head coach of X, N'
            c.dep_ == "compound" and titled(c) for c in head.children)):
        return set()
    after = max(indices) + 1
    doc = head.doc
    if after + 1 >= len(doc) or doc[after].text != "," or not any(
            doc[i].head.lower_ == "of" for i in indices):
        return set()
    start = doc[after + 1].idx
    person = next((m for m in mentions.in_span(head.sent) if m.start == start), None)
    if person is None or person.kind != ActorKind.person:
        return set()
    return {person.root}


def covers(mention: Mention, starts: list[int]) -> bool:
    """The mention's words include one of the phrase's (a name the parser split up)."""
    return any(mention.start <= start < mention.end for start in starts)


def unique(found: list[Mention]) -> list[Mention]:
    seen: set[int] = set()
    return [m for m in found if not (id(m) in seen or seen.add(id(m)))]


def modifier(mention: Mention, head: Token, mentions: ArticleMentions) -> bool:
    """'EU' in 'EU leaders' modifies a noun that is no actor: it names no participant."""
    token = head.doc[mention.root]
    if mention.via == "demonym" or token.dep_ not in {"compound", "amod", "nmod"}:
        return False
    if mention.kind == ActorKind.person and token.dep_ == "amod" and token.i + 1 < len(token.doc) \
            and token.nbor(1).lower_ in {"and", ","}:
        return False  # 'joined Orban and Austrian Chancellor X' misparsed: a name in a list
    if mention.kind == ActorKind.organisation and token.head.lemma_ in DELEGATES:
        return False  # 'the UN Security Council mission' speaks for the Council
    return mentions.at_token(token.head.i) is None


def possessor(token: Token, mentions: ArticleMentions) -> list[Mention]:
    return [m for c in token.children if c.dep_ == "poss" for m in actors_at(c, mentions)]


def subjects(verb: Token, mentions: ArticleMentions, phrase_actors=None) -> list[Mention]:
    """Actors in the subject of `verb`; a relative pronoun subject is followed to its noun.
    `phrase_actors` (default `actors_at`) reads a subject phrase, e.g. resolving anaphors."""
    read = phrase_actors or actors_at
    found = []
    for child in verb.children:
        if child.dep_ not in SUBJECTS:
            continue
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            found += antecedent_actors(verb.head, mentions)
        else:
            found += read(child, mentions) + named_in_apposition(child, mentions)
    return found


def named_in_apposition(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'the chief negotiators, A for Belgrade and B for Pristina,': every person of a plural
    noun's appositive list (the parser hangs B on Belgrade)."""
    if noun.tag_ != "NNS":
        return []
    inside = {t.i for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"
              for t in c.subtree}
    return [m for m in mentions.in_span(noun.sent) if m.kind == ActorKind.person
            and m.root in inside]


def antecedent_actors(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'Russia is a partner that supports ...': the actor that the noun describes."""
    direct = actors_at(noun, mentions)
    if direct:
        return direct
    node = noun
    while node.dep_ in {"pobj", "prep", "attr"} and node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return subjects(node, mentions)
    return []


def climb(token: Token) -> Iterator[tuple[str, Token]]:
    """Governors of `token` up to the clause boundary: (edge from below, governor)."""
    node = token
    while (node.dep_ in CLIMB_DEPS or infinitival_ccomp(node)) and node.head.i != node.i:
        edge, node = node.dep_, node.head
        yield edge, node


def infinitival_ccomp(token: Token) -> bool:
    """'expects Serbia to align with X', parsed as a clausal complement: a 'to' complement, as
    an xcomp would be."""
    return token.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def reporting_speaker(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """Who reports the clause of `token` ('..., Lavrov told reporters')."""
    node, misread = token, False
    while node.head.i != node.i:
        misread = misread or node.dep_ == "relcl" and any(  # "told reporters after the talks
            c.dep_ == "mark" and c.lower_ == "that" for c in node.children)  # that X ...": no relative
        edge, node = node.dep_, node.head
        if (edge in CLAUSE_BOUNDARIES or misread) and node.lemma_ in REPORTING:
            shared = node.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in node.children)
            return subjects(node.head if shared else node, mentions)  # "X met Y and said"
    return trailing_attribution(node, mentions)


def trailing_attribution(root: Token, mentions: ArticleMentions) -> list[Mention]:
    """'"We will not," he said', parsed with 'said' as a conjunct of the quotation's root."""
    for verb in (c for c in root.children if c.dep_ == "conj" and c.lemma_ in REPORTING):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.i > 0 and subject.doc[subject.i - 1].text in {'"', "”", "»"}:
            return subjects(verb, mentions)
    return []


FUTURE_OR_MODAL = {"will", "shall", "'ll", "wo", "would", "may", "might", "could"}


def has_future(token: Token) -> bool:
    """A future or modal auxiliary: what it governs has not (yet) happened ('will join X
    or impose Y': on Y through the verb it is joined to)."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_OR_MODAL for c in token.children):
        return True
    return token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"} and not any(
        c.dep_ in {"aux", "nsubj"} for c in token.children) and has_future(token.head)


def negated(token: Token) -> bool:
    """A 'not'/'never' on the token; 'neither X nor Y' on both; and 'did not X or Y' on Y."""
    if directly_negated(token) or any(c.dep_ == "preconj" and c.lower_ == "neither"
                                      for c in token.children):
        return True
    if token.dep_ != "conj":
        return False
    joined_by = {c.lower_ for c in token.head.children if c.dep_ == "cc"}
    return "nor" in joined_by or ("or" in joined_by and negated(token.head))


def directly_negated(token: Token) -> bool:
    return any(c.dep_ == "neg" and not no_denial(c) for c in token.children)


def no_denial(neg: Token) -> bool:
    """'We met not long ago', 'not so long ago', 'X not only met Y but ...': a 'not' that
    denies nothing."""
    after = neg.doc[neg.i + 1:neg.i + 4]
    return len(after) > 0 and (after[0].lower_ == "only" or after[0].lower_ in {"long", "so"}
                               and any(t.lower_ in {"ago", "before"} for t in after))


def shifted_objects(verb: Token) -> list[Token]:
    """'received on Friday in Prishtina the EU envoy Y': an object put after the time and
    place, which the parser hangs on the place name as an apposition."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    return [a for p in places for a in p.children if a.dep_ == "appos" and a.i > p.i
            and any(d.dep_ == "det" for d in a.children)]
