"""Curation of a team's skills: the service behind the CLI and MCP tools.

service.py   Curation: history, reviews, approve, reject, rollback, passes — role-checked; the git
             operations are in skills/reviews.py (the evolver rolls back through them too)
"""

from skillhive.curation.service import Curation, PendingReview, SkillVersion

__all__ = ["Curation", "PendingReview", "SkillVersion"]
