CREATE TABLE `router_desired_items` (
	`router_id` text NOT NULL,
	`menu` text NOT NULL,
	`name` text NOT NULL,
	`attributes` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`router_id`, `menu`, `name`),
	FOREIGN KEY (`router_id`) REFERENCES `routers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `router_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`router_id` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`item_key` text NOT NULL,
	`payload` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`next_attempt_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`router_id`) REFERENCES `routers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `router_jobs_router_seq` ON `router_jobs` (`router_id`,`seq`);--> statement-breakpoint
CREATE INDEX `router_jobs_router_status_seq` ON `router_jobs` (`router_id`,`status`,`seq`);--> statement-breakpoint
CREATE INDEX `router_jobs_status` ON `router_jobs` (`status`);--> statement-breakpoint
CREATE TABLE `routers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`host` text NOT NULL,
	`port` integer NOT NULL,
	`transport` text NOT NULL,
	`tls_anonymous_dh` integer DEFAULT false NOT NULL,
	`tls_verify_cert` integer DEFAULT true NOT NULL,
	`username` text NOT NULL,
	`password_sealed` text NOT NULL,
	`office_code` text NOT NULL,
	`hotspot_server` text DEFAULT 'all' NOT NULL,
	`login_url` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `routers_name_live` ON `routers` (`name`) WHERE deleted_at IS NULL;