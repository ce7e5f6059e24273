DROP INDEX `facts_unit_idx`;--> statement-breakpoint
DROP INDEX `facts_measure_idx`;--> statement-breakpoint
DROP INDEX `flags_kind_idx`;--> statement-breakpoint
DROP INDEX `indicators_category_idx`;--> statement-breakpoint
DROP INDEX `projects_investment_idx`;--> statement-breakpoint
DROP INDEX `rankings_rank_idx`;--> statement-breakpoint
DROP INDEX `targets_attainment_idx`;--> statement-breakpoint
ALTER TABLE `reports` ADD `text_gaps` text;--> statement-breakpoint
CREATE INDEX `reports_sha256_idx` ON `reports` (`sha256`);