ALTER TABLE `facts` ADD `compared_with` text;--> statement-breakpoint
ALTER TABLE `observations` ADD `compared_with` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `aliases` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `rankings` ADD `change` integer;--> statement-breakpoint
ALTER TABLE `targets` ADD `derived` integer DEFAULT false NOT NULL;