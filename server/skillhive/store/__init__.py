"""Storage: the ledger (SQLite or PostgreSQL behind one port), the vector index (Chroma) and the
embeddings that feed it.

    records.py       the frozen records the stores take and return
    database.py      the port: what the ledger needs from a SQL engine (sqlite/, postgres/)
    migrations.py    applies each engine's numbered schema steps
    ledger.py        trajectories, authors, lesson cards, outcomes, settings (shared SQL)
    outbox.py        the queue of work for the vector index
    evolution.py     the evolver's tables
    tokens.py        bearer tokens (hashed)
    copy.py          one ledger into another (`skillhive migrate`)
    lexical.py       keyword scores over the port's postings
    vectors.py       the vector-index port; vector_index.py is its Chroma implementation
    indexer.py       drains the outbox into the vector index
    embeddings.py    the embedding models
"""
