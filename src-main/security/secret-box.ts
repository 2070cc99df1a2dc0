import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encrypts secrets at rest (router passwords, sync credentials). Electron uses the OS keychain
 * (safeStorage, see src-main/electron/); plain Node uses a key file readable only by this user.
 */
export interface SecretBox {
  readonly kind: string;
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
}

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

const KEY_BYTES = 32;
const PREFIX = 'kf1';

/** AES-256-GCM with a per-value random IV; the key lives in `<dataDir>/secret.key` with mode 0600. */
export class KeyFileSecretBox implements SecretBox {
  readonly kind = 'key-file';

  private constructor(private readonly key: Buffer) {}

  static open(keyFile: string): KeyFileSecretBox {
    return new KeyFileSecretBox(loadOrCreateKey(keyFile));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [PREFIX, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(sealed: string): string {
    const [prefix, iv, tag, body, ...rest] = sealed.split(':');
    if (prefix !== PREFIX || !iv || !tag || body === undefined || rest.length > 0) {
      throw new SecretBoxError('not a secret sealed by this app');
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError('secret cannot be decrypted (wrong key or tampered data)');
    }
  }
}

function loadOrCreateKey(keyFile: string): Buffer {
  if (!fs.existsSync(keyFile)) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true });
    // 'wx' fails if another process created it meanwhile; mode 0600 keeps other users out.
    fs.writeFileSync(keyFile, randomBytes(KEY_BYTES).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  if (process.platform !== 'win32') {
    const mode = fs.statSync(keyFile).mode & 0o777;
    if ((mode & 0o077) !== 0) fs.chmodSync(keyFile, 0o600);
  }
  const key = Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new SecretBoxError(`key file ${keyFile} is damaged`);
  return key;
}
