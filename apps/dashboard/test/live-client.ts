import { LIVE_NAMESPACE } from '@pulse/shared/names';
import { io, type Socket } from 'socket.io-client';
import { type Api, createApi } from '../src/lib/api.js';
import { createLiveStore, type LiveStore } from '../src/lib/live/live-store.js';
import { sessionCookie, until } from './api-fixture.js';

/** The dashboard's HTTP client in Node, sending a session cookie the way a browser would. */
export function apiWithCookie(url: string, cookie: string): Api {
  return createApi(url, (input, init) =>
    fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie } }),
  );
}

/** A socket on /live for one project, authenticated by the session cookie. */
export const socketFor = (url: string, cookie: string, projectId?: string): Socket =>
  io(`${url}${LIVE_NAMESPACE}`, {
    autoConnect: false,
    transports: ['websocket'],
    extraHeaders: { cookie },
    ...(projectId ? { auth: { projectId } } : {}),
  });

/** localStorage's two methods, in memory. */
export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

/** A member signed in, with the dashboard's client and a live store that is already live. */
export async function signedInLive(url: string, email: string): Promise<{ api: Api; live: LiveStore }> {
  const cookie = await sessionCookie(url, email);
  const api = apiWithCookie(url, cookie);
  const live = createLiveStore({
    socket: socketFor(url, cookie),
    eventsAfter: (after) => api.eventsAfter(after),
  });
  live.start(await api.latestEventId());
  await until(() => live.state === 'live', 'the live store to go live');
  return { api, live };
}
