import type pg from 'pg';

/**
 * Registers an office on the central database and gives it its own login role, a member of `mb_office`
 * (EXECUTE on mb.sync_push / mb.sync_pull only). Run by an admin with CREATEROLE; one transaction.
 */
export interface OfficeRoleInput {
  code: string;
  name: string;
  role: string;
  password: string;
}

const OFFICE_CODE = /^[A-Z0-9]{2,10}$/;
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function validateOfficeRoleInput(input: OfficeRoleInput): string | null {
  if (!OFFICE_CODE.test(input.code)) return 'office code must be 2-10 capital letters or digits';
  if (!ROLE_NAME.test(input.role)) return 'role name must be lower-case letters, digits and _ (max 63)';
  if (input.name.trim() === '') return 'office name is required';
  if (input.password.length < 12) return 'password must be at least 12 characters';
  return null;
}

export async function createOfficeRole(client: pg.ClientBase, input: OfficeRoleInput): Promise<void> {
  const problem = validateOfficeRoleInput(input);
  if (problem) throw new Error(problem);
  await client.query('BEGIN');
  try {
    // CREATE ROLE takes no bind parameters: identifier and literal are escaped by the driver.
    const role = client.escapeIdentifier(input.role);
    await client.query(`CREATE ROLE ${role} LOGIN PASSWORD ${client.escapeLiteral(input.password)} IN ROLE mb_office`);
    await client.query('INSERT INTO mb.offices (code, name, role_name) VALUES ($1, $2, $3)', [input.code, input.name, input.role]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
