"""The per-doc sentence index the rules read `Token.sent` from, and the merge of many reports
of one meeting: same answers as spaCy's own walk, in time linear in the article."""

from __future__ import annotations

from ingest.nlp import annotate, sentences_indexed, span_text


def test_indexed_sentence_is_spacys_sentence(pipeline):
    text = ("The envoy arrived on Monday. She met the prime minister, who thanked her, "
            "and then flew on to Skopje! Would the talks resume? Nobody said.")
    doc = annotate(pipeline.nlp, ["A headline without a stop", text])
    plain = [(t.sent.start, t.sent.end) for t in doc]
    with sentences_indexed(doc):
        indexed = [(t.sent.start, t.sent.end) for t in doc]
        assert "sent" in doc.user_token_hooks
    assert indexed == plain
    assert len(set(plain)) >= 4
    assert "sent" not in doc.user_token_hooks  # the hook refers to the doc: not left behind


def test_repeated_meeting_merges_into_one_group(extract_text):
    """A story that repeats one dated meeting many times: one event (the merge keeps a digest
    of each group instead of comparing every member again)."""
    text = "Leaders meet\n\n" + "Edi Rama met Zoran Zaev in Ohrid on 3 March 2019. " * 60
    events = extract_text(text).events
    assert len(events) == 1
    assert len(events[0].evidence) == 60



def test_span_text_is_spacys_text(pipeline):
    doc = annotate(pipeline.nlp, ["Headline", "First one.  Two spaces before this one!",
                                  "Ends with a space "])
    spans = [*doc.sents, doc[1:4], doc[0:0], doc[len(doc) - 1:]]
    assert all(span_text(s) == s.text for s in spans)
