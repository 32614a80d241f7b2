-- The inbox's counts per status without filters, kept by triggers: counting 100,000 index entries on
-- every inbox page costs ~20 ms of CPU (bench:intake); this table answers in one read. Filtered
-- counts still come from the covering indexes of intake_items (migration 0016).
CREATE TABLE `intake_status_counts` (
	`status` text PRIMARY KEY NOT NULL,
	`n` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `intake_status_counts` (`status`, `n`) VALUES ('new', 0), ('kept', 0), ('dismissed', 0), ('used', 0);
--> statement-breakpoint
UPDATE `intake_status_counts` SET `n` = (SELECT count(*) FROM `intake_items` WHERE `intake_items`.`status` = `intake_status_counts`.`status`);
--> statement-breakpoint
CREATE TRIGGER `intake_items_count_insert` AFTER INSERT ON `intake_items` BEGIN
	UPDATE `intake_status_counts` SET `n` = `n` + 1 WHERE `status` = new.`status`;
END;
--> statement-breakpoint
CREATE TRIGGER `intake_items_count_delete` AFTER DELETE ON `intake_items` BEGIN
	UPDATE `intake_status_counts` SET `n` = `n` - 1 WHERE `status` = old.`status`;
END;
--> statement-breakpoint
CREATE TRIGGER `intake_items_count_status` AFTER UPDATE OF `status` ON `intake_items` WHEN old.`status` IS NOT new.`status` BEGIN
	UPDATE `intake_status_counts` SET `n` = `n` - 1 WHERE `status` = old.`status`;
	UPDATE `intake_status_counts` SET `n` = `n` + 1 WHERE `status` = new.`status`;
END;
