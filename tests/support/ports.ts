import { createServer, type Server } from 'node:net';

/** Listens on a free loopback port; the caller closes the server. */
export function listenAnywhere(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

/** `count` distinct free ports: all are held at once before release, so none is handed out twice. */
export async function freePorts(count: number): Promise<number[]> {
  const held = await Promise.all(Array.from({ length: count }, listenAnywhere));
  await Promise.all(held.map(({ server }) => new Promise((resolve) => server.close(resolve))));
  return held.map(({ port }) => port);
}

function listenOn(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/**
 * The first of `count` consecutive free ports, for a stand-in serving every skin (and every
 * variant) on consecutive ports. Linux hands out bind(0) ports in sequence, so "the ports after a
 * free one" are often the next process's; these are drawn at random below the ephemeral range
 * instead, where bind(0) never goes, and all are checked free.
 */
export async function freePortRun(count: number): Promise<number> {
  // The parent's workers each draw from their own slice: two batches starting together cannot be
  // handed the same run between its check here and its child's bind seconds later.
  const slices = 4;
  const slice = Number(process.env.TEST_PARALLEL_INDEX ?? 0) % slices;
  const width = 12_000 / slices;
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + slice * width + count * Math.floor((Math.random() * (width - count)) / count);
    const held: Server[] = [];
    for (let offset = 0; offset < count; offset++) {
      const server = await listenOn(port + offset);
      if (!server) break;
      held.push(server);
    }
    await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
    if (held.length === count) return port;
  }
  throw new Error(`no ${count} consecutive free ports found between 20000 and 32000`);
}

/** `count` consecutive free ports (see freePortRun), for a child process's servers. */
export async function runOfPorts(count: number): Promise<number[]> {
  const first = await freePortRun(count);
  return Array.from({ length: count }, (_, offset) => first + offset);
}
