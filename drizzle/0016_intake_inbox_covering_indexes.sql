DROP INDEX `intake_items_status_score_idx`;--> statement-breakpoint
DROP INDEX `intake_items_outlet_status_idx`;--> statement-breakpoint
DROP INDEX `intake_items_country_status_idx`;--> statement-breakpoint
DROP INDEX `intake_items_language_status_idx`;--> statement-breakpoint
DROP INDEX `intake_items_published_status_idx`;--> statement-breakpoint
CREATE INDEX `intake_items_status_score_idx` ON `intake_items` (`status`,`score`,`published_at`,`outlet_id`,`country_code`,`language`);--> statement-breakpoint
CREATE INDEX `intake_items_outlet_status_idx` ON `intake_items` (`outlet_id`,`status`,`score`,`published_at`,`country_code`,`language`);--> statement-breakpoint
CREATE INDEX `intake_items_country_status_idx` ON `intake_items` (`country_code`,`status`,`score`,`published_at`,`outlet_id`,`language`);--> statement-breakpoint
CREATE INDEX `intake_items_language_status_idx` ON `intake_items` (`language`,`status`,`score`,`published_at`,`outlet_id`,`country_code`);--> statement-breakpoint
CREATE INDEX `intake_items_published_status_idx` ON `intake_items` (`published_at`,`status`,`outlet_id`,`country_code`,`language`);