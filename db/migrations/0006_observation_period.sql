ALTER TABLE `observations` ADD `period` text;--> statement-breakpoint
CREATE INDEX `observations_period_idx` ON `observations` (`period`,`report_id`) WHERE "observations"."period" IS NOT NULL;