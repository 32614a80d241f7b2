CREATE INDEX `articles_status_author_idx` ON `articles` (`status`,`author_id`,`event_date`);--> statement-breakpoint
CREATE INDEX `articles_event_idx` ON `articles` (`event_date`);