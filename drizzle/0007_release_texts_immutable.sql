-- What a publication printed is never rewritten: a correction adds the texts of a new revision.
CREATE TRIGGER `release_texts_no_update` BEFORE UPDATE ON `release_texts`
BEGIN
  SELECT RAISE(ABORT, 'release_texts rows are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `release_texts_no_delete` BEFORE DELETE ON `release_texts`
BEGIN
  SELECT RAISE(ABORT, 'release_texts rows are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `published_articles_no_update` BEFORE UPDATE ON `published_articles`
BEGIN
  SELECT RAISE(ABORT, 'published_articles rows are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `published_articles_no_delete` BEFORE DELETE ON `published_articles`
BEGIN
  SELECT RAISE(ABORT, 'published_articles rows are immutable');
END;
