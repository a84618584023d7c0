-- Tables shared by every store. Column types that differ between databases come from the dialect
-- as Flyway placeholders, so the structure is written once.

CREATE TABLE pages (
  address         TEXT PRIMARY KEY,
  captured_at     ${timestamp},
  layout          TEXT NOT NULL,
  parser_version  TEXT NOT NULL,
  -- Time of the latest PageParsed event applied, and which parse it was (parser version @ capture).
  last_parsed_at  ${timestamp},
  parse_key       TEXT
);

-- Every parse of a page the sink has seen. An article from a known parse that is not the latest one
-- is stale, whatever order the article and page-parsed topics are read in.
CREATE TABLE page_parses (
  page_address    TEXT NOT NULL REFERENCES pages (address),
  parse_key       TEXT NOT NULL,
  PRIMARY KEY (page_address, parse_key)
);

CREATE TABLE articles (
  row_id           ${row_id},
  id               TEXT NOT NULL UNIQUE CHECK (id <> ''),
  page_address     TEXT NOT NULL REFERENCES pages (address),
  index_on_page    INTEGER NOT NULL,
  title            TEXT,
  published        ${date},
  published_source TEXT,
  dates_disagree   BOOLEAN NOT NULL,
  dates            ${json} NOT NULL,
  dateline_place   TEXT,
  dateline_date    ${date},
  body             TEXT NOT NULL,
  warnings         ${json} NOT NULL,
  parser_version   TEXT NOT NULL,
  parse_key        TEXT NOT NULL,
  -- Normalised start of the body: lead_key (first 60 characters) makes teaser matching an indexed
  -- equality, lead_text (first 240) confirms that the whole snippet is a prefix.
  lead_key         TEXT,
  lead_text        TEXT
);
CREATE INDEX articles_page ON articles (page_address);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_lead ON articles (published, lead_key);

CREATE TABLE teasers (
  id              TEXT PRIMARY KEY CHECK (id <> ''),
  title           TEXT,
  text            TEXT,
  date            ${date},
  date_raw        TEXT,
  dateline_place  TEXT,
  link            TEXT,
  lead_key        TEXT,
  snippet_key     TEXT,
  article_id      TEXT REFERENCES articles (id)
);
CREATE INDEX teasers_link ON teasers (link);
CREATE INDEX teasers_lead ON teasers (date, lead_key);
CREATE INDEX teasers_article ON teasers (article_id);

CREATE TABLE teaser_sightings (
  teaser_id       TEXT NOT NULL REFERENCES teasers (id),
  page_address    TEXT NOT NULL REFERENCES pages (address),
  position        INTEGER NOT NULL,
  seen_at         ${timestamp},
  PRIMARY KEY (teaser_id, page_address)
);
CREATE INDEX teaser_sightings_page ON teaser_sightings (page_address);

-- Where each consumer group is in each partition, written in the same transaction as the rows.
CREATE TABLE sink_offsets (
  consumer_group  TEXT NOT NULL,
  topic           TEXT NOT NULL,
  "partition"     INTEGER NOT NULL,
  next_offset     BIGINT NOT NULL,
  PRIMARY KEY (consumer_group, topic, "partition")
);
