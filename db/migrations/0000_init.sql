CREATE TABLE `facts` (
	`id` integer PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`subject` text NOT NULL,
	`measure` text NOT NULL,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`value_base` real NOT NULL,
	`base_unit` text NOT NULL,
	`qualifier` text,
	`raw` text NOT NULL,
	`indicator_code` text,
	`sentence_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_code`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sentence_id`) REFERENCES `sentences`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `facts_report_idx` ON `facts` (`report_id`);--> statement-breakpoint
CREATE INDEX `facts_unit_idx` ON `facts` (`unit`);--> statement-breakpoint
CREATE INDEX `facts_measure_idx` ON `facts` (`measure`);--> statement-breakpoint
CREATE TABLE `indicator_names` (
	`normalised` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`normalised`, `code`),
	FOREIGN KEY (`code`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `indicator_names_code_idx` ON `indicator_names` (`code`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_en` text,
	`category` text NOT NULL,
	`unit` text,
	`direction` text NOT NULL,
	`aliases` text NOT NULL,
	`known` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `indicators_category_idx` ON `indicators` (`category`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`indicator_code` text NOT NULL,
	`indicator_name` text NOT NULL,
	`source` text NOT NULL,
	`measure` text NOT NULL,
	`value` real,
	`unit` text,
	`value_base` real,
	`base_unit` text,
	`qualifier` text,
	`text` text,
	`raw` text NOT NULL,
	`sentence_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_code`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sentence_id`) REFERENCES `sentences`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `observations_indicator_idx` ON `observations` (`indicator_code`,`report_id`);--> statement-breakpoint
CREATE INDEX `observations_report_idx` ON `observations` (`report_id`);--> statement-breakpoint
CREATE TABLE `project_mentions` (
	`id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`report_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`phase` text NOT NULL,
	`planned_investment` real,
	`completed_investment` real,
	`status` text,
	`raw` text NOT NULL,
	`sentence_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sentence_id`) REFERENCES `sentences`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_mentions_project_idx` ON `project_mentions` (`project_id`,`ordinal`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`name` text NOT NULL,
	`phase` text NOT NULL,
	`status` text,
	`planned_investment` real,
	`completed_investment` real,
	`mention_count` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `projects_report_idx` ON `projects` (`report_id`);--> statement-breakpoint
CREATE INDEX `projects_investment_idx` ON `projects` (`planned_investment`);--> statement-breakpoint
CREATE TABLE `rankings` (
	`id` integer PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`indicator_code` text,
	`subject` text NOT NULL,
	`rank` integer NOT NULL,
	`of` integer,
	`scope` text NOT NULL,
	`source` text NOT NULL,
	`raw` text NOT NULL,
	`sentence_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_code`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sentence_id`) REFERENCES `sentences`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rankings_indicator_idx` ON `rankings` (`indicator_code`,`report_id`);--> statement-breakpoint
CREATE INDEX `rankings_report_idx` ON `rankings` (`report_id`);--> statement-breakpoint
CREATE INDEX `rankings_rank_idx` ON `rankings` (`rank`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`region` text NOT NULL,
	`parent_region` text,
	`year` integer NOT NULL,
	`period` text NOT NULL,
	`period_label` text NOT NULL,
	`publisher` text,
	`published_at` text,
	`sha256` text NOT NULL,
	`source_file` text NOT NULL,
	`source_text` text NOT NULL,
	`loaded_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_region_period_uq` ON `reports` (`region`,`period`);--> statement-breakpoint
CREATE INDEX `reports_period_idx` ON `reports` (`period`);--> statement-breakpoint
CREATE TABLE `sections` (
	`id` integer PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`parent_id` integer,
	`level` integer NOT NULL,
	`number` text,
	`title` text NOT NULL,
	`phase` text NOT NULL,
	`path` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`line` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sections_report_ordinal_uq` ON `sections` (`report_id`,`ordinal`);--> statement-breakpoint
CREATE TABLE `sentences` (
	`id` integer PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`section_id` integer,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`line` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sentences_report_idx` ON `sentences` (`report_id`,`ordinal`);--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`indicator_code` text NOT NULL,
	`indicator_name` text NOT NULL,
	`set_by` text,
	`kind` text NOT NULL,
	`horizon` text NOT NULL,
	`value` real,
	`unit` text,
	`comparator` text,
	`text` text NOT NULL,
	`raw` text NOT NULL,
	`attainment` text NOT NULL,
	`attainment_reason` text NOT NULL,
	`sentence_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_code`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sentence_id`) REFERENCES `sentences`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `targets_indicator_idx` ON `targets` (`indicator_code`,`report_id`);--> statement-breakpoint
CREATE INDEX `targets_report_idx` ON `targets` (`report_id`);--> statement-breakpoint
CREATE INDEX `targets_attainment_idx` ON `targets` (`attainment`);