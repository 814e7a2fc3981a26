"""Lexical query planning: content words only, and the commonest words left out."""

from __future__ import annotations

from pathlib import Path

from skillhive.models import Caller, Outcome, OutcomeStatus, TrajectoryIn
from skillhive.store.ledger import Ledger
from skillhive.store.lexical import LexicalPlanner, match_expression, terms


def test_terms_keep_content_words_and_no_fts_syntax_survives_quoting() -> None:
    words = terms('the "pytest" NEAR(x) -- error: AND OR')
    assert words == ["pytest", "near", "error"]
    assert match_expression(words) == '"pytest" OR "near" OR "error"'
    assert match_expression(terms("?? !! a")) is None


def test_words_in_most_documents_are_left_out_of_the_query(tmp_path: Path) -> None:
    from skillhive.hive import Hive

    ledger = Ledger(tmp_path / "l.db")
    caller = Caller(user="u", team="t")
    rows = [
        Hive._row(
            caller,
            TrajectoryIn(
                task=f"deploy service {n}" + (" with kubernetes" if n % 10 == 0 else ""),
                outcome=Outcome(status=OutcomeStatus.SUCCESS),
            ),
        )
        for n in range(100)
    ]
    ledger.insert_trajectories(rows)
    planner = LexicalPlanner(ledger, max_share=0.2, min_docs=1)
    assert planner.expression("deploy the service with kubernetes") == '"kubernetes"'
    assert planner.expression("deploy service") is None  # nothing rare enough: dense search alone
    hits = ledger.lexical_trajectories("t", planner.expression("kubernetes deploy") or "", 50)
    assert len(hits) == 10
