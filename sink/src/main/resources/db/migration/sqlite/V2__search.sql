-- Full-text search: an FTS5 index over the articles table (external content, no second copy of the
-- text), kept in sync by triggers. row_id is an INTEGER PRIMARY KEY, so VACUUM cannot renumber it.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, content = 'articles', content_rowid = 'row_id',
  tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.row_id, new.title, new.body);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.row_id, old.title, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.row_id, old.title, old.body);
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.row_id, new.title, new.body);
END;
