import { z } from 'zod';

/** Permission lists reused across domain contracts. */
export const ADMINS = ['owner', 'manager'] as const;
export const EVERYONE = ['owner', 'manager', 'cashier', 'technician'] as const;
export const done = z.object({ done: z.literal(true) }).strict();
