CREATE TABLE `published_articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`release_file_id` integer NOT NULL,
	`position` integer NOT NULL,
	`article_id` integer NOT NULL,
	`country_code` text NOT NULL,
	`country_name` text NOT NULL,
	`section_heading` text NOT NULL,
	`event_date` text NOT NULL,
	`outlet` text NOT NULL,
	`title` text NOT NULL,
	`digest` text NOT NULL,
	`body` text NOT NULL,
	`sources` text NOT NULL,
	`photos` text NOT NULL,
	`page` integer,
	`withheld` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`release_file_id`) REFERENCES `release_texts`(`release_file_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `published_articles_file_position_uq` ON `published_articles` (`release_file_id`,`position`);--> statement-breakpoint
CREATE INDEX `published_articles_article_idx` ON `published_articles` (`article_id`);--> statement-breakpoint
CREATE TABLE `release_texts` (
	`release_file_id` integer PRIMARY KEY NOT NULL,
	`summary_counts` text NOT NULL,
	`summary_digest` text NOT NULL,
	`backfilled` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`release_file_id`) REFERENCES `release_files`(`id`) ON UPDATE no action ON DELETE no action
);
