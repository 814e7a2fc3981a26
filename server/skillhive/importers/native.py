"""skillhive's own format: one TrajectoryIn object per JSONL line (or a JSON list of them).

A skillhive export also carries the server-set fields (id, user, team, created_at,
content_hash); they are dropped, since the importing server sets them again.
"""

from __future__ import annotations

from typing import Any

from skillhive.importers.records import RecordError, type_name


def convert(record: Any) -> dict[str, Any]:
    """A native record is already TrajectoryIn-shaped; only its type is checked here."""
    if not isinstance(record, dict):
        raise RecordError(f"record: expected a trajectory object, got {type_name(record)}")
    return record
