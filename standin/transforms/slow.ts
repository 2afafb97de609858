import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';

/** How a delay is spent: the real timer, or one a test records so that nothing depends on the machine's speed. */
export type Pause = (ms: number) => Promise<unknown>;

/** Every response, pages, assets and XHR answers alike, leaves 300–800 ms late, as on a busy server. */
export function delayResponses(app: FastifyInstance, { minMs = 300, maxMs = 800, pause = sleep as Pause } = {}): void {
  app.addHook('onRequest', async () => {
    await pause(minMs + Math.random() * (maxMs - minMs));
  });
}
