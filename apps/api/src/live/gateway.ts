import type { Server as HttpServer } from 'node:http';
import { LIVE_BATCH, LIVE_NAMESPACE } from '@pulse/shared';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import type { Logger } from '../logger.js';
import { type LiveBus, projectRoom } from './bus.js';
import { authenticateHandshake, type HandshakeAccess, type HandshakeAccessPort } from './handshake.js';

const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * Socket.io on namespace /live. A socket authenticates in the handshake and
 * joins only the rooms of projects its credentials grant. With REDIS_URL,
 * rooms span every API process through the Redis adapter.
 */
export interface GatewayDeps {
  bus: LiveBus;
  access: HandshakeAccessPort;
  /** Tells the gateway when a session is signed out, so its sockets close. */
  onSessionRevoked(listener: (sessionId: string) => void): void;
  logger: Logger;
  redisUrl?: string | undefined;
}

export async function attachLiveGateway(
  httpServer: HttpServer,
  { bus, access, onSessionRevoked, logger, redisUrl }: GatewayDeps,
) {
  const io = new Server(httpServer, { serveClient: false, cors: { origin: false } });
  const closers: (() => Promise<unknown>)[] = [];

  if (redisUrl) {
    const pub = createClient({ url: redisUrl });
    const sub = pub.duplicate();
    for (const client of [pub, sub]) client.on('error', (err) => logger.error({ err }, 'redis error'));
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createAdapter(pub, sub));
    closers.push(
      () => pub.quit(),
      () => sub.quit(),
    );
  }

  const live = io.of(LIVE_NAMESPACE);
  live.use(async (socket, next) => {
    const granted = await authenticateHandshake(socket.handshake, access).catch(() => null);
    if (!granted) {
      next(Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized' } }));
      return;
    }
    socket.data.access = granted;
    next();
  });
  live.on('connection', (socket) => {
    const granted = socket.data.access as HandshakeAccess;
    for (const projectId of granted.projectIds) void socket.join(projectRoom(projectId));
    if (granted.session) {
      void socket.join(sessionRoom(granted.session.id));
      // A session cookie stops working at its expiry; so does a socket opened with it.
      const timer = setTimeout(
        () => socket.disconnect(true),
        Math.min(granted.session.expiresAt.getTime() - Date.now(), 2 ** 31 - 1),
      );
      timer.unref();
      socket.once('disconnect', () => clearTimeout(timer));
    }
  });
  // Sign-out closes that session's sockets, on every API process (through the adapter).
  onSessionRevoked((sessionId) => live.in(sessionRoom(sessionId)).disconnectSockets(true));

  bus.attach((room, events) => live.to(room).emit(LIVE_BATCH, events));

  return {
    io,
    async close() {
      await io.close();
      await Promise.allSettled(closers.map((close) => close()));
    },
  };
}
