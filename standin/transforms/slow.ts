import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';

/** Every response, pages, assets and XHR answers alike, leaves 300–800 ms late, as on a busy server. */
export function delayResponses(app: FastifyInstance, minMs = 300, maxMs = 800): void {
  app.addHook('onRequest', async () => {
    await sleep(minMs + Math.random() * (maxMs - minMs));
  });
}
