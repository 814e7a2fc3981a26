"""Does a skill's current version do worse than the one before it? A test no single user can sway.

A raw comparison of success rates flags noise: 3 of 5 against 4 of 5 means nothing. The test asks
for enough uses of both versions and a drop unlikely under chance (one-sided two-proportion
z-test) — and, since outcomes are reported by members, that each side has outcomes from at least
`min_users` distinct users and that the verdict stands with any one user's outcomes left out.
Each user weighs as one user: a side's rate is the mean of its users' own rates, and the test
uses the sample size that mean is worth (store/records.py `UserWeighted`), so forty reports by one
member count about as much as one report each by a few.
Only the version right before the current one in the skill's history is ever a candidate, never
one a maintainer rolled back, and never while the current version is itself a rollback.

A lesson is retired by the same rule of evidence: it keeps preceding failures in the runs of at
least `min_users` distinct users, and still does with any one user's runs left out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from skillhive.skills.repo import Commit
from skillhive.store.records import UserWeighted

UserCounts = Mapping[str, tuple[int, int]]  # user → (uses, successes) of one version


@dataclass(frozen=True)
class Regression:
    old: str
    new: str
    old_uses: int
    new_uses: int
    old_rate: float
    new_rate: float
    p_value: float
    old_users: int
    new_users: int


def one_sided_p(ok_old: float, n_old: float, ok_new: float, n_new: float) -> float:
    """P-value of 'the new rate is lower' under the pooled two-proportion z-test."""
    pooled = (ok_old + ok_new) / (n_old + n_new)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_old + 1 / n_new))
    if se == 0:
        return 1.0
    z = (ok_old / n_old - ok_new / n_new) / se
    return 0.5 * math.erfc(z / math.sqrt(2))


def rollback_target(history: Sequence[Commit]) -> tuple[str, str] | None:
    """(current, previous) versions an automatic rollback may compare, or None.

    None when the skill has one version, when the current version is a rollback (a decision that
    stands until someone changes the skill again), or when the previous version was rolled back
    by anyone before: the history says it was judged bad.
    """
    if len(history) < 2 or history[0].rolled_back_from is not None:
        return None
    rolled_back = {c.rolled_back_from for c in history}
    current, previous = history[0].sha, history[1].sha
    return None if previous in rolled_back else (current, previous)


def keeps_failing(counts: UserCounts, *, min_users: int, min_uses: int, max_success_rate: float) -> bool:
    """Whether a lesson's outcomes (user → runs after it was served, successes) say it misleads."""
    if len(counts) < min_users:
        return False

    def failing(without: str | None) -> bool:
        side = UserWeighted.of(counts, without)
        return side.uses >= min_uses and side.rate is not None and side.rate <= max_success_rate

    return failing(None) and (len(counts) < 2 or all(failing(user) for user in counts))


def user_weighted_p(old: UserWeighted, new: UserWeighted) -> float:
    """`one_sided_p` of the users' mean rates, each side worth its effective sample size."""
    assert old.rate is not None and new.rate is not None
    return one_sided_p(old.rate * old.effective, old.effective, new.rate * new.effective, new.effective)


def _drops(
    old: UserCounts, new: UserCounts, without: str | None, min_uses: int, alpha: float, min_drop: float
) -> float | None:
    """The p-value when the new version does significantly worse (leaving `without` out), else None."""
    before, after = UserWeighted.of(old, without), UserWeighted.of(new, without)
    if before.uses < min_uses or after.uses < min_uses or before.rate is None or after.rate is None:
        return None
    if before.rate - after.rate < min_drop:
        return None
    p = user_weighted_p(before, after)
    return p if p < alpha else None


def regression(
    old_version: str,
    new_version: str,
    old: UserCounts,
    new: UserCounts,
    *,
    min_users: int,
    min_uses: int = 10,
    alpha: float = 0.05,
    min_drop: float = 0.1,
) -> Regression | None:
    """The regression of `new` against `old` (per-user outcome counts of each), if it is one."""
    if len(old) < min_users or len(new) < min_users:
        return None
    p = _drops(old, new, None, min_uses, alpha, min_drop)
    if p is None:
        return None
    users = {*old, *new}
    if len(users) > 1 and any(_drops(old, new, user, min_uses, alpha, min_drop) is None for user in users):
        return None  # one user's reports carry the verdict: not enough to change what the team is served
    before, after = UserWeighted.of(old), UserWeighted.of(new)
    assert before.rate is not None and after.rate is not None
    return Regression(old_version, new_version, before.uses, after.uses, before.rate, after.rate, p, len(old), len(new))
