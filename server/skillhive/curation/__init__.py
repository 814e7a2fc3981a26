"""Curation of a team's skills: the service behind the CLI and MCP tools, and the git operations of
reviews and rollbacks.

service.py   Curation: history, reviews, approve, reject, rollback, passes — role-checked
reviews.py   pending_reviews, review_diff, approve, reject, rollback on the skill repository
"""

from skillhive.curation.service import Curation, PendingReview, SkillVersion

__all__ = ["Curation", "PendingReview", "SkillVersion"]
