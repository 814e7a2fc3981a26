"""A SQLite write transaction leaves its connection with no transaction open, however it ended."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillhive.errors import StorageError
from skillhive.store.sqlite.database import SqliteDatabase


def test_a_commit_that_fails_is_rolled_back_and_the_next_write_on_the_thread_works(tmp_path: Path) -> None:
    db = SqliteDatabase(tmp_path / "ledger.db")
    with db.transaction() as tx:
        tx.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        tx.execute("CREATE TABLE child (parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(StorageError, match="FOREIGN KEY"), db.transaction() as tx:
        tx.execute("INSERT INTO child VALUES (42)")  # checked only at COMMIT, which fails
    with db.transaction() as tx:  # was: "cannot start a transaction within a transaction"
        tx.execute("INSERT INTO parent VALUES (1)")
    assert db.read("SELECT count(*) AS n FROM child") == [{"n": 0}]
    assert db.read("SELECT count(*) AS n FROM parent") == [{"n": 1}]
    db.close()


def test_an_interrupt_in_the_body_rolls_the_transaction_back(tmp_path: Path) -> None:
    db = SqliteDatabase(tmp_path / "ledger.db")
    with db.transaction() as tx:
        tx.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(KeyboardInterrupt), db.transaction() as tx:
        tx.execute("INSERT INTO t VALUES (1)")
        raise KeyboardInterrupt
    with db.transaction() as tx:
        tx.execute("INSERT INTO t VALUES (2)")
    assert db.read("SELECT x FROM t") == [{"x": 2}]
    db.close()
