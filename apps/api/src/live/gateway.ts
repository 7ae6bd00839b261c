import type { Server as HttpServer } from 'node:http';
import { LIVE_BATCH, LIVE_NAMESPACE } from '@pulse/shared';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import type { Logger } from '../logger.js';
import { authenticateHandshake, type HandshakeAccess } from '../middleware/auth.js';
import type { Services } from '../services/index.js';
import { projectRoom } from './bus.js';

const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * Socket.io on namespace /live. A socket authenticates in the handshake and
 * joins only the rooms of projects its credentials grant. With REDIS_URL,
 * rooms span every API process through the Redis adapter.
 */
export async function attachLiveGateway(
  httpServer: HttpServer,
  { services, logger, redisUrl }: { services: Services; logger: Logger; redisUrl?: string | undefined },
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
    const access = await authenticateHandshake(socket.handshake, services).catch(() => null);
    if (!access) {
      next(Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized' } }));
      return;
    }
    socket.data.access = access;
    next();
  });
  live.on('connection', (socket) => {
    const access = socket.data.access as HandshakeAccess;
    for (const projectId of access.projectIds) void socket.join(projectRoom(projectId));
    if (access.session) {
      void socket.join(sessionRoom(access.session.id));
      // A session cookie stops working at its expiry; so does a socket opened with it.
      const timer = setTimeout(
        () => socket.disconnect(true),
        Math.min(access.session.expiresAt.getTime() - Date.now(), 2 ** 31 - 1),
      );
      timer.unref();
      socket.once('disconnect', () => clearTimeout(timer));
    }
  });
  // Sign-out closes that session's sockets, on every API process (through the adapter).
  services.sessions.onRevoke((sessionId) => live.in(sessionRoom(sessionId)).disconnectSockets(true));

  services.live.attach((room, events) => live.to(room).emit(LIVE_BATCH, events));

  return {
    io,
    async close() {
      await io.close();
      await Promise.allSettled(closers.map((close) => close()));
    },
  };
}
