CREATE TABLE `release_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`issue_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`lang` text NOT NULL,
	`path` text NOT NULL,
	`sha256` text NOT NULL,
	`bytes` integer NOT NULL,
	`page_count` integer NOT NULL,
	`toc` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `release_files_issue_rev_lang_uq` ON `release_files` (`issue_id`,`revision`,`lang`);--> statement-breakpoint
ALTER TABLE `issues` ADD `revision` integer DEFAULT 0 NOT NULL;