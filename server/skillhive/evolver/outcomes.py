"""Does a skill's current version do worse than the one before it? A test no single user can sway.

A raw comparison of success rates flags noise: 3 of 5 against 4 of 5 means nothing. The test asks
for enough uses of both versions and a drop unlikely under chance (one-sided two-proportion
z-test) — and, since outcomes are reported by members, that each side has outcomes from at least
`min_users` distinct users and that the verdict stands with any one user's outcomes left out.
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


def one_sided_p(ok_old: int, n_old: int, ok_new: int, n_new: int) -> float:
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
        uses, ok = _totals(counts, without)
        return uses >= min_uses and ok / uses <= max_success_rate

    return failing(None) and (len(counts) < 2 or all(failing(user) for user in counts))


def _totals(counts: UserCounts, without: str | None = None) -> tuple[int, int]:
    uses = sum(n for user, (n, _) in counts.items() if user != without)
    return uses, sum(ok for user, (_, ok) in counts.items() if user != without)


def _drops(
    old: UserCounts, new: UserCounts, without: str | None, min_uses: int, alpha: float, min_drop: float
) -> float | None:
    """The p-value when the new version does significantly worse (leaving `without` out), else None."""
    n_old, ok_old = _totals(old, without)
    n_new, ok_new = _totals(new, without)
    if n_old < min_uses or n_new < min_uses or ok_old / n_old - ok_new / n_new < min_drop:
        return None
    p = one_sided_p(ok_old, n_old, ok_new, n_new)
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
    n_old, ok_old = _totals(old)
    n_new, ok_new = _totals(new)
    return Regression(old_version, new_version, n_old, n_new, ok_old / n_old, ok_new / n_new, p, len(old), len(new))
