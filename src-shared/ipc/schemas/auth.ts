import { z } from 'zod';
import { epochMsSchema, idSchema, passwordSchema, roleSchema, usernameSchema } from './common';

export const sessionSchema = z
  .object({
    operatorId: idSchema,
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    locked: z.boolean(),
    startedAt: epochMsSchema,
    idleLockMs: z.number().int().positive(),
    mustChangePassword: z.boolean(),
  })
  .strict();
export type SessionInfo = z.infer<typeof sessionSchema>;

export const loginInput = z.object({ username: usernameSchema, password: passwordSchema }).strict();
export const unlockInput = z.object({ password: passwordSchema }).strict();
export const changePasswordInput = z
  .object({ currentPassword: passwordSchema, newPassword: passwordSchema })
  .strict();

/** A manager (or owner) types their credentials on the cashier's screen to approve one procedure call. */
export const approvalInput = z
  .object({ username: usernameSchema, password: passwordSchema, procedure: z.string().min(1).max(64) })
  .strict();
export const approvalOutput = z
  .object({ approvalToken: z.string(), approverName: z.string(), expiresAt: epochMsSchema })
  .strict();
