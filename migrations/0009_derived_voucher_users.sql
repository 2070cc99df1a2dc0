ALTER TABLE `voucher_batches` ADD `user_attributes` text;--> statement-breakpoint
-- Backfill: each app batch's shared attributes from one of its desired users (password and disabled
-- are per voucher), then the desired copies of app vouchers go: they are derived from now on.
UPDATE `voucher_batches` SET `user_attributes` = (
  SELECT json_remove(d.attributes, '$.password', '$.disabled') FROM `router_desired_items` d
  JOIN `vouchers` v ON v.router_id = d.router_id AND v.code = d.name
  WHERE v.batch_id = `voucher_batches`.id AND d.menu = '/ip/hotspot/user' LIMIT 1
) WHERE `source` = 'app';--> statement-breakpoint
UPDATE `vouchers` SET `disabled` = 1 WHERE `source` = 'app' AND EXISTS (
  SELECT 1 FROM `router_desired_items` d WHERE d.router_id = `vouchers`.router_id AND d.menu = '/ip/hotspot/user'
    AND d.name = `vouchers`.code AND json_extract(d.attributes, '$.disabled') = 'yes'
);--> statement-breakpoint
DELETE FROM `router_desired_items` WHERE `menu` = '/ip/hotspot/user' AND EXISTS (
  SELECT 1 FROM `vouchers` v WHERE v.router_id = `router_desired_items`.router_id AND v.code = `router_desired_items`.name AND v.source = 'app'
);
