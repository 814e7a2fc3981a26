"""The team ledger on PostgreSQL: a pool of psycopg connections (database.py) and its schema
(migrations.py). The only package that imports psycopg."""
