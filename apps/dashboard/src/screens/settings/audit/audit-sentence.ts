import type { AuditEntry, Role } from '@pulse/shared/contracts';
import { ROLES } from '@pulse/shared/names';
import type { Format } from '../../../lib/i18n/index.js';
import type { Compiled } from '../../../lib/i18n/messages.js';
import type en from './messages/en.js';

/** What a sentence is made of besides its table: the role names, Intl, and the members' names. */
export interface SentenceWords {
  t: Compiled<typeof en>;
  roles: Readonly<Record<Role, string>>;
  f: Pick<Format, 'list'>;
  /** A member's name by e-mail, when they gave one. */
  nameOf: (email: string) => string | null | undefined;
}

type Fill = (args: Readonly<Record<string, string>>) => string;
const roleOf = (snapshot: AuditEntry['before'], roles: SentenceWords['roles']) => {
  const role = snapshot?.role;
  return (ROLES as readonly unknown[]).includes(role) ? roles[role as Role] : '—';
};

/** Who did it: a member by name (else e-mail), or an API key by its prefix. */
export function actorLabel(actor: string, { t, nameOf }: Pick<SentenceWords, 't' | 'nameOf'>): string {
  if (actor.startsWith('api:')) return t.apiKey({ prefix: actor.slice(4) });
  return nameOf(actor) ?? actor;
}

/** Names, e-mails and hosts keep their own direction inside a sentence of either direction. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** An audit entry as a sentence in the shown language. */
export function auditSentence(entry: AuditEntry, words: SentenceWords): string {
  const { t, roles, f } = words;
  const origins = entry.after?.origins;
  const isMember = entry.target.type === 'member';
  const args = {
    actor: isolate(actorLabel(entry.actor, words)),
    target: isolate(
      entry.target.name ?? (isMember ? words.nameOf(entry.target.id) : null) ?? entry.target.id,
    ),
    role: roleOf(entry.after, roles),
    from: roleOf(entry.before, roles),
    to: roleOf(entry.after, roles),
    origins:
      Array.isArray(origins) && origins.length > 0
        ? f.list(origins.map((o) => isolate(String(o))))
        : t.anySite,
  };
  return (t.actions[entry.action] as unknown as Fill)(args);
}
