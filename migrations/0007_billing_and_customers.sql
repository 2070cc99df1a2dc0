CREATE TABLE `customers` (
	`id` text PRIMARY KEY NOT NULL,
	`search_key` integer NOT NULL,
	`account_number` text NOT NULL,
	`name` text NOT NULL,
	`phones` text DEFAULT '[]' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`gps_lat` real,
	`gps_lng` real,
	`notes` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "customers_gps_pair" CHECK((gps_lat IS NULL) = (gps_lng IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_search_key` ON `customers` (`search_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `customers_account_number` ON `customers` (`account_number`);--> statement-breakpoint
CREATE INDEX `customers_name` ON `customers` (`name`);--> statement-breakpoint
CREATE INDEX `customers_status` ON `customers` (`status`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`kind` text NOT NULL,
	`number` text,
	`amount_minor` integer NOT NULL,
	`occurred_at` integer NOT NULL,
	`due_date` text,
	`method` text,
	`reference` text,
	`memo` text DEFAULT '' NOT NULL,
	`subscription_id` text,
	`voids_entry_id` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voids_entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_entries_amount_int" CHECK(typeof(amount_minor) = 'integer'),
	CONSTRAINT "ledger_entries_sign" CHECK((kind = 'invoice' AND amount_minor >= 0) OR (kind IN ('payment', 'credit_note') AND amount_minor <= 0) OR (kind = 'adjustment' AND amount_minor <> 0) OR kind = 'void'),
	CONSTRAINT "ledger_entries_void_ref" CHECK((kind = 'void') = (voids_entry_id IS NOT NULL)),
	CONSTRAINT "ledger_entries_payment_method" CHECK((kind = 'payment') = (method IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_number` ON `ledger_entries` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_voids` ON `ledger_entries` (`voids_entry_id`);--> statement-breakpoint
CREATE INDEX `ledger_entries_customer_time` ON `ledger_entries` (`customer_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `ledger_entries_subscription` ON `ledger_entries` (`subscription_id`);--> statement-breakpoint
CREATE TABLE `ledger_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`entry_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`subscription_id` text,
	`plan_id` text,
	`period_start` text,
	`period_end` text,
	`net_minor` integer NOT NULL,
	`tax_rate_bp` integer NOT NULL,
	`tax_minor` integer NOT NULL,
	`total_minor` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `service_plans`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_lines_money_int" CHECK(typeof(net_minor) = 'integer' AND typeof(tax_minor) = 'integer' AND typeof(total_minor) = 'integer' AND net_minor >= 0 AND tax_minor >= 0 AND total_minor = net_minor + tax_minor)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_lines_entry_position` ON `ledger_lines` (`entry_id`,`position`);--> statement-breakpoint
CREATE INDEX `ledger_lines_subscription` ON `ledger_lines` (`subscription_id`);--> statement-breakpoint
CREATE TABLE `number_sequences` (
	`key` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `service_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`router_id` text NOT NULL,
	`name` text NOT NULL,
	`price_minor` integer NOT NULL,
	`cycle_kind` text NOT NULL,
	`billing_day` integer,
	`cycle_days` integer,
	`ppp_profile` text NOT NULL,
	`rate_limit` text,
	`address_pool` text,
	`local_address` text,
	`setup_fee_minor` integer DEFAULT 0 NOT NULL,
	`tax_rate_bp` integer DEFAULT 0 NOT NULL,
	`grace_days` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`router_id`) REFERENCES `routers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "service_plans_money_int" CHECK(typeof(price_minor) = 'integer' AND typeof(setup_fee_minor) = 'integer' AND price_minor >= 0 AND setup_fee_minor >= 0),
	CONSTRAINT "service_plans_cycle" CHECK((cycle_kind = 'monthly' AND billing_day BETWEEN 1 AND 31 AND cycle_days IS NULL) OR (cycle_kind = 'days' AND cycle_days >= 1 AND billing_day IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_plans_router_profile_live` ON `service_plans` (`router_id`,`ppp_profile`) WHERE archived_at IS NULL;--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`plan_id` text NOT NULL,
	`router_id` text NOT NULL,
	`ppp_username` text NOT NULL,
	`ppp_password` text NOT NULL,
	`start_date` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`suspended_at` integer,
	`cancelled_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `service_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`router_id`) REFERENCES `routers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_router_username_live` ON `subscriptions` (`router_id`,`ppp_username`) WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX `subscriptions_customer` ON `subscriptions` (`customer_id`);--> statement-breakpoint
CREATE INDEX `subscriptions_plan` ON `subscriptions` (`plan_id`);