import { createHash } from 'node:crypto';
import { RouterProtocolError } from './errors';

/**
 * Response for the pre-6.43 challenge login: `00` + md5(0x00 + password + challenge bytes), hex.
 * `challengeHex` is the `=ret=` value of the router's `!done` to a bare `/login`.
 */
export function legacyLoginResponse(password: string, challengeHex: string): string {
  if (challengeHex.length === 0 || challengeHex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(challengeHex)) {
    throw new RouterProtocolError('login challenge is not a hex string');
  }
  const md5 = createHash('md5');
  md5.update(Buffer.from([0]));
  md5.update(Buffer.from(password, 'latin1'));
  md5.update(Buffer.from(challengeHex, 'hex'));
  return `00${md5.digest('hex')}`;
}
