import type { Table } from '../../../lib/i18n/index.js';

export default {
  title: 'Sign in to Pulse',
  subtitle: 'Watch NPS move live and work the follow-up queue with your team.',
  email: 'E-mail',
  password: 'Password',
  submit: 'Sign in',
  working: 'Signing in…',
  invalid: 'That e-mail and password do not match. Check them, or ask an owner to invite you again.',
  limited: 'Too many failed attempts from this network. Wait 15 minutes and try again.',
  failed: 'Could not reach Pulse. Check your connection and try again.',
  hint: 'An owner adds you with:',
} as const satisfies Table;
