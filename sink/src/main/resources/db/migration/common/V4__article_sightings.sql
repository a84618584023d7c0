-- Every capture of an article (a news item): which page showed it at which position, when, by which
-- parse, and what that capture said. The articles row is the best version, recomputed from these.
CREATE TABLE article_sightings (
  capture_id       TEXT PRIMARY KEY CHECK (capture_id <> ''),
  article_id       TEXT NOT NULL CHECK (article_id <> ''),
  page_address     TEXT NOT NULL REFERENCES pages (address),
  index_on_page    INTEGER NOT NULL,
  seen_at          ${timestamp},
  layout           TEXT NOT NULL,
  parser_version   TEXT NOT NULL,
  parse_key        TEXT NOT NULL,
  title            TEXT,
  published        ${date},
  published_source TEXT,
  dates_disagree   BOOLEAN NOT NULL,
  dates            ${json} NOT NULL,
  dateline_place   TEXT,
  dateline_date    ${date},
  body             TEXT NOT NULL,
  warnings         ${json} NOT NULL
);
CREATE INDEX article_sightings_article ON article_sightings (article_id);
CREATE INDEX article_sightings_page ON article_sightings (page_address);

-- Articles stored before item ids were one capture each: each becomes its own article's one sighting.
INSERT INTO article_sightings (capture_id, article_id, page_address, index_on_page, seen_at, layout, parser_version,
    parse_key, title, published, published_source, dates_disagree, dates, dateline_place, dateline_date, body, warnings)
  SELECT a.id, a.id, a.page_address, a.index_on_page, p.captured_at, p.layout, a.parser_version, a.parse_key, a.title,
      a.published, a.published_source, a.dates_disagree, a.dates, a.dateline_place, a.dateline_date, a.body, a.warnings
  FROM articles a JOIN pages p ON p.address = a.page_address;
