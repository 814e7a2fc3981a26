"""A local hive that forwards to the team hive: `skillhive serve --upstream URL` (stdio, one developer).

`UpstreamHive` stands where `Hive` stands behind the MCP tools (`mcp_app.HiveService`) but owns no
ledger and no index: each call goes to the team hive over streamable HTTP with the developer's
bearer token, and the team hive decides user and team from that token. Two things stay on disk so
that an outage costs little:

- the team's skills as last synced (`<data_dir>/upstream/<key>/skills/`, `SkillCopy`), refreshed when the
  link comes up and every `upstream_sync_interval` seconds through the Skills extension
  (`skills/list` digests, `resources/read` of changed files); each refresh is a complete folder
  switched in by one atomic rename. get_skill, list_skills and read_skill_file fall back to it while
  the team hive is unreachable; resources and the Skills extension always read it.
- the outgoing queue (`<data_dir>/upstream/<key>/outgoing.db`, store/sqlite/outgoing.py): each
  recording and skill outcome is redacted and committed there before it is sent, sent in order, and
  deleted only once the team hive acknowledged it. While the team hive is down the client is answered at once with a
  `queued_<hash>` id (`created: true` the first time a run is queued); that id still resolves in
  get_trajectory and report_skill_outcome after delivery.

`<key>` stands for the team hive's URL and the token: what one identity queued is never sent
with another's token, and one team's skills are never served under another's.

The connection lives on an event loop of its own (an anyio blocking portal thread), so the stdio
server never waits on the network in its own loop.

    service.py     UpstreamHive: the HiveService the tools call; forwards, falls back, queues
    link.py        the SDK client session (reconnects with backoff), the queue courier, the skills syncer
    skill_copy.py  the local copy of the team's skills, switched atomically, served via SkillDirectory
    ../store/sqlite/outgoing.py  the outgoing queue (SQLite)
"""

from skillhive.upstream.link import QUEUED_PREFIX, UpstreamError, UpstreamRefused, UpstreamUnavailable
from skillhive.upstream.service import UpstreamHive, check_upstream_url
from skillhive.upstream.skill_copy import RemoteSkill, SkillCopy, skill_manifest

__all__ = [
    "QUEUED_PREFIX",
    "RemoteSkill",
    "SkillCopy",
    "UpstreamError",
    "UpstreamHive",
    "UpstreamRefused",
    "UpstreamUnavailable",
    "check_upstream_url",
    "skill_manifest",
]
