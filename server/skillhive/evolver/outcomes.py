"""Does a skill's new version do worse than the one before it? A one-sided two-proportion z-test.

A raw comparison of success rates flags noise: 3 of 5 against 4 of 5 means nothing. The test asks
for enough uses of both versions and a drop unlikely under chance before a rollback is proposed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from skillhive.store.evolution import VersionOutcomes


@dataclass(frozen=True)
class Regression:
    old: str
    new: str
    old_uses: int
    new_uses: int
    old_rate: float
    new_rate: float
    p_value: float


def one_sided_p(ok_old: int, n_old: int, ok_new: int, n_new: int) -> float:
    """P-value of 'the new rate is lower' under the pooled two-proportion z-test."""
    pooled = (ok_old + ok_new) / (n_old + n_new)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_old + 1 / n_new))
    if se == 0:
        return 1.0
    z = (ok_old / n_old - ok_new / n_new) / se
    return 0.5 * math.erfc(z / math.sqrt(2))


def regressions(
    outcomes: Sequence[VersionOutcomes],
    current: str | None,
    *,
    min_uses: int = 10,
    alpha: float = 0.05,
    min_drop: float = 0.1,
) -> Regression | None:
    """The regression of the current version against the version used before it, if there is one."""
    if current is None or len(outcomes) < 2 or outcomes[-1].version != current:
        return None
    old, new = outcomes[-2], outcomes[-1]
    if old.uses < min_uses or new.uses < min_uses:
        return None
    old_rate, new_rate = old.successes / old.uses, new.successes / new.uses
    if old_rate - new_rate < min_drop:
        return None
    p = one_sided_p(old.successes, old.uses, new.successes, new.uses)
    if p >= alpha:
        return None
    return Regression(old.version, new.version, old.uses, new.uses, old_rate, new_rate, p)
