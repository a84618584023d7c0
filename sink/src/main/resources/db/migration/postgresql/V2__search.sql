-- Full-text search: a generated tsvector kept by PostgreSQL itself, with a GIN index.
ALTER TABLE articles ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || body)) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
