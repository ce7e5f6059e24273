DROP INDEX `rankings_report_idx`;--> statement-breakpoint
CREATE INDEX `rankings_report_rank_idx` ON `rankings` (`report_id`,`rank`);--> statement-breakpoint
DROP INDEX `reports_region_period_idx`;--> statement-breakpoint
CREATE INDEX `reports_region_period_idx` ON `reports` (`region`,`period`,`id`);--> statement-breakpoint
CREATE INDEX `facts_measure_idx` ON `facts` (`measure`,`report_id`,`unit`);--> statement-breakpoint
CREATE INDEX `facts_unit_idx` ON `facts` (`unit`,`report_id`);--> statement-breakpoint
CREATE INDEX `targets_attainment_idx` ON `targets` (`attainment`,`report_id`);--> statement-breakpoint
CREATE INDEX `targets_set_by_idx` ON `targets` (`set_by`,`report_id`);