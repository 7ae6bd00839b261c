import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { isPrivateAddress, publicOnlyLookup, refusedTarget } from './target.js';

describe('webhook targets', () => {
  it('tells private, loopback and link-local addresses from public ones', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::FFFF:10.0.0.1',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it('refuses URLs naming a private address or localhost before anything is resolved', () => {
    for (const url of [
      'http://127.0.0.1:8080/x',
      'http://[::1]/x',
      'https://169.254.169.254/latest',
      'http://localhost:3000',
      'http://LOCALHOST./',
    ]) {
      expect(refusedTarget(new URL(url)), url).toContain('WEBHOOK_ALLOW_PRIVATE_NETWORKS');
    }
    expect(refusedTarget(new URL('https://hooks.example.com/pulse'))).toBeNull();
    expect(refusedTarget(new URL('https://8.8.8.8/pulse'))).toBeNull();
  });

  it('fails the lookup of a name that resolves to a private address', async () => {
    // localhost resolves from the hosts file, so this needs no network.
    const err = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      publicOnlyLookup(
        'localhost',
        {},
        (e: NodeJS.ErrnoException | null, _address: string | LookupAddress[]) => resolve(e),
      ),
    );
    expect(err?.code).toBe('EPRIVATE');
    expect(err?.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
  });
});
