"""Trigger verbs the small tagger takes for nouns or adjectives: 'Putin and Xi meet in
Moscow' (Wikipedia's present tense, 'meet' tagged NN), 'Orban phoned Vucic on Monday'
('phoned' tagged JJ, its subject hung on it as an adverb). The parse still gives the word a
subject or an object; a noun or adjective with one is the verb, and is retagged as such.
Also a list of subjects the parser scatters, and a lemma it gets wrong ('hoped' -> 'hop')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.event_cues import event_cues
from ingest.event_misparses import rehang_report_adjuncts

VERBS = event_cues().event_mistags.verbs
TITLE_PARTICIPLES = event_cues().event_mistags.title_participles
IRREGULAR = {"met": ("meet", "VBD")}
NOUNISH = {"NOUN", "PROPN", "ADJ"}


def verb_form(word: str) -> tuple[str, str] | None:
    """(lemma, tag) of a form of a trigger verb: 'meets' -> ('meet', 'VBZ')."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in VERBS:
        return word, "VBP"
    for ending, tag in (("s", "VBZ"), ("d", "VBD"), ("ed", "VBD")):
        if word.endswith(ending) and word[:-len(ending)] in VERBS:
            return word[:-len(ending)], tag
    return None


def stray_subject(token: Token) -> Token | None:
    """'Orban phoned Vucic' parsed with 'Orban' as a modifier of 'phoned': the name right
    before it (itself mistagged, so known by its capital)."""
    return next((c for c in token.lefts if c.dep_ in {"advmod", "amod", "nmod", "compound"}
                 and c.text[:1].isupper() and c.i == token.i - 1), None)


def acts_as_verb(token: Token) -> bool:
    if token.pos_ not in NOUNISH or any(c.dep_ in {"det", "poss"} for c in token.children):
        return False
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps or "dobj" in deps and stray_subject(token) is not None \
        or named_object(token) is not None and stray_subject(token) is not None


def named_object(token: Token) -> Token | None:
    """'Orban hosts Vucic in Budapest' (a headline) parsed as a noun with the name in
    apposition: the name after it, its object once it is read as the verb."""
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.i == token.i + 1), None) if token.dep_ == "ROOT" else None


def repair_trigger_verbs(sent: Span) -> None:
    rehang_report_adjuncts(sent)
    opening_meeting(sent)
    for token in sent:
        rehang_title_participle(token)
        face_to_face(token)
        then_as_conjunct(token)
        if token.lemma_ == "hop" and token.lower_.startswith(("hope", "hoping")):
            token.lemma_ = "hope"  # the lemmatizer's 'hoped' -> 'hop'
        first = stray_list_head(token) if token.pos_ == "VERB" else None
        if first is not None:
            first.dep_ = "nsubj"
        for middle in list_middles(token) if token.pos_ == "VERB" else []:
            middle.dep_ = "conj"
        form = verb_form(token.lower_) if token.pos_ in NOUNISH else None
        if form is None or not acts_as_verb(token):
            continue
        subject = stray_subject(token)
        if subject is not None and not any(c.dep_ == "nsubj" for c in token.children):
            subject.dep_ = "nsubj"
        named = named_object(token)
        if named is not None:
            named.dep_ = "dobj"
        token.lemma_, token.tag_ = form
        token.pos_ = "VERB"


def stray_list_head(verb: Token) -> Token | None:
    """'Vucic, Orban and Austrian Chancellor X met': the parser hangs the list's first name on
    the verb as an adverb and the rest on the last name; the first name is a subject too."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(t.lower_ == "and" for t in subject.subtree):
        return None
    return next((c for c in verb.lefts if c.dep_ in {"advmod", "npadvmod"} and c.tag_ == "NNP"
                 and c.i + 1 < subject.left_edge.i and c.nbor(1).text == ","), None)


def list_middles(verb: Token) -> list[Token]:
    """The names the parser hung as modifiers on the list's last name: 'Orban' in 'Vucic,
    Orban and Austrian Chancellor X met', 'Putin' in 'Putin, Lukashenko and Kazakh
    President X met'."""
    return [c for s in verb.children if s.dep_ == "nsubj" for c in s.subtree
            if c.i < s.i and c.dep_ == "nmod" and c.tag_ == "NNP"
            and any(t.lower_ == "and" or t.dep_ == "conj" for t in c.children)]


def rehang_title_participle(token: Token) -> None:
    """'X meets acting Prime Minister Y' parsed with 'acting' as a verb whose object is Y:
    the name is the object of 'meets', 'acting' a word of its title."""
    if token.lower_ not in TITLE_PARTICIPLES or token.dep_ not in {"xcomp", "advcl", "ccomp"} \
            or token.head.i != token.i - 1 or token.head.pos_ != "VERB":
        return
    name = next((c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if name is not None:
        name.head = token.head
        token.head, token.dep_ = name, "amod"


def then_as_conjunct(verb: Token) -> None:
    """'X met Y in Belgrade, then travelled to Pristina to meet Z': the parser leaves the
    second verb a bare 'dep' of the first; it is a conjunct sharing its subject."""
    if verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and verb.i > verb.head.i \
            and verb.i >= 2 and verb.nbor(-1).lower_ == "then" and verb.nbor(-2).text == "," \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb.dep_ = "conj"


def opening_meeting(sent: Span) -> None:
    """'Meeting Albin Kurti in Pristina on Tuesday, Borrell said ...': the tagger takes the
    opening participle for a word of the name; it is the verb of a clause on the sentence's
    verb, the name (and its place and day) its object, the sentence's subject its subject."""
    first, root = sent[0], sent.root
    if first.lower_ != "meeting" or first.dep_ != "compound" \
            or first.i + 1 >= sent.end or not first.nbor(1).text[:1].isupper():
        return
    name = first.head
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i > name.i), None)
    if name.head.i != root.i or name.pos_ != "PROPN" or subject is None \
            or not any(t.text == "," for t in sent.doc[name.i:subject.i]):
        return
    first.pos_, first.tag_, first.lemma_ = "VERB", "VBG", "meet"
    first.head, first.dep_ = root, "advcl"
    for prep in [c for c in name.children if c.dep_ == "prep"]:
        prep.head = first
    name.head, name.dep_ = first, "dobj"


def face_to_face(verb: Token) -> None:
    """'Kurti met Vucic face-to-face', parsed with the name as a modifier of 'face': the name
    is the verb's object, 'face-to-face' its manner."""
    if verb.pos_ != "VERB":
        return
    face = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "face"
                 and any(p.lower_ == "to" for p in c.children)), None)
    name = next((c for c in face.children if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN"),
                None) if face is not None else None
    if name is not None:
        name.head, name.dep_ = verb, "dobj"
        face.dep_ = "advmod"
