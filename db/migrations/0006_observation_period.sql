ALTER TABLE `observations` ADD `period` text;--> statement-breakpoint
CREATE INDEX `observations_period_idx` ON `observations` (`report_id`,`period`) WHERE "observations"."period" IS NOT NULL;