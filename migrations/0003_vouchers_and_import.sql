CREATE TABLE `voucher_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text,
	`router_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`router_comment` text,
	`user_mode` text,
	`code_length` integer,
	`charset` text,
	`prefix` text,
	`voucher_count` integer NOT NULL,
	`source` text NOT NULL,
	`natural_key` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `voucher_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`router_id`) REFERENCES `routers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `voucher_batches_natural_key` ON `voucher_batches` (`natural_key`);--> statement-breakpoint
CREATE INDEX `voucher_batches_router_created` ON `voucher_batches` (`router_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `voucher_batches_plan` ON `voucher_batches` (`plan_id`);--> statement-breakpoint
CREATE TABLE `voucher_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`router_id` text,
	`name` text NOT NULL,
	`hotspot_profile` text NOT NULL,
	`price_minor` integer,
	`selling_price_minor` integer,
	`validity_ms` integer,
	`expiry_mode` text NOT NULL,
	`mikhmon_mode` text,
	`time_limit_ms` integer,
	`data_limit_bytes` integer,
	`rate_limit` text,
	`shared_users` integer,
	`session_timeout_ms` integer,
	`mac_lock` integer DEFAULT false NOT NULL,
	`source` text NOT NULL,
	`natural_key` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`router_id`) REFERENCES `routers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `voucher_plans_natural_key` ON `voucher_plans` (`natural_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `voucher_plans_router_profile_live` ON `voucher_plans` (`router_id`,`hotspot_profile`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `voucher_sales` (
	`id` text PRIMARY KEY NOT NULL,
	`voucher_id` text,
	`router_id` text NOT NULL,
	`plan_id` text,
	`plan_name` text NOT NULL,
	`username` text NOT NULL,
	`price_minor` integer NOT NULL,
	`sold_at` integer NOT NULL,
	`source` text NOT NULL,
	`natural_key` text,
	`operator_id` text,
	`shift_id` text,
	`reverses_sale_id` text,
	`mac_address` text,
	`ip_address` text,
	`validity_ms` integer,
	`batch_comment` text,
	`mikhmon_owner` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`voucher_id`) REFERENCES `vouchers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`router_id`) REFERENCES `routers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `voucher_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reverses_sale_id`) REFERENCES `voucher_sales`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `voucher_sales_natural_key` ON `voucher_sales` (`natural_key`);--> statement-breakpoint
CREATE INDEX `voucher_sales_sold_at` ON `voucher_sales` (`sold_at`);--> statement-breakpoint
CREATE INDEX `voucher_sales_router_sold_at` ON `voucher_sales` (`router_id`,`sold_at`);--> statement-breakpoint
CREATE INDEX `voucher_sales_plan_sold_at` ON `voucher_sales` (`plan_id`,`sold_at`);--> statement-breakpoint
CREATE INDEX `voucher_sales_operator_sold_at` ON `voucher_sales` (`operator_id`,`sold_at`);--> statement-breakpoint
CREATE INDEX `voucher_sales_voucher` ON `voucher_sales` (`voucher_id`);--> statement-breakpoint
CREATE TABLE `vouchers` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text,
	`plan_id` text,
	`router_id` text NOT NULL,
	`code` text NOT NULL,
	`password` text NOT NULL,
	`profile` text NOT NULL,
	`serial` integer,
	`status` text NOT NULL,
	`time_limit_ms` integer,
	`data_limit_bytes` integer,
	`disabled` integer DEFAULT false NOT NULL,
	`first_login_at` integer,
	`expires_at` integer,
	`mac_address` text,
	`uptime_ms` integer,
	`source` text NOT NULL,
	`natural_key` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `voucher_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `voucher_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`router_id`) REFERENCES `routers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vouchers_natural_key` ON `vouchers` (`natural_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `vouchers_router_code` ON `vouchers` (`router_id`,`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `vouchers_batch_serial` ON `vouchers` (`batch_id`,`serial`);--> statement-breakpoint
CREATE INDEX `vouchers_batch_status` ON `vouchers` (`batch_id`,`status`);--> statement-breakpoint
CREATE INDEX `vouchers_plan_status` ON `vouchers` (`plan_id`,`status`);--> statement-breakpoint
CREATE INDEX `vouchers_expires_at` ON `vouchers` (`expires_at`);--> statement-breakpoint
CREATE TABLE `imported_ppp_profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`router_id` text NOT NULL,
	`name` text NOT NULL,
	`rate_limit` text,
	`local_address` text,
	`remote_address` text,
	`only_one` text,
	`builtin` integer NOT NULL,
	`natural_key` text NOT NULL,
	`imported_at` integer NOT NULL,
	FOREIGN KEY (`router_id`) REFERENCES `routers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `imported_ppp_profiles_natural_key` ON `imported_ppp_profiles` (`natural_key`);--> statement-breakpoint
CREATE INDEX `imported_ppp_profiles_router` ON `imported_ppp_profiles` (`router_id`);--> statement-breakpoint
CREATE TABLE `imported_ppp_secrets` (
	`id` text PRIMARY KEY NOT NULL,
	`router_id` text NOT NULL,
	`name` text NOT NULL,
	`service` text NOT NULL,
	`profile` text NOT NULL,
	`remote_address` text,
	`disabled` integer NOT NULL,
	`comment` text NOT NULL,
	`last_logged_out_at` integer,
	`natural_key` text NOT NULL,
	`imported_at` integer NOT NULL,
	FOREIGN KEY (`router_id`) REFERENCES `routers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `imported_ppp_secrets_natural_key` ON `imported_ppp_secrets` (`natural_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `imported_ppp_secrets_router_name` ON `imported_ppp_secrets` (`router_id`,`name`);