"""Storage: the ledger (SQLite), the vector index (Chroma) and the embeddings that feed it."""
