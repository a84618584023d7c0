-- A teaser's link is page text of any length, and PostgreSQL refuses a B-tree entry over about 2.7 kB:
-- a long link made the teaser's row fail there while SQLite kept it. The index holds the link's first
-- 256 characters (at most 1 kB in UTF-8) on every store; lookups compare that prefix, then the whole link.
DROP INDEX teasers_link;
CREATE INDEX teasers_link_prefix ON teasers (substr(link, 1, 256));
