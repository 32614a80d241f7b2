-- Full-text search. FTS5 cannot call a JavaScript tokenizer, so the index holds stemmed text:
-- search_stem() (Snowball English/Russian, registered on every connection by openDatabase) is
-- called by these triggers inside the very transaction that changes an article or publishes one.
-- article_search: every article in every state (the desk); rowid = article id * 2 + (0 en, 1 ru).
CREATE VIRTUAL TABLE `article_search` USING fts5(title, digest, body, outlet, tokenize = 'unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `article_search_insert` AFTER INSERT ON `articles`
BEGIN
  INSERT INTO `article_search`(rowid, title, digest, body, outlet)
    VALUES (new.id * 2, search_stem(new.title_en), search_stem(new.digest_en), search_stem(new.body_en), search_stem(new.outlet)),
           (new.id * 2 + 1, search_stem(new.title_ru), search_stem(new.digest_ru), search_stem(new.body_ru), search_stem(new.outlet));
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_update` AFTER UPDATE OF title_en, title_ru, digest_en, digest_ru, body_en, body_ru, outlet ON `articles`
BEGIN
  DELETE FROM `article_search` WHERE rowid IN (old.id * 2, old.id * 2 + 1);
  INSERT INTO `article_search`(rowid, title, digest, body, outlet)
    VALUES (new.id * 2, search_stem(new.title_en), search_stem(new.digest_en), search_stem(new.body_en), search_stem(new.outlet)),
           (new.id * 2 + 1, search_stem(new.title_ru), search_stem(new.digest_ru), search_stem(new.body_ru), search_stem(new.outlet));
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_delete` AFTER DELETE ON `articles`
BEGIN
  DELETE FROM `article_search` WHERE rowid IN (old.id * 2, old.id * 2 + 1);
END;
--> statement-breakpoint
INSERT INTO `article_search`(rowid, title, digest, body, outlet)
  SELECT id * 2, search_stem(title_en), search_stem(digest_en), search_stem(body_en), search_stem(outlet) FROM `articles`
  UNION ALL
  SELECT id * 2 + 1, search_stem(title_ru), search_stem(digest_ru), search_stem(body_ru), search_stem(outlet) FROM `articles`;
--> statement-breakpoint
-- published_search: the text publications stored (what readers see); rowid = published_articles.id.
-- Its rows are immutable, so an insert trigger is all it needs; queries keep the latest revisions only.
CREATE VIRTUAL TABLE `published_search` USING fts5(title, digest, body, outlet, tokenize = 'unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `published_search_insert` AFTER INSERT ON `published_articles`
BEGIN
  INSERT INTO `published_search`(rowid, title, digest, body, outlet)
    VALUES (new.id, search_stem(new.title), search_stem(new.digest), search_stem(new.body), search_stem(new.outlet));
END;
--> statement-breakpoint
INSERT INTO `published_search`(rowid, title, digest, body, outlet)
  SELECT id, search_stem(title), search_stem(digest), search_stem(body), search_stem(outlet) FROM `published_articles`;
