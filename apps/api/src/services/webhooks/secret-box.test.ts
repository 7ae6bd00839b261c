import { describe, expect, it } from 'vitest';
import { createSecretBox } from './secret-box.js';

const KEY = 'a test key that is long enough to be a SECRET_KEY';
const SECRET = 'whsec_c2VjcmV0IGJ5dGVzIGZvciB0aGUgdGVzdA==';

describe('secret box', () => {
  it('seals with SECRET_KEY (a fresh nonce each time) and opens what it sealed', () => {
    const box = createSecretBox(KEY);
    const [one, two] = [box.seal(SECRET), box.seal(SECRET)];
    expect(one).toMatch(/^enc:v1:/);
    expect(one).not.toContain('whsec_');
    expect(one).not.toBe(two);
    expect(box.open(one)).toBe(SECRET);
    expect(box.open(two)).toBe(SECRET);
  });

  it('keeps values as they are without a key, and still opens values stored before one was set', () => {
    expect(createSecretBox(undefined).seal(SECRET)).toBe(SECRET);
    expect(createSecretBox(KEY).open(SECRET)).toBe(SECRET);
  });

  it('refuses a sealed value it cannot open: no key, another key, or altered', () => {
    const sealed = createSecretBox(KEY).seal(SECRET);
    expect(() => createSecretBox(undefined).open(sealed)).toThrow('SECRET_KEY, which is not set');
    expect(() => createSecretBox(`${KEY}!`).open(sealed)).toThrow('was it changed?');
    // Change the first character of the ciphertext (every bit of it counts, unlike a last one).
    const at = sealed.lastIndexOf(':') + 1;
    const altered = `${sealed.slice(0, at)}${sealed[at] === 'A' ? 'B' : 'A'}${sealed.slice(at + 1)}`;
    expect(() => createSecretBox(KEY).open(altered)).toThrow('was it changed?');
  });
});
