"""The fresh redaction corpus, written by a helper who had not seen the rules: the honest figure.

A secret counts as caught when its value no longer appears in the output. The aggregate test prints
the figures and holds the bar: at least 95% caught, no innocent text changed. Each innocent text is
a test of its own (a false positive shows by name); the few secrets allowed to stay readable are
named by the aggregate test's output rather than by failing tests.
"""

from __future__ import annotations

import pytest

from redaction_fresh_corpus import INNOCENT, SECRETS, Innocent, Secret
from skillhive.redact import redact_text

MIN_CAUGHT = 0.95


def _caught(case: Secret) -> bool:
    return case.secret not in redact_text(case.text)[0]


def test_the_fresh_corpus_is_large_enough_and_names_each_case_once() -> None:
    assert len(SECRETS) >= 100
    assert len(INNOCENT) >= 50
    ids = [case.id for case in SECRETS] + [case.id for case in INNOCENT]
    assert len(ids) == len(set(ids))
    for case in SECRETS:
        assert case.secret in case.text, case.id


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in INNOCENT])
def test_each_fresh_innocent_text_is_left_alone(case: Innocent) -> None:
    assert redact_text(case.text) == (case.text, 0)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in SECRETS])
def test_redacting_a_redacted_fresh_corpus_text_changes_nothing(case: Secret) -> None:
    once, _ = redact_text(case.text)
    assert redact_text(once) == (once, 0)


def test_the_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    missed = [case.id for case in SECRETS if not _caught(case)]
    changed = [case.id for case in INNOCENT if redact_text(case.text)[0] != case.text]
    caught = len(SECRETS) - len(missed)
    with capsys.disabled():
        print(f"\nfresh corpus: caught {caught}/{len(SECRETS)}, false positives {len(changed)}/{len(INNOCENT)}")
        for name in missed:
            print(f"  missed: {name}")
        for name in changed:
            print(f"  changed: {name}")
    assert caught / len(SECRETS) >= MIN_CAUGHT, f"missed: {missed}"
    assert not changed, f"innocent texts changed: {changed}"
