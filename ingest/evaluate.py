"""Evaluation through the reference scorer (`../shared/tools/score.py`), never our own matching.

`srk eval` writes the `srk extract --json` lines to a file, runs the scorer on it and
parses the scorer's JSON, so our figures are the scorer's figures by construction.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = CHECKOUT.parent / "shared" / "tools" / "score.py"
SCORES = ("events", "stances", "persons")
ACCURACIES = {"status": "status", "place": "place", "kosovo": "kosovo", "date_exact": "date"}


class ScorerError(RuntimeError):
    """The scorer is missing, failed, or printed something we cannot read."""


def scorer_json(output: str) -> dict:
    """The JSON object the scorer prints after its optional --verbose lines."""
    start = re.search(r"^\{", output, re.MULTILINE)
    if start is None:
        raise ScorerError("no JSON object in the scorer's output")
    try:
        return json.JSONDecoder().raw_decode(output, start.start())[0]
    except ValueError as exc:
        raise ScorerError(f"unreadable scorer output: {exc}") from exc


def run_scorer(scorer: Path, gold: Path, extraction: Path) -> dict:
    """Run the reference scorer on one JSON Lines extraction; its figures as a dict."""
    if not scorer.is_file():
        raise ScorerError(f"reference scorer not found: {scorer} (pass --scorer PATH)")
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(extraction)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ScorerError(f"scorer failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return scorer_json(done.stdout)


def figure(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_report(result: dict) -> str:
    """A compact table: P R F1 tp fp fn per family, then the attribute accuracies."""
    lines = [f"{'':9}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name in SCORES:
        s = result[name]
        lines.append(f"{name:9}{figure(s['precision']):>7}{figure(s['recall']):>7}"
                     f"{figure(s['f1']):>7}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
    accuracies = "  ".join(f"{label} {figure(result.get(key + '_accuracy'))}"
                           for key, label in ACCURACIES.items())
    lines.append(f"accuracy on matched events: {accuracies}")
    if result.get("articles_without_record"):
        lines.append(f"gold articles without an extraction: {result['articles_without_record']}")
    return "\n".join(lines)
