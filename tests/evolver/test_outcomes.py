"""The evidence rules of closing the loop: a lesson that keeps preceding failures, a skill version
that does clearly worse — each needing enough distinct users, and none that one user alone carries."""

from __future__ import annotations

from skillhive.evolver.outcomes import keeps_failing, regression

RULE = {"min_uses": 5, "max_success_rate": 0.25}


def test_a_lesson_failing_for_one_user_of_a_team_is_kept() -> None:
    assert not keeps_failing({"mallory": (30, 0)}, min_users=2, **RULE)


def test_a_lesson_failing_for_two_users_each_with_enough_runs_is_retired() -> None:
    assert keeps_failing({"carol": (5, 1), "mallory": (6, 0)}, min_users=2, **RULE)


def test_a_verdict_that_one_users_runs_carry_is_not_enough() -> None:
    # Without mallory's 30 failures, carol's 4 runs are too few to say anything.
    assert not keeps_failing({"carol": (4, 0), "mallory": (30, 0)}, min_users=2, **RULE)
    assert not keeps_failing({"carol": (10, 8), "mallory": (30, 0)}, min_users=2, **RULE)


def test_in_a_hive_of_one_user_their_own_runs_retire_a_lesson() -> None:
    assert keeps_failing({"me": (6, 1)}, min_users=1, **RULE)
    assert not keeps_failing({"me": (6, 3)}, min_users=1, **RULE)


def test_in_a_hive_of_one_user_a_clear_regression_is_found_from_their_own_outcomes() -> None:
    found = regression("old", "new", {"me": (20, 18)}, {"me": (20, 6)}, min_users=1)
    assert found is not None and (found.old_users, found.new_users) == (1, 1)
    assert regression("old", "new", {"me": (20, 18)}, {"me": (20, 6)}, min_users=2) is None


def test_one_users_many_successes_weigh_as_one_user_against_a_lesson_failing_for_the_rest() -> None:
    failing = {user: (5, 0) for user in ("carol", "dave", "erin", "frank")}
    assert keeps_failing({**failing, "mallory": (40, 40)}, min_users=2, **RULE)


def test_one_users_many_successes_on_a_worse_version_do_not_hide_its_regression() -> None:
    old = {user: (4, 4) for user in ("alice", "bob", "carol", "dave")}
    new = {**{user: (4, 0) for user in old}, "mallory": (100, 100)}  # counted per report: 100 of 116
    found = regression("old", "new", old, new, min_users=2)
    assert found is not None and found.new_rate == 0.2 and found.new_uses == 116
