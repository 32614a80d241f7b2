CREATE TABLE `translation_dismissals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`fingerprint` text NOT NULL,
	`kind` text NOT NULL,
	`severity` text NOT NULL,
	`reason` text NOT NULL,
	`dismissed_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dismissed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `translation_dismissals_article_fingerprint_uq` ON `translation_dismissals` (`article_id`,`fingerprint`);