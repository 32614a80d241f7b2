-- Published files are immutable: a correction adds a new revision, it never rewrites an old one.
CREATE TRIGGER `release_files_no_update` BEFORE UPDATE ON `release_files`
BEGIN
  SELECT RAISE(ABORT, 'release_files rows are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `release_files_no_delete` BEFORE DELETE ON `release_files`
BEGIN
  SELECT RAISE(ABORT, 'release_files rows are immutable');
END;
