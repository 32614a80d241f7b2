ALTER TABLE `countries` ADD `short_en_origin` text;--> statement-breakpoint
ALTER TABLE `countries` ADD `short_ru_origin` text;--> statement-breakpoint
ALTER TABLE `countries` ADD `heading_en_origin` text;--> statement-breakpoint
ALTER TABLE `countries` ADD `heading_ru_origin` text;