import { createAdapter } from '@socket.io/redis-adapter';
import { LIVE_NAMESPACE } from '@pulse/shared';
import type { Server as HttpServer } from 'node:http';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import type { Logger } from '../logger.js';
import type { Services } from '../services/index.js';
import { projectRoom } from './bus.js';

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
    closers.push(() => pub.quit(), () => sub.quit());
  }

  const live = io.of(LIVE_NAMESPACE);
  live.use(async (socket, next) => {
    const apiKey: unknown = socket.handshake.auth?.apiKey;
    const project = typeof apiKey === 'string' ? await services.projects.findByApiKey(apiKey).catch(() => null) : null;
    if (!project) {
      next(Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized' } }));
      return;
    }
    socket.data.projectIds = [project._id.toHexString()];
    next();
  });
  live.on('connection', (socket) => {
    for (const projectId of socket.data.projectIds as string[]) void socket.join(projectRoom(projectId));
  });

  services.live.attach((room, event) => live.to(room).emit(event.type, event));

  return {
    io,
    async close() {
      await io.close();
      await Promise.allSettled(closers.map((close) => close()));
    },
  };
}
