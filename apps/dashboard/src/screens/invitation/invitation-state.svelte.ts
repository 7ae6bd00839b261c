import type { InvitationPreview, SessionInfo } from '@pulse/shared/contracts';
import { ApiError } from '../../lib/api.js';
import type { InvitationApi } from './invitation-api.js';

/** Why a link cannot be accepted: the API's code for it. */
export type Unusable = 'invite_used' | 'invite_revoked' | 'invite_expired' | 'invite_not_found';
const UNUSABLE: readonly string[] = ['invite_used', 'invite_revoked', 'invite_expired', 'invite_not_found'];

/** Why accepting failed, in a word the page puts into a sentence. */
export type AcceptError = 'weakPassword' | 'wrongPassword' | 'alreadyMember' | 'limited' | 'failed';

export type InvitationState =
  | { phase: 'loading' }
  | { phase: 'unreachable' }
  | { phase: 'unusable'; reason: Unusable }
  | { phase: 'open'; invite: InvitationPreview; working: boolean; error: AcceptError | null };

const unusableOf = (err: unknown): Unusable | null =>
  err instanceof ApiError && UNUSABLE.includes(err.code) ? (err.code as Unusable) : null;

function acceptErrorOf(err: unknown): AcceptError {
  if (!(err instanceof ApiError)) return 'failed';
  if (err.code === 'weak_password') return 'weakPassword';
  if (err.code === 'invalid_credentials') return 'wrongPassword';
  if (err.code === 'already_member') return 'alreadyMember';
  if (err.status === 429) return 'limited';
  return 'failed';
}

/** The accept page: what the link stands for, then joining with a password (and a name). */
export function createInvitation(api: InvitationApi, onAccepted: (session: SessionInfo) => void) {
  let state = $state.raw<InvitationState>({ phase: 'loading' });

  return {
    get state() {
      return state;
    },
    async load() {
      state = { phase: 'loading' };
      try {
        state = { phase: 'open', invite: await api.preview(), working: false, error: null };
      } catch (err) {
        const reason = unusableOf(err);
        state = reason ? { phase: 'unusable', reason } : { phase: 'unreachable' };
      }
    },
    async accept(password: string, name: string) {
      if (state.phase !== 'open') return;
      const { invite } = state;
      state = { ...state, working: true, error: null };
      try {
        const trimmed = name.trim();
        const session = await api.accept({ password, ...(trimmed ? { name: trimmed } : {}) });
        onAccepted(session);
      } catch (err) {
        // Used meanwhile (another tab, a colleague with the same link): the page says so.
        const reason = unusableOf(err);
        state = reason
          ? { phase: 'unusable', reason }
          : { phase: 'open', invite, working: false, error: acceptErrorOf(err) };
      }
    },
  };
}

export type Invitation = ReturnType<typeof createInvitation>;
