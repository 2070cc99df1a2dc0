/** Operator roles, most powerful first. The contract names which roles may call each procedure. */
export const ROLES = ['owner', 'manager', 'cashier', 'technician'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a given role may create or edit: an owner manages everyone, a manager only desk staff. */
export function manageableRoles(actor: Role): readonly Role[] {
  switch (actor) {
    case 'owner':
      return ROLES;
    case 'manager':
      return ['cashier', 'technician'];
    default:
      return [];
  }
}
