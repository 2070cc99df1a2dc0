CREATE TABLE `print_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`settings` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `print_templates_name_live` ON `print_templates` (`name`) WHERE deleted_at IS NULL;--> statement-breakpoint
ALTER TABLE `vouchers` ADD `bytes_in` integer;--> statement-breakpoint
ALTER TABLE `vouchers` ADD `bytes_out` integer;--> statement-breakpoint
ALTER TABLE `vouchers` ADD `usage_read_at` integer;--> statement-breakpoint
ALTER TABLE `vouchers` ADD `ended_at` integer;--> statement-breakpoint
ALTER TABLE `vouchers` ADD `printed_at` integer;--> statement-breakpoint
ALTER TABLE `vouchers` ADD `print_count` integer DEFAULT 0 NOT NULL;