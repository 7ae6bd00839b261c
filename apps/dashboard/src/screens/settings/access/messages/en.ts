import type { Table } from '../../../../lib/i18n/index.js';

/** What the team, API keys and audit sections share: copying a secret once, and why something failed. */
export default {
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'The browser did not let Pulse copy it: select the text and copy it yourself.',
  cancel: 'Cancel',
  retry: 'Try again',
  /** Who may do something a role was refused, in a sentence: "Only owners can do this." */
  roleGroups: { owner: 'owners', agent: 'agents', viewer: 'viewers' },
  problems: {
    offline: 'Pulse could not be reached, so nothing changed. Check your connection and try again.',
    forbidden: 'Only {roles} can do this. Ask one of them if it needs doing.',
    signedOut: 'Your session has ended. Sign in again to go on.',
    limited: 'Too many attempts in a short time. Wait a minute, then try again.',
    serverError: 'Pulse could not do this (a fault on our side, it has been logged). Try again in a minute.',
    notFound: 'This is no longer there: someone changed it meanwhile. The list now shows what is current.',
    refused: 'Not done: {why}',
  },
} as const satisfies Table;
