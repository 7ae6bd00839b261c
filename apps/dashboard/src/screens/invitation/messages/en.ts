import type { Table } from '../../../lib/i18n/index.js';

export default {
  loading: 'Opening your invite…',
  title: 'Join {project}',
  invitedBy: '{who} invited you to join {project} on Pulse as {role}.',
  invitedByKey: 'You are invited to join {project} on Pulse as {role}.',
  expires: 'This link works once, until {when}.',
  email: 'E-mail',
  name: 'Your name',
  newPassword: 'Choose a password',
  passwordHint: { one: 'At least {count} character.', other: 'At least {count} characters.' },
  currentPassword: 'Your Pulse password',
  existing:
    'You already have a Pulse account with this e-mail: enter its password. Joining does not change it.',
  submit: 'Join and sign in',
  working: 'Joining…',
  errors: {
    weakPassword: {
      one: 'Choose a password of at least {count} character.',
      other: 'Choose a password of at least {count} characters.',
    },
    wrongPassword: 'That is not the password of your Pulse account.',
    alreadyMember: 'You are already a member of this project: sign in instead.',
    limited: 'Too many attempts. Wait a minute, then try again.',
    failed: 'Pulse could not be reached, so you have not joined yet. Check your connection and try again.',
  },
  unusableTitle: 'This invite link no longer works',
  unusable: {
    invite_used:
      'It has already been used: an invite link works only once. If it was you who joined, sign in.',
    invite_revoked: 'The project’s owners withdrew it. Ask them for a new link.',
    invite_expired: 'It has expired. Ask the person who invited you for a new link.',
    invite_not_found: 'It is not a valid invite link. Check that you copied all of it, or ask for a new one.',
  },
  unreachable: 'Pulse could not be reached to read this invite. Check your connection and try again.',
  retry: 'Try again',
  signIn: 'Go to sign-in',
} as const satisfies Table;
