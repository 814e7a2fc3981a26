"""Agent Skills: parse and validate SKILL.md, scan the skill directory, read files safely, git versions.

spec.py       one SKILL.md → ParsedSkill (meta, body, frontmatter, problems)
files.py      path checks, listing and bounded reads inside one skill folder
directory.py  SkillDirectory: cached scan, get, read_file; validate_directory
git.py        the one place git runs: the safe runner, the writers' lock, worktrees, HEAD, ancestry
repo.py       the repository: ensure_repo, seeding, skill_version(s), skill_history, resolve_version
sync.py       the remote: attach, sync, publish (rebase, park conflicts), SyncSchedule
origin.py     which commits the hive made (recorded in the ledger) and which came from the remote
"""

from skillhive.skills.directory import ScanResult, Skill, SkillDirectory, validate_directory
from skillhive.skills.files import MAX_FILE_BYTES, check_relative_path
from skillhive.skills.git import current_head, head, run_git
from skillhive.skills.repo import Commit, check_name, ensure_repo, skill_history, skill_version, skill_versions
from skillhive.skills.spec import ParsedSkill, parse_skill_md, validate_skill_folder

__all__ = [
    "MAX_FILE_BYTES",
    "Commit",
    "ParsedSkill",
    "ScanResult",
    "Skill",
    "SkillDirectory",
    "check_name",
    "check_relative_path",
    "current_head",
    "ensure_repo",
    "head",
    "parse_skill_md",
    "run_git",
    "skill_history",
    "skill_version",
    "skill_versions",
    "validate_directory",
    "validate_skill_folder",
]
