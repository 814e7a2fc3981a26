"""The embedded ledger: one SQLite file (database.py), its schema (migrations.py), and the outgoing
queue of a forwarding hive (outgoing.py). The only package that imports sqlite3."""
