"""Roles are ordered: a member may use the hive, a maintainer may also change the team's skills
(approve, reject, roll back), an admin may do everything. Each role includes the ones below it."""

from __future__ import annotations

from typing import get_args

from skillhive.errors import Forbidden
from skillhive.models import Caller, Role

ROLES: tuple[Role, ...] = get_args(Role)
_RANK: dict[str, int] = {"member": 0, "maintainer": 1, "admin": 2}


def has_role(caller: Caller, role: Role) -> bool:
    """Whether the caller's role is `role` or above it."""
    return _RANK[caller.role] >= _RANK[role]


def require_role(caller: Caller, role: Role) -> None:
    """Raise `Forbidden` unless the caller's role is `role` or above it."""
    if not has_role(caller, role):
        raise Forbidden(f"this needs the {role} role; {caller.user} of team {caller.team} is a {caller.role}")
