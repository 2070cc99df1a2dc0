import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../src-shared/ipc/result';

/** OWASP's argon2id baseline (19 MiB, 2 passes): ~40 ms here, fine for logins, never run in bulk. */
// `Algorithm` is an ambient const enum (unusable with isolatedModules); 2 is its Argon2id member.
const ARGON2ID = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random string: verifying against it costs the same time as a real check. */
let dummyHash: Promise<string> | null = null;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('timing-equaliser-' + Math.random().toString(36));
  return dummyHash;
}

/** The minimum policy: long enough, a letter and a digit, not built from the username. */
export function passwordPolicyProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`at least ${PASSWORD_MIN_LENGTH} characters`);
  if (!/\p{L}/u.test(password)) problems.push('at least one letter');
  if (!/\p{N}/u.test(password)) problems.push('at least one digit');
  if (username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('must not contain the username');
  }
  return problems;
}

export function assertPasswordPolicy(password: string, username: string): void {
  const problems = passwordPolicyProblems(password, username);
  if (problems.length > 0) {
    throw new AppError('VALIDATION', `Password is too weak: ${problems.join(', ')}.`, {
      issues: [{ path: ['password'], message: problems.join(', ') }],
    });
  }
}
