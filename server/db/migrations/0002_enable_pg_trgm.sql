-- Trigram similarity for typo-tolerant guidance retrieval (bundled with PGlite; in contrib on PostgreSQL).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
