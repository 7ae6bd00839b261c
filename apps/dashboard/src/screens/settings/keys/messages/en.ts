import type { Table } from '../../../../lib/i18n/index.js';

export default {
  title: 'API keys',
  intro:
    'A key lets a server or a script use the API as an owner of this project (Authorization: Bearer sk_…). Give each its own key, so one can be revoked without touching the others.',
  newName: 'Name of the new key',
  newPlaceholder: 'CRM export',
  create: 'Create key',
  creating: 'Creating…',
  empty: 'No API keys yet.',
  list: 'Keys of this project',
  prefix: 'Starts with',
  created: 'Created {when}',
  createdBy: 'Created {when} by {who}',
  lastUsed: 'Last used {when}',
  neverUsed: 'Never used',
  previousSecret: 'previous secret',
  statuses: { active: 'Active', expiring: 'Stops {when}', revoked: 'Revoked {when}' },
  revoke: 'Revoke',
  rotate: 'Rotate',
  working: 'Working…',
  confirmRevoke: 'Revoke “{name}”? Every request made with it is refused from now on. This cannot be undone.',
  revokeYes: 'Revoke key',
  rotateTitle: 'Rotate “{name}”: it gets a new secret under the same name.',
  grace: 'The old secret',
  graces: {
    now: 'stops at once (after a leak)',
    hour: 'keeps working for 1 hour',
    day: 'keeps working for 1 day',
    week: 'keeps working for 7 days',
  },
  rotateYes: 'Rotate key',
  secret: {
    created: 'The secret of “{name}”',
    rotated: 'The new secret of “{name}”',
    warning:
      'Copy it now and keep it somewhere safe: you will not see it again. Pulse keeps only a fingerprint of it.',
    oldStops: 'The old secret keeps working until {when}: switch your servers to the new one before then.',
    oldStopped: 'The old secret has stopped working.',
    done: 'I have stored it',
  },
  refusals: {
    key_revoked: 'This key was already revoked.',
    key_expiring: 'This key was already rotated: rotate its new key instead.',
  },
  origins: {
    title: 'Allowed origins',
    intro:
      'The websites whose pages may send answers through the widget. With none listed, answers are accepted from any site.',
    entry: 'Origin {n}',
    placeholder: 'https://www.example.com',
    none: 'None listed: any website may send answers.',
    add: 'Add an origin',
    remove: 'Remove origin {n}',
    save: 'Save origins',
    saving: 'Saving…',
    saved: 'Saved. Other API processes follow within 10 seconds.',
    invalid:
      'Not an origin: write only the scheme and the host (and a port if any), like https://shop.example.com, without a path.',
    tooMany: 'At most {count} origins can be listed.',
  },
} as const satisfies Table;
