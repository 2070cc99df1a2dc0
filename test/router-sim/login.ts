// API login, both generations:
// - 6.43+: `/login =name=U =password=P` -> `!done`.
// - legacy: `/login` -> `!done =ret=<32 hex>`, then `/login =name=U =response=00<md5>`.
// Routers before 6.43 know only the legacy form; a plain login there is answered with a challenge
// (the password word is ignored), which is how real clients detect that they must fall back.
import { createHash, randomBytes } from 'node:crypto';
import { trapSentence, type Sentence } from './replies';

/** '00' + hex(md5(0x00 + password + unhex(challenge))); the guide's vector is exported for tests */
export function legacyLoginResponse(password: string, challengeHex: string): string {
  const md5 = createHash('md5');
  md5.update(Buffer.from([0]));
  md5.update(Buffer.from(password, 'utf8'));
  md5.update(Buffer.from(challengeHex, 'hex'));
  return `00${md5.digest('hex')}`;
}

export function newChallenge(): string {
  return randomBytes(16).toString('hex');
}

export interface LoginSession {
  /** the last challenge this connection was given; one challenge per connection, replaced on reissue */
  challenge: string | null;
  user: string | null;
}

export interface LoginContext {
  users: Readonly<Record<string, string>>;
  legacyLoginOnly: boolean;
}

export const MSG_INVALID_LOGIN = 'invalid user name or password (6)';
export const MSG_LEGACY_FAILED = 'cannot log in';

export function handleLogin(ctx: LoginContext, session: LoginSession, attrs: ReadonlyMap<string, string>): Sentence[] {
  const name = attrs.get('name');
  const password = attrs.get('password');
  const response = attrs.get('response');

  if (response !== undefined) {
    const expected =
      name !== undefined && session.challenge !== null && Object.hasOwn(ctx.users, name)
        ? legacyLoginResponse(ctx.users[name] ?? '', session.challenge)
        : null;
    session.challenge = null;
    if (expected !== null && expected === response.toLowerCase()) {
      session.user = name ?? null;
      return [['!done']];
    }
    // Verified on real routers: 6.43+ reports a bad md5 response like a bad password; older says "cannot log in".
    return [trapSentence(ctx.legacyLoginOnly ? MSG_LEGACY_FAILED : MSG_INVALID_LOGIN), ['!done']];
  }

  if (password !== undefined && !ctx.legacyLoginOnly) {
    if (name !== undefined && Object.hasOwn(ctx.users, name) && ctx.users[name] === password) {
      session.user = name;
      return [['!done']];
    }
    return [trapSentence(MSG_INVALID_LOGIN), ['!done']];
  }

  // `/login` with no password (any version), or any plain login before 6.43: hand out a challenge.
  session.challenge = newChallenge();
  return [['!done', `=ret=${session.challenge}`]];
}
