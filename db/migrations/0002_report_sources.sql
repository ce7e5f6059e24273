CREATE TABLE `report_originals` (
	`report_id` text PRIMARY KEY NOT NULL,
	`bytes` blob NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `reports` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `genre` text DEFAULT 'plan-execution' NOT NULL;--> statement-breakpoint
ALTER TABLE `reports` ADD `format` text DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE `reports` ADD `media_type` text DEFAULT 'text/plain' NOT NULL;