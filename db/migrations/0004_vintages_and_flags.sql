CREATE TABLE `flags` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`severity` text NOT NULL,
	`message` text NOT NULL,
	`indicator_code` text,
	`sentence_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`report_id` text NOT NULL,
	`other_report_id` text NOT NULL,
	`other_sentence_id` integer NOT NULL,
	`other_start` integer NOT NULL,
	`other_end` integer NOT NULL,
	FOREIGN KEY (`sentence_id`) REFERENCES `sentences`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`other_report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`other_sentence_id`) REFERENCES `sentences`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `flags_report_idx` ON `flags` (`report_id`);--> statement-breakpoint
CREATE INDEX `flags_other_report_idx` ON `flags` (`other_report_id`);--> statement-breakpoint
CREATE INDEX `flags_kind_idx` ON `flags` (`kind`);--> statement-breakpoint
DROP INDEX `reports_region_period_uq`;--> statement-breakpoint
CREATE INDEX `reports_region_period_idx` ON `reports` (`region`,`period`);