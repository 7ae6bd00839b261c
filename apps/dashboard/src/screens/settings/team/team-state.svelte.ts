import type { InviteCreate, InviteCreated, Role } from '@pulse/shared/contracts';
import { problemOf } from '../access/problem.js';
import { type ChangeState, changeRunner } from '../access/run-change.js';
import type { Invite, Member, TeamApi } from './team-api.js';

export interface TeamState extends ChangeState {
  status: 'loading' | 'ready' | 'error';
  members: Member[];
  invites: Invite[];
  /** The invite just made: its link is shown this once. */
  created: InviteCreated | null;
}

/** The team section: members and their roles, inviting by a one-time link, pending invites. */
export function createTeam(api: TeamApi) {
  let state = $state.raw<TeamState>({
    status: 'loading',
    members: [],
    invites: [],
    busy: null,
    created: null,
    problem: null,
  });
  const set = (patch: Partial<TeamState>) => {
    state = { ...state, ...patch };
  };

  async function load() {
    if (state.status !== 'ready') set({ status: 'loading' });
    try {
      const [members, invites] = await Promise.all([api.members(), api.invites()]);
      set({ status: 'ready', members, invites });
    } catch (err) {
      set({ status: 'error', problem: { about: null, problem: problemOf(err) } });
    }
  }

  // What was refused may be out of date (a colleague's change): show what is current.
  const change = changeRunner(set, {
    creating: 'invite',
    reloadAfter: (problem) => (problem.kind !== 'offline' ? load() : undefined),
  });

  return {
    get state() {
      return state;
    },
    load,
    changeRole: (email: string, role: Role) =>
      change(email, async () => {
        const changed = await api.changeRole(email, role);
        set({ members: state.members.map((m) => (m.email === email ? changed : m)) });
      }),
    remove: (email: string) =>
      change(email, async () => {
        await api.remove(email);
        set({ members: state.members.filter((m) => m.email !== email) });
      }),
    invite: (input: InviteCreate) =>
      change(null, async () => {
        const created = await api.invite(input);
        const { token: _token, link: _link, ...invite } = created;
        // Inviting an e-mail again withdraws its earlier link.
        const others = state.invites.filter((i) => i.email !== invite.email);
        set({ created, invites: [invite, ...others] });
      }),
    withdraw: (id: string) =>
      change(id, async () => {
        await api.withdraw(id);
        set({ invites: state.invites.filter((i) => i.id !== id) });
      }),
    /** The link has been sent: it leaves the page for good. */
    forgetLink: () => set({ created: null }),
  };
}

export type Team = ReturnType<typeof createTeam>;
