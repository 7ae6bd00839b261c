import type { ResponseDetail, ResponseItem } from '@pulse/shared/contracts';
import { ApiError } from '../../lib/api.js';
import type { ResponsesApi } from './responses-api.js';

export interface AnswerDetailState {
  status: 'closed' | 'loading' | 'ready' | 'error' | 'missing';
  answer: ResponseDetail | null;
  /** The respondent's answers across the project's surveys, newest first; null for an anonymous answer. */
  timeline: {
    status: 'loading' | 'ready' | 'error';
    items: ResponseItem[];
    nextCursor: string | null;
    /** They have more answers than a timeline holds: their newest are shown. */
    truncated: boolean;
  } | null;
}

/** One answer opened from the list, with its follow-up and its respondent's timeline. */
export function createAnswerDetail({ reads }: { reads: ResponsesApi }) {
  let state = $state.raw<AnswerDetailState>({ status: 'closed', answer: null, timeline: null });
  /** The newest open wins: a slow answer read for an earlier click is dropped. */
  let turn = 0;

  async function loadTimeline(respondentId: string, mine: number) {
    state = { ...state, timeline: { status: 'loading', items: [], nextCursor: null, truncated: false } };
    try {
      const page = await reads.timeline(respondentId);
      if (mine !== turn) return;
      state = { ...state, timeline: { status: 'ready', ...page } };
    } catch {
      if (mine === turn && state.timeline)
        state = { ...state, timeline: { ...state.timeline, status: 'error' } };
    }
  }

  return {
    get state() {
      return state;
    },
    async open(id: string) {
      if (state.answer?.id === id && state.status === 'ready') return;
      const mine = ++turn;
      state = { status: 'loading', answer: null, timeline: null };
      try {
        const answer = await reads.answer(id);
        if (mine !== turn) return;
        state = { status: 'ready', answer, timeline: null };
        if (answer.respondent.id) await loadTimeline(answer.respondent.id, mine);
      } catch (err) {
        if (mine !== turn) return;
        state = {
          status: err instanceof ApiError && err.status === 404 ? 'missing' : 'error',
          answer: null,
          timeline: null,
        };
      }
    },
    retryTimeline() {
      const id = state.answer?.respondent.id;
      if (id) return loadTimeline(id, turn);
    },
    async moreTimeline() {
      const { answer, timeline } = state;
      if (!answer?.respondent.id || !timeline?.nextCursor) return;
      const mine = turn;
      try {
        const page = await reads.timeline(answer.respondent.id, timeline.nextCursor);
        if (mine !== turn || !state.timeline) return;
        state = {
          ...state,
          timeline: {
            ...state.timeline,
            items: [...state.timeline.items, ...page.items],
            nextCursor: page.nextCursor,
          },
        };
      } catch {
        if (mine === turn && state.timeline)
          state = { ...state, timeline: { ...state.timeline, status: 'error' } };
      }
    },
    close() {
      turn++;
      state = { status: 'closed', answer: null, timeline: null };
    },
  };
}

export type AnswerDetail = ReturnType<typeof createAnswerDetail>;
