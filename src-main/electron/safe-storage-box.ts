import { safeStorage } from 'electron';
import { SecretBoxError, type SecretBox } from '../security/secret-box';

const PREFIX = 'ss1:';

/** Secrets sealed by the operating system's keychain (DPAPI, Keychain, libsecret) via Electron. */
export class SafeStorageSecretBox implements SecretBox {
  readonly kind = 'safe-storage';

  static available(): boolean {
    return safeStorage.isEncryptionAvailable();
  }

  encrypt(plain: string): string {
    return PREFIX + safeStorage.encryptString(plain).toString('base64');
  }

  decrypt(sealed: string): string {
    if (!sealed.startsWith(PREFIX)) throw new SecretBoxError('not a secret sealed by this app');
    try {
      return safeStorage.decryptString(Buffer.from(sealed.slice(PREFIX.length), 'base64'));
    } catch {
      throw new SecretBoxError('secret cannot be decrypted on this computer');
    }
  }
}
