import { ROLES, type Role } from '@shared/domain/roles';

/** `dashboard.summary` sends the role as a plain string; only known roles get a translated name. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
