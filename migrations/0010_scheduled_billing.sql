CREATE TABLE `billing_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`as_of_date` text NOT NULL,
	`trigger` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`invoices_issued` integer DEFAULT 0 NOT NULL,
	`suspended` integer DEFAULT 0 NOT NULL,
	`reactivated` integer DEFAULT 0 NOT NULL,
	`errors` integer DEFAULT 0 NOT NULL,
	`created_by` text,
	FOREIGN KEY (`created_by`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `billing_runs_as_of` ON `billing_runs` (`as_of_date`);--> statement-breakpoint
CREATE INDEX `billing_runs_started` ON `billing_runs` (`started_at`);--> statement-breakpoint
ALTER TABLE `subscriptions` ADD `suspension_kind` text;--> statement-breakpoint
ALTER TABLE `subscriptions` ADD `suspension_reason` text;--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_lines_plan_period` ON `ledger_lines` (`subscription_id`,`period_start`) WHERE kind = 'plan';--> statement-breakpoint
-- Suspensions made before scheduled billing existed were a manager's: a run must not lift them.
UPDATE `subscriptions` SET `suspension_kind` = 'manual' WHERE `status` = 'suspended';
