"""What a stance verb's object names: the actor an act belongs to ('condemned the new U.S.
weapons deliveries', 'voiced concern about the Russian forces massed near the border',
'objected to the US decision to close the consulate' oppose the actor that acts), the
antecedent of a relative object ('X, which Y does not recognise'), a lost passive subject."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.dictionary import fold, load_dictionary
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind
from ingest.stance_actors import actors_of, owner
from ingest.stance_base import actors_in, first_child, object_author, phrase, topic_for
from ingest.stance_cues import cues
from ingest.stance_statehood import contested_entity
from ingest.syntax import RELATIVE_PRONOUNS, antecedent_actors

MODIFIERS = {"compound", "amod", "nmod"}
OBJECT_PREPS = cues().object_preps
# Objects of an oppose verb given by a preposition: 'objected to X', 'protested against X'.
OPPOSED_PREPS = cues().opposed_preps
STEM_LETTERS = 5  # a verb's stem shorter than this names too many nouns
SHORT_STEM_LETTERS = 3  # ... unless the noun is the stem and a suffix of acts
ACT_SUFFIXES = {"ure", "al", "ion", "ation", "ment"}
LOOK_BACK = 1500  # tokens searched for an act's earlier mention
DEFINITE = {"the", "that", "this"}  # "the declaration", "that declaration"


def demonym_state(token: Token) -> Mention | None:
    """'Russian' in 'Russian forces': the state, as a mention of the adjective; 'North
    Korean' is read whole ('Korean' alone would be South Korea)."""
    demonyms, doc = load_dictionary().demonyms, token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.is_title and before.dep_ in {"amod", "compound"}:
        state = demonyms.get(fold(f"{before.text} {token.text}"))  # None: an unknown compound
    else:
        state = demonyms.get(fold(token.text))
    if state is None:
        return None
    return Mention(token.idx, token.idx + len(token), token.i, state, ActorKind.country,
                   "demonym", token.text)


