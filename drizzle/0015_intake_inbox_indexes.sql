DROP INDEX `intake_items_published_idx`;--> statement-breakpoint
DROP INDEX `intake_items_outlet_idx`;--> statement-breakpoint
DROP INDEX `intake_items_country_idx`;--> statement-breakpoint
CREATE INDEX `intake_items_outlet_status_idx` ON `intake_items` (`outlet_id`,`status`,`score`,`published_at`);--> statement-breakpoint
CREATE INDEX `intake_items_country_status_idx` ON `intake_items` (`country_code`,`status`,`score`,`published_at`);--> statement-breakpoint
CREATE INDEX `intake_items_language_status_idx` ON `intake_items` (`language`,`status`,`score`,`published_at`);--> statement-breakpoint
CREATE INDEX `intake_items_published_status_idx` ON `intake_items` (`published_at`,`status`);