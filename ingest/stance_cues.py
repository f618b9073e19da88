"""The stance cue lexicon (ingest/data/stance_cues.yaml), validated on load."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from ingest.data_file import load_validated

DATA = Path(__file__).resolve().parent / "data" / "stance_cues.yaml"


class StanceCues(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    support_verbs: frozenset[str]
    oppose_verbs: frozenset[str]
    urge_verbs: frozenset[str]
    call_for_verbs: frozenset[str]
    applying_verbs: frozenset[str]
    sustain_verbs: frozenset[str]
    meeting_verbs: frozenset[str]
    threat_nouns: frozenset[str]
    backing_objects: frozenset[str]
    permitting_verbs: frozenset[str]
    blocking_verbs: frozenset[str]
    accountability_adjectives: frozenset[str]
    being_verbs: frozenset[str]
    posing_verbs: frozenset[str]
    end_verbs: frozenset[str]
    help_verbs: frozenset[str]
    thank_verbs: frozenset[str]
    agree_verbs: frozenset[str]
    support_nouns: frozenset[str]
    oppose_nouns: frozenset[str]
    end_nouns: frozenset[str]
    ending_nouns: frozenset[str]
    gratitude: frozenset[str]
    partner_nouns: frozenset[str]
    relation_nouns: frozenset[str]
    positive_relation_modifiers: frozenset[str]
    relation_verbs: frozenset[str]
    position_nouns: frozenset[str]
    position_modifiers: frozenset[str]
    wish_verbs: frozenset[str]
    wish_objects: frozenset[str]
    affirming_predicates: frozenset[str]
    denying_predicates: frozenset[str]
    violation_verbs: frozenset[str]
    negating_governors: frozenset[str]
    backshifting_verbs: frozenset[str]
    request_governors: frozenset[str]
    expressing_verbs: frozenset[str]
    readout_passive_verbs: frozenset[str]
    plural_anaphors: frozenset[str]
    sanction_verbs: frozenset[str]
    sanctioning_verbs: frozenset[str]
    easing_verbs: frozenset[str]
    acting_verbs: frozenset[str]
    appreciating_verbs: frozenset[str]
    countermeasure_nouns: frozenset[str]
    sanction_nouns: frozenset[str]
    sanction_measure_modifiers: frozenset[str]
    statehood_nouns: frozenset[str]
    note_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    way_nouns: frozenset[str]
    document_nouns: frozenset[str]
    protest_documents: frozenset[str]
    delivering_verbs: frozenset[str]
    envoy_nouns: frozenset[str]
    contested_statehood_modifiers: tuple[str, ...]
    violated_objects: frozenset[str]
    violation_nouns: frozenset[str]
    asking_governors: frozenset[str]
    discussion_verbs: frozenset[str]
    relation_expressing: frozenset[str]
    sustain_topics: frozenset[str]
    endorsed_documents: frozenset[str]
    blame_verbs: frozenset[str]
    blame_nouns: frozenset[str]
    recognition_nouns: frozenset[str]
    withdrawal_verbs: frozenset[str]
    withdrawal_nouns: frozenset[str]
    membership_nouns: frozenset[str]
    harm_nouns: frozenset[str]
    agreement_nouns: frozenset[str]
    goal_nouns: frozenset[str]
    contribution_nouns: frozenset[str]
    destabilising_verbs: frozenset[str]
    application_nouns: frozenset[str]
    commitment_nouns: frozenset[str]
    view_nouns: frozenset[str]
    shared_view_modifiers: frozenset[str]
    warned_consequences: frozenset[str]
    consequence_verbs: frozenset[str]
    coincide_verbs: frozenset[str]
    concern_nouns: frozenset[str]
    concern_topics: frozenset[str]
    opinion_verbs: frozenset[str]
    trade_modifiers: frozenset[str]
    merit_nouns: frozenset[str]
    sympathy_nouns: frozenset[str]
    satisfaction_adjectives: frozenset[str]
    hope_nouns: frozenset[str]
    worsening_words: frozenset[str]
    wrongful_adverbs: frozenset[str]
    wronging_verbs: frozenset[str]
    exchange_nouns: frozenset[str]
    joint_work_words: frozenset[str]
    opening_nouns: frozenset[str]
    harm_verbs: frozenset[str]
    assessment_nouns: frozenset[str]
    positive_assessments: frozenset[str]
    approving_verbs: frozenset[str]
    approved_objects: frozenset[str]
    good_predicates: frozenset[str]
    standing_preps: frozenset[str]
    adherence_words: frozenset[str]
    compliance_nouns: frozenset[str]
    course_nouns: frozenset[str]
    abandon_verbs: frozenset[str]
    act_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    organisation_anaphors: dict[str, list[str]]
    others_choice_topics: frozenset[str]
    basis_nouns: frozenset[str]
    denying_nouns: frozenset[str]
    concern_adjectives: frozenset[str]
    aspiring_verbs: frozenset[str]
    proposal_nouns: frozenset[str]
    kin_nouns: frozenset[str]
    reliance_verbs: frozenset[str]
    hearsay_subjects: frozenset[str]
    joining_verbs: frozenset[str]
    refused_when_negated: frozenset[str]

    @field_validator("*", mode="before")
    @classmethod
    def lower_case_words(cls, words: list[str] | dict[str, list[str]]):
        if isinstance(words, dict):  # word -> actor ids
            return {cls.lower_case_words([k])[0]: cls.lower_case_words(v)
                    for k, v in words.items()} if words else cls.lower_case_words([])
        if not words or any(not isinstance(w, str) or not w.strip() for w in words):
            raise ValueError("a cue list must hold non-empty words")
        return [w.strip().lower() for w in words]

    @property
    def verb_cues(self) -> frozenset[str]:
        """Verbs that take a stance by themselves (not through a complement)."""
        return self.support_verbs | self.oppose_verbs | self.urge_verbs


@lru_cache
def cues() -> StanceCues:
    return load_validated(DATA, StanceCues)