def modifier_actors(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """Actors named in the modifiers before an act noun: 'the new U.S. weapons deliveries'."""
    found = []
    for token in (t for t in noun.subtree if t.i < noun.i and t.dep_ in MODIFIERS):
        mention = mentions.at_token(token.i) or demonym_state(token)
        if mention is not None and mention.kind != ActorKind.media:
            found.append(mention)
    return found


def act_owner(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """The possessor or author of what a noun names, else, for an act noun ('decision',
    'forces', 'deliveries'), the actor its modifiers name."""
    found = owner(noun, mentions) or object_author(noun, mentions)
    if not found and {noun.lemma_.lower(), noun.lower_} & (cues().act_nouns | cues().agent_nouns):
        found = modifier_actors(noun, mentions)
    if not found and {noun.lemma_.lower(), noun.lower_} & (cues().act_nouns | cues().position_nouns):
        found = author_named_after(noun, mentions)
    if not found and noun.lemma_.lower() in cues().harm_nouns | cues().agreement_nouns:
        # "the arrest of X by Y", "the agreement on the annex reached by Y and Z": the
        # parser hangs the author on the inner noun
        found = next((f for t in noun.subtree if t.dep_ == "pobj"
                      and (f := object_author(t, mentions))), [])
    for body in [noun] + [c for c in noun.children if c.dep_ == "poss"]:
        if not found and {body.lemma_.lower(), body.lower_} & cues().agent_nouns:
            of = next((p for p in body.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            found = modifier_actors(body, mentions) or (  # "the Kosovo government's move", "the
                actors_in(phrase(of), mentions) if of is not None else [])  # Government of Kosovo"
    return found


def author_named_after(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'the decision of Bulgaria', 'the position of the Serbian leadership' (not the victim of
    'the invasion of X')."""
    of = first_child(noun, {"prep"}, {"of"})
    author = first_child(of, {"pobj"}) if of is not None else None
    if author is None or noun.lemma_.lower() in cues().harm_nouns:
        return []
    return actors_of(author, mentions) or modifier_actors(author, mentions)


def opposed_object(verb: Token) -> Token | None:
    """'objected to the decision', 'protested against the measure': the act opposed."""
    if verb.lemma_.lower() not in cues().oppose_verbs or any(
            c.dep_ == "dobj" for c in verb.children):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in OPPOSED_PREPS]
    for prep in sorted(preps, key=lambda c: c.lower_ == "to"):  # "protested to X over Y": Y
        return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None


def object_actor(verb: Token, mentions: ArticleMentions) -> tuple[Mention | None, Token | None]:
    """The actor a verb's object names (possessor first: "Serbia's position", then the
    author: "a proposal by X")."""
    opposed = opposed_object(verb) or misread_possessor(verb) or whose_object(verb)
    for child in [opposed] if opposed is not None else verb.children:  # "objected to X's decision"
        if child.dep_ in {"dobj", "nsubjpass"} or child is opposed:
            clause = whose_clause(child, verb)
            if clause is not None:  # "X, whose declaration Y does not recognise": X
                found = sorted((m for m in antecedent_actors(clause.head, mentions)
                                if m.root < child.i), key=lambda m: m.root)[-1:]
                return (found[0] if found else None), child
            parts = coordinated(child)
            found = next((f for f in (act_owner(p, mentions) for p in parts) if f), [])
            found = found or actors_of(child, mentions)
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                found = sorted((m for m in antecedent_actors(verb.head, mentions)
                                if m.root < child.i), key=lambda m: m.root)[-1:]
                # "X, which Y does not recognise": the nearest antecedent
            elif child.lower_ == "which" and verb.dep_ == "ccomp" and (
                    verb.head.i < child.i and child.doc[child.i - 1].text == ","):
                found = [m for s in verb.head.children if s.dep_ == "nsubj"
                         for m in actors_of(s, mentions)]
                # "X declared independence, which Y does not recognise": the clause's actor
            victims = child.lemma_.lower() in cues().harm_nouns  # "the invasion of X": X suffered it
            for prep in (c for p in parts for c in p.children
                         if c.lower_ in OBJECT_PREPS and not victims):
                found = found or actors_in(phrase(prep), mentions)
            found = found or earlier_author(child, mentions)  # "X declared ...; Y rejects the declaration"
            found = found or contested_entity(child, mentions)  # "the so-called independence"
            found = found or declared_state(child, mentions)  # "X declared independence. Y rejects it"
            return (found[0] if found else None), child
    return None, None


def whose_object(verb: Token) -> Token | None:
    """'X, whose declaration of independence Y does not recognise': the noun 'whose' owns,
    parsed as a second subject of the relative clause, is its object."""
    if verb.dep_ not in {"relcl", "appos"} or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and whose(c)),
                None)


def whose(noun: Token) -> bool:
    return any(p.dep_ == "poss" and p.lower_ == "whose" for p in noun.children)


def deferred_party(obj: Token, mentions: ArticleMentions) -> list[Mention]:
    """'any solution acceptable to X', 'any deal that X accepts / considers acceptable': X,
    the party whose consent the backing defers to."""
    found = consenting_parties(obj, mentions)
    return found if len({m.actor_id for m in found}) == 1 else []  # "acceptable to both X
    # and Y": even-handed, no side backed


def consenting_parties(obj: Token, mentions: ArticleMentions) -> list[Mention]:
    lexicon = cues()
    if obj.lemma_.lower() not in lexicon.outcome_nouns:
        return []
    for child in obj.children:
        words = [child, *child.children] if child.dep_ in {"amod", "relcl"} else []
        for word in (w for w in words if w.lemma_.lower() == "acceptable"):
            to = first_to(word)
            found = actors_in(phrase(to), mentions) if to is not None else []
            if found:
                return found
        if child.dep_ == "relcl" and child.lemma_.lower() in lexicon.consenting_verbs and not any(
                c.dep_ == "neg" for c in child.children):
            found = [m for c in child.children if c.dep_ == "nsubj" and c.lower_ not in
                     RELATIVE_PRONOUNS for t in (c, *c.conjuncts) for m in actors_of(t, mentions)]
            if found:
                return found
    return []


def first_to(word: Token) -> Token | None:
    return next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "to"), None)


def whose_clause(obj: Token, verb: Token) -> Token | None:
    """The relative clause whose object is owned by 'whose' ('X, whose independence Y
    refuses to recognise'): the verb itself or the relative verb governing it."""
    if not whose(obj):
        return None
    return next((v for v in (verb, *verb.ancestors) if v.dep_ in {"relcl", "appos"}), None)


def declared_state(pronoun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'X declared independence in 2008. Y does not recognise it': 'it' is what X declared,
    told in the sentence before or earlier in its own."""
    if pronoun.lower_ not in {"it", "this"}:
        return []
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for verb in reversed(pronoun.doc[start:pronoun.i]):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in {"declare", "proclaim"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in cues().statehood_nouns for c in verb.children):
            return [m for c in verb.children if c.dep_ == "nsubj"
                    for m in actors_in(phrase(c), mentions)][-1:]
    return []


def misread_possessor(verb: Token) -> Token | None:
    """"recognise Kosovo's unilaterally declared independence", parsed as a clause 'Kosovo
    has unilaterally declared ...': its 'subject' is the possessor of the object."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((s for c in verb.children if c.dep_ == "ccomp" for s in c.children
                 if s.dep_ == "nsubj" and possessive(s)), None)


def possessive(token: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in token.children)


def coordinated(noun: Token) -> list[Token]:
    """A noun and the nouns coordinated with it, whose owner or 'of' phrase it shares:
    'the sovereignty and territorial integrity of X', "X's sovereignty and territorial
    integrity" (parsed as a modifier of 'integrity')."""
    return [noun] + [c for c in noun.children if c.dep_ == "conj" and not any(
        g.dep_ in {"poss", "det"} for g in c.children) or (  # "officials and his coach": two
        c.dep_ == "nmod" and c.pos_ == "NOUN" and any(g.dep_ == "cc" for g in c.children))]


def passive_patient(verb: Token, holders: list[Mention], mentions: ArticleMentions
                    ) -> Mention | None:
    """'X's proposal ..., was rejected by Y' when the parser lost the passive subject."""
    held = {h.actor_id for h in holders}
    before = [m for m in actors_in(verb.sent, mentions) if m.root < verb.i
              and m.actor_id not in held]
    return before[0] if before else None


def earlier_author(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'... after X declared independence. Y calls the declaration illegal': a definite act
    noun with no owner of its own belongs to the subject of the verb that told the act, in
    the sentence before or its own."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return []
    sentence = noun.doc[noun.i].sent
    start = noun.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    harm = noun.lemma_.lower() in cues().harm_nouns
    for verb in reversed(noun.doc[start:noun.i]):
        if verb.pos_ == "VERB" and same_stem(noun.lemma_.lower(), verb.lemma_.lower()):
            found = [m for c in verb.children if c.dep_ == "nsubj"
                     for m in actors_in(phrase(c), mentions)]
            if found:
                return found[-1:]  # 'the Assembly of Kosovo declared': Kosovo
        if harm and verb.lemma_.lower() in cues().harm_nouns and owner(verb, mentions):
            return owner(verb, mentions)[:1]  # "Russia's war against Ukraine ... the invasion"
    if harm or noun.lemma_.lower() in cues().retold_act_nouns:
        return told_act(noun, mentions)
    return agreement_parties(noun, noun.doc[start:noun.i], mentions)


def told_act(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'the invasion' after 'the Russian invasion of Ukraine' / "Russia's invasion", 'the
    declaration' after 'the Kosovo declaration of independence' / 'its parliament declared
    independence', told earlier in the article: its author."""
    lemma = noun.lemma_.lower()
    family = cues().air_war_nouns if lemma in cues().air_war_nouns else {lemma}  # "the NATO
    # air strikes against Yugoslavia ... X called the bombing an aggression"
    for told in reversed(noun.doc[max(0, noun.i - LOOK_BACK):noun.doc[noun.i].sent.start]):
        found = []
        if told.lemma_.lower() in family and told.pos_ in {"NOUN", "PROPN"}:
            found = owner(told, mentions) or modifier_actors(told, mentions)
        elif told.pos_ == "VERB" and same_stem(lemma, told.lemma_.lower()):
            found = [m for c in told.children if c.dep_ == "nsubj"  # "its parliament declared"
                     for m in actors_of(c, mentions) or owner(c, mentions)]
        if found:
            return found[:1]
    return []


def agreement_parties(noun: Token, before, mentions: ArticleMentions) -> list[Mention]:
    """'X and Y reach an agreement ... Z welcomes the deal': the parties of the deal."""
    if noun.lemma_.lower() not in cues().agreement_nouns:
        return []
    for made in reversed(before):
        if made.lemma_.lower() in cues().agreement_nouns and made.dep_ == "dobj":
            found = [m for c in made.head.children if c.dep_ == "nsubj"
                     for m in actors_in(phrase(c), mentions)]
            if found:
                return found
    return []


def earlier_topic(noun: Token | None) -> str | None:
    """'... discussed the attack on Kosovo police. X condemned the attack', 'the first talks
    between Belgrade and Pristina ... X welcomed the talks': the topic of the act where it
    was told."""
    lexicon = cues()
    lemma = noun.lemma_.lower() if noun is not None else ""
    if noun is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or (
            lemma not in lexicon.harm_nouns | lexicon.act_nouns | lexicon.proposal_nouns
            | lexicon.agreement_nouns | lexicon.dialogue_nouns):
        return None
    # "signed an agreement on normalising relations ... welcomed the deal": one retells the other
    family = next((words for words in (lexicon.agreement_nouns, lexicon.dialogue_nouns)
                   if lemma in words), {lemma})
    for told in reversed(noun.doc[max(0, noun.i - LOOK_BACK):noun.sent.start]):
        if told.lemma_.lower() in family:
            topic = topic_for(phrase(told), told.sent, allow_sentence=False)
            if topic:
                return topic
    return None


def same_stem(noun: str, verb: str) -> bool:
    """'declaration' and 'declare', 'annexation' and 'annex', 'ban' and 'ban' ('decision' and
    'decide' not); a short stem only with a suffix that makes an act of it ('closure' and
    'close')."""
    if noun == verb:
        return True
    stem = verb[:-1] if verb.endswith("e") else verb
    if noun.startswith(stem) and noun[len(stem):] in ACT_SUFFIXES:
        return len(stem) >= SHORT_STEM_LETTERS  # 'closure' and 'close'
    return len(stem) >= STEM_LETTERS and noun.startswith(stem)
