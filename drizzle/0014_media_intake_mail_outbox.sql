CREATE TABLE `intake_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`canonical_url` text NOT NULL,
	`url` text NOT NULL,
	`outlet_id` integer,
	`title` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`image_url` text,
	`published_at` text,
	`language` text,
	`country_code` text,
	`score` integer DEFAULT 0 NOT NULL,
	`matched_terms` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`article_id` integer,
	`status_changed_by` integer,
	`status_changed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`outlet_id`) REFERENCES `outlets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`status_changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intake_items_canonical_uq` ON `intake_items` (`canonical_url`);--> statement-breakpoint
CREATE INDEX `intake_items_status_score_idx` ON `intake_items` (`status`,`score`,`published_at`);--> statement-breakpoint
CREATE INDEX `intake_items_published_idx` ON `intake_items` (`published_at`);--> statement-breakpoint
CREATE INDEX `intake_items_outlet_idx` ON `intake_items` (`outlet_id`,`published_at`);--> statement-breakpoint
CREATE INDEX `intake_items_country_idx` ON `intake_items` (`country_code`,`published_at`);--> statement-breakpoint
CREATE TABLE `intake_terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`language` text NOT NULL,
	`term` text NOT NULL,
	`weight` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intake_terms_language_term_uq` ON `intake_terms` (`language`,lower("term"));--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`kind` text NOT NULL,
	`ref_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`next_attempt_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`sent_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `outlets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`country_code` text,
	`language` text NOT NULL,
	`site_url` text DEFAULT '' NOT NULL,
	`feed_url` text,
	`active` integer DEFAULT false NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_fetched_at` text,
	`last_success_at` text,
	`last_error` text,
	`failure_count` integer DEFAULT 0 NOT NULL,
	`next_fetch_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outlets_name_uq` ON `outlets` (lower("name"));--> statement-breakpoint
CREATE INDEX `outlets_site_idx` ON `outlets` (`site_url`);