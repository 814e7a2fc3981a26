"""Keyword scores: content words only, calibrated 0..1, length-blind, counted per team."""

from __future__ import annotations

from backends import both
from skillhive.models import Caller, Outcome, OutcomeStatus, Step, TrajectoryIn
from skillhive.store.ledger import Ledger
from skillhive.store.lexical import KeywordSearch, terms
from skillhive.usecases.experience import stored_row

pytestmark = both


def _store(ledger: Ledger, team: str, tasks: list[str], steps: list[list[Step]] | None = None) -> list[str]:
    caller = Caller(user="u", team=team)
    rows = [
        stored_row(
            caller,
            TrajectoryIn(task=t, steps=(steps[i] if steps else []), outcome=Outcome(status=OutcomeStatus.SUCCESS)),
        )
        for i, t in enumerate(tasks)
    ]
    return [stored.id for stored in ledger.insert_trajectories(rows)]


def test_terms_keep_content_words_without_syntax_or_diacritics() -> None:
    assert terms('the "pytest" NEAR(x) -- error: AND OR') == ["pytest", "near", "error"]
    assert terms("Café déjà vu") == ["cafe", "deja", "vu"]
    assert terms("?? !! a") == []


def test_a_document_holding_every_query_word_alone_scores_near_one(ledger: Ledger) -> None:
    ids = _store(ledger, "t", ["rotate the nginx logs"] + [f"deploy service {n}" for n in range(50)])
    hits = KeywordSearch(ledger, "trajectory").search("t", "nginx rotate logs", 10)
    assert hits[0].id == ids[0]
    assert hits[0].score > 0.75
    assert set(hits[0].words) == {"nginx", "rotate", "logs"}


def test_words_in_too_many_documents_are_not_searched_but_still_weigh(ledger: Ledger) -> None:
    tasks = [f"deploy service {n}" + (" with kubernetes" if n % 10 == 0 else "") for n in range(100)]
    _store(ledger, "t", tasks)
    search = KeywordSearch(ledger, "trajectory", max_share=0.2, min_docs=1)
    hits = search.search("t", "deploy the service with kubernetes", 50)
    assert len(hits) == 10 and all(h.words == ("kubernetes",) for h in hits)
    assert all(h.score < 0.5 for h in hits)  # "deploy" and "service" carry weight the hits do not cover
    assert search.search("t", "deploy service", 50) == []  # nothing rare enough: meaning alone decides


def test_a_long_run_repeating_common_words_does_not_outscore_a_short_precise_one(ledger: Ledger) -> None:
    chatter = [Step(thought="agent change flight economy " * 40, observation="change economy agent flight " * 40)]
    ids = _store(
        ledger,
        "t",
        ["change the economy flight of reservation HXDUBJ", "talk to the agent"] + [f"filler {n}" for n in range(20)],
        steps=[[], chatter] + [[] for _ in range(20)],
    )
    hits = KeywordSearch(ledger, "trajectory").search("t", "change economy flight HXDUBJ with the agent", 5)
    assert hits[0].id == ids[0]


def test_another_teams_runs_change_nothing_in_my_scores(ledger: Ledger) -> None:
    mine = _store(ledger, "mine", ["renew the tls certificate", "restart the web server"])
    before = KeywordSearch(ledger, "trajectory", min_docs=1).search("mine", "renew tls certificate", 5)
    _store(ledger, "other", [f"renew the tls certificate of host {n}" for n in range(300)])
    after = KeywordSearch(ledger, "trajectory", min_docs=1).search("mine", "renew tls certificate", 5)
    assert [h.id for h in after] == [h.id for h in before] == [mine[0]]
    assert [h.score for h in after] == [h.score for h in before]


def test_another_teams_use_of_a_word_my_team_lacks_changes_nothing_in_my_scores(ledger: Ledger) -> None:
    mine = _store(ledger, "mine", ["renew the tls certificate", "restart the web server", "rotate logs", "prune"])
    before = KeywordSearch(ledger, "trajectory", min_docs=1).search("mine", "renew tls kubernetes", 5)
    _store(ledger, "other", [f"upgrade kubernetes on host {n}" for n in range(300)])
    after = KeywordSearch(ledger, "trajectory", min_docs=1).search("mine", "renew tls kubernetes", 5)
    assert [h.id for h in after] == [h.id for h in before] == [mine[0]]
    assert [h.score for h in after] == [h.score for h in before]


def test_scores_stay_within_0_and_1_when_another_writer_grows_the_team_after_its_total_was_counted(
    ledger: Ledger,
) -> None:
    _store(ledger, "t", ["renew the tls certificate", "restart the web server"])
    search = KeywordSearch(ledger, "trajectory")
    search.search("t", "kubernetes", 5)  # the team's total (2) is now cached for a minute
    _store(ledger, "t", [f"upgrade kubernetes on host {n}" for n in range(150)])  # as another process would
    for query in ("kubernetes", "kubernetes qqq1 qqq2 qqq3 qqq4", "upgrade kubernetes host zzz yyy xxx www"):
        hits = search.search("t", query, 200)
        assert hits and all(0.0 <= h.score <= 1.0 for h in hits), (query, [h.score for h in hits[:3]])


def test_in_a_team_of_a_few_runs_two_ordinary_words_score_well_below_one(ledger: Ledger) -> None:
    _store(ledger, "t", ["fix the failing build", "fix the failing deploy"] + [f"rotate log {n}" for n in range(6)])
    hits = KeywordSearch(ledger, "trajectory").search("t", "fix failing", 5)
    assert len(hits) == 2 and all(h.score < 0.6 for h in hits)
