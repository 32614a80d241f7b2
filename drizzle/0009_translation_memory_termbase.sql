CREATE TABLE `terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`en` text NOT NULL,
	`ru` text NOT NULL,
	`variants_en` text DEFAULT '[]' NOT NULL,
	`variants_ru` text DEFAULT '[]' NOT NULL,
	`forbidden_en` text DEFAULT '[]' NOT NULL,
	`forbidden_ru` text DEFAULT '[]' NOT NULL,
	`category` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `terms_en_uq` ON `terms` (lower("en"));--> statement-breakpoint
CREATE TABLE `translation_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`en` text NOT NULL,
	`ru` text NOT NULL,
	`en_norm` text NOT NULL,
	`ru_norm` text NOT NULL,
	`en_key` text NOT NULL,
	`ru_key` text NOT NULL,
	`article_id` integer,
	`issue_id` integer,
	`field` text NOT NULL,
	`paragraph` integer DEFAULT 0 NOT NULL,
	`sentence` integer,
	`approved` integer DEFAULT false NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `translation_units_article_idx` ON `translation_units` (`article_id`);