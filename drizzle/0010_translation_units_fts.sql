-- Candidate retrieval for the translation memory: a trigram index over the placeholder keys of both
-- languages, kept in step with translation_units by triggers (external content table).
CREATE VIRTUAL TABLE `translation_units_fts` USING fts5(
	`en_key`, `ru_key`,
	content='translation_units', content_rowid='id', tokenize='trigram'
);
--> statement-breakpoint
CREATE TRIGGER `translation_units_fts_insert` AFTER INSERT ON `translation_units` BEGIN
	INSERT INTO `translation_units_fts`(rowid, `en_key`, `ru_key`) VALUES (new.`id`, new.`en_key`, new.`ru_key`);
END;
--> statement-breakpoint
CREATE TRIGGER `translation_units_fts_delete` AFTER DELETE ON `translation_units` BEGIN
	INSERT INTO `translation_units_fts`(`translation_units_fts`, rowid, `en_key`, `ru_key`) VALUES ('delete', old.`id`, old.`en_key`, old.`ru_key`);
END;
--> statement-breakpoint
CREATE TRIGGER `translation_units_fts_update` AFTER UPDATE OF `en_key`, `ru_key` ON `translation_units` BEGIN
	INSERT INTO `translation_units_fts`(`translation_units_fts`, rowid, `en_key`, `ru_key`) VALUES ('delete', old.`id`, old.`en_key`, old.`ru_key`);
	INSERT INTO `translation_units_fts`(rowid, `en_key`, `ru_key`) VALUES (new.`id`, new.`en_key`, new.`ru_key`);
END;
