"""Run a test module on both ledgers: `pytestmark = both`.

Every test of the module that uses the `backend` fixture (directly, or through `database_url`,
`ledger`, `settings`, `hive`, `client`...) runs once on SQLite and once on PostgreSQL
(conftest.py's pytest_generate_tests); the others run once.
"""

import pytest

both = pytest.mark.both_backends
BACKENDS = ("sqlite", "postgresql")
