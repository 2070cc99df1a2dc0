import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyFileSecretBox, SecretBoxError } from '../../src-main/security/secret-box';
import { makeTempDir } from '../support/temp-dir';

describe('key-file secret box (plain Node)', () => {
  it('round-trips, uses a fresh IV each time, and keeps the key file private', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const keyFile = path.join(dir, 'secret.key');
      const box = KeyFileSecretBox.open(keyFile);
      const a = box.encrypt('router-pass-ü');
      const b = box.encrypt('router-pass-ü');
      expect(a).not.toBe(b);
      expect(a).not.toContain('router-pass');
      expect(box.decrypt(a)).toBe('router-pass-ü');
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      // Reopening uses the same key.
      expect(KeyFileSecretBox.open(keyFile).decrypt(a)).toBe('router-pass-ü');
    } finally {
      cleanup();
    }
  });

  it('refuses tampered or foreign data with a typed error, and tightens loose key permissions', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const keyFile = path.join(dir, 'secret.key');
      const box = KeyFileSecretBox.open(keyFile);
      const sealed = box.encrypt('secret');
      const parts = sealed.split(':');
      const body = Buffer.from(parts[3]!, 'base64');
      body[0] = body[0]! ^ 1;
      const tampered = [parts[0], parts[1], parts[2], body.toString('base64')].join(':');
      expect(() => box.decrypt(tampered)).toThrow(SecretBoxError);
      expect(() => box.decrypt('plain text')).toThrow(SecretBoxError);
      const other = KeyFileSecretBox.open(path.join(dir, 'other.key'));
      expect(() => other.decrypt(sealed)).toThrow(SecretBoxError);
      fs.chmodSync(keyFile, 0o644);
      KeyFileSecretBox.open(keyFile);
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    } finally {
      cleanup();
    }
  });
});
