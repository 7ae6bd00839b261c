import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const SEALED = 'enc:v1:';

/**
 * Seals values kept in the database that the API must read back in clear (webhook
 * signing secrets: an HMAC key cannot be checked against a hash), with AES-256-GCM
 * under a key derived from SECRET_KEY. Without SECRET_KEY values are kept as they
 * are; values stored before a key was set stay readable.
 */
export function createSecretBox(secretKey: string | undefined) {
  const key = secretKey
    ? Buffer.from(hkdfSync('sha256', secretKey, 'pulse', 'database secrets v1', 32))
    : undefined;

  return {
    seal(plain: string): string {
      if (!key) return plain;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${SEALED}${[iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join(':')}`;
    },

    /** The clear value; throws when it was sealed under a key this process does not have. */
    open(stored: string): string {
      if (!stored.startsWith(SEALED)) return stored;
      if (!key) throw new Error('this secret was sealed with SECRET_KEY, which is not set');
      const [iv, tag, sealed] = stored
        .slice(SEALED.length)
        .split(':')
        .map((part) => Buffer.from(part, 'base64url'));
      if (!iv || !tag || !sealed) throw new Error('a sealed secret is malformed');
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('a sealed secret does not open with this SECRET_KEY (was it changed?)');
      }
    },
  };
}

export type SecretBox = ReturnType<typeof createSecretBox>;
