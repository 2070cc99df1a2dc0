import { z } from 'zod';
import { epochMsSchema, idSchema, passwordSchema, roleSchema, usernameSchema } from './common';

export const operatorSchema = z
  .object({
    id: idSchema,
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    active: z.boolean(),
    createdAt: epochMsSchema,
    lastLoginAt: epochMsSchema.nullable(),
  })
  .strict();
export type Operator = z.infer<typeof operatorSchema>;

export const displayNameSchema = z.string().trim().min(1).max(80);

export const createOperatorInput = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema,
    role: roleSchema,
    password: passwordSchema,
  })
  .strict();

export const updateOperatorInput = z
  .object({
    id: idSchema,
    displayName: displayNameSchema.optional(),
    role: roleSchema.optional(),
    active: z.boolean().optional(),
  })
  .strict();

export const resetPasswordInput = z.object({ id: idSchema, newPassword: passwordSchema }).strict();
