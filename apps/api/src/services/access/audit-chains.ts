import { sha256 } from './keys.js';

/**
 * The audit log's chains: `all`, one per target type and one per actor, each an
 * ordered list of entries with places 1, 2, … An entry joins the three that match it.
 * Actors are hashed: their e-mails hold dots, which field names may not.
 */
export const ALL = 'all';
export const typeChain = (targetType: string) => `t=${targetType}`;
export const actorChain = (actor: string) => `a=${sha256(actor).slice(0, 16)}`;

/** Every chain an entry joins, `all` first. */
export const chainsOf = (targetType: string, actor: string): string[] => [
  ALL,
  typeChain(targetType),
  actorChain(actor),
];

export interface AuditFilter {
  targetType?: string | undefined;
  actor?: string | undefined;
}

/**
 * How a filter is read: the chain to walk, and whether entries must still be checked
 * against the target type (both filters: the actor's chain, narrowed by type). `key`
 * names the filter, so a cursor made with one filter is refused with another.
 */
export function planOf(filter: AuditFilter): { chain: string; narrowByType: boolean; key: string } {
  const { targetType, actor } = filter;
  if (actor && targetType)
    return {
      chain: actorChain(actor),
      narrowByType: true,
      key: `${actorChain(actor)},${typeChain(targetType)}`,
    };
  const chain = actor ? actorChain(actor) : targetType ? typeChain(targetType) : ALL;
  return { chain, narrowByType: false, key: chain };
}
