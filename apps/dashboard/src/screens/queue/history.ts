import type { FollowUpChange } from '@pulse/shared/contracts';
import type { Format } from '../../lib/i18n/format.js';
import type { Compiled } from '../../lib/i18n/messages.js';
import type shellTable from '../../messages/en.js';
import type queueTable from './messages/en.js';

/** The words a history entry is told in: the queue's and the shell's, in one language. */
export interface HistoryWords {
  history: Compiled<typeof queueTable>['history'];
  shell: Compiled<typeof shellTable>;
  format: Format;
}

/** Who made a change: a member's e-mail as it is, the system and API keys in words. */
export function actorName(actor: string, { history }: HistoryWords): string {
  if (actor === 'system') return history.system;
  if (actor === 'api') return history.api;
  return actor;
}

/** One change of a follow-up's history as a sentence. */
export function describeChange(change: FollowUpChange, words: HistoryWords): string {
  const { history: h, shell, format } = words;
  switch (change.type) {
    case 'opened':
      return h.opened({ priority: shell.priorities[change.priority] });
    case 'status':
      return h.status({ from: shell.statuses[change.from], to: shell.statuses[change.to] });
    case 'assignee':
      if (change.from === null) return h.assigned({ to: change.to ?? '' });
      if (change.to === null) return h.unassigned({ from: change.from });
      return h.reassigned({ from: change.from, to: change.to });
    case 'note':
      return h.note;
    case 'classification': {
      const { from, to } = change;
      const themes = (list: readonly (keyof typeof shell.themes)[]) =>
        list.length > 0 ? format.list(list.map((t) => shell.themes[t])) : h.noThemes;
      const parts: string[] = [];
      if (from.themes.join() !== to.themes.join())
        parts.push(h.themes({ from: themes(from.themes), to: themes(to.themes) }));
      if (from.churnRisk !== to.churnRisk) parts.push(to.churnRisk ? h.churnOn : h.churnOff);
      if (from.priority !== to.priority)
        parts.push(h.priority({ from: shell.priorities[from.priority], to: shell.priorities[to.priority] }));
      return h.classification({ changes: format.list(parts) });
    }
  }
}
