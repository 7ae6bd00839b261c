import { type LookupAddress, type LookupOptions, lookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks may not go unless WEBHOOK_ALLOW_PRIVATE_NETWORKS is set: loopback,
 * private, link-local (cloud metadata lives at 169.254.169.254), carrier-grade NAT
 * and unspecified addresses. Otherwise anyone allowed to create a webhook could
 * make the API post to services only it can reach.
 */
const PRIVATE_NETWORKS = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  PRIVATE_NETWORKS.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  PRIVATE_NETWORKS.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE_NETWORKS.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return PRIVATE_NETWORKS.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export const PRIVATE_TARGET_HINT =
  'webhooks to private, loopback or link-local addresses are off; set WEBHOOK_ALLOW_PRIVATE_NETWORKS=true to allow them';

/** The URL's host when it is an IP address (brackets of IPv6 removed), else null. */
function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? host : null;
}

/** Why a webhook URL is refused before anything is resolved (a private literal, localhost), or null. */
export function refusedTarget(url: URL): string | null {
  const literal = literalAddress(url);
  if ((literal && isPrivateAddress(literal)) || /^localhost\.?$/i.test(url.hostname))
    return PRIVATE_TARGET_HINT;
  return null;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that resolves as usual and fails when any address is
 * private. The connection then goes to an address checked here, so a name that
 * resolves differently between a check and the connect (DNS rebinding) cannot slip by.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const blocked = addresses.find((a) => isPrivateAddress(a.address));
    if (blocked) {
      const refused: NodeJS.ErrnoException = new Error(
        `${hostname} resolves to ${blocked.address}: ${PRIVATE_TARGET_HINT}`,
      );
      refused.code = 'EPRIVATE';
      return callback(refused, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
}
