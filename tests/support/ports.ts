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
 * A free port whose next port is free too, for a stand-in serving both skins (spa on port + 1).
 * Linux hands out bind(0) ports in sequence, so "the port after a free one" is often the next
 * process's port; these are drawn at random below the ephemeral range instead, where bind(0)
 * never goes, and both are checked free.
 */
export async function freePortPair(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + 2 * Math.floor(Math.random() * 6_000);
    const first = await listenOn(port);
    const second = first && (await listenOn(port + 1));
    await Promise.all([first, second].filter((s): s is Server => !!s).map((s) => new Promise((resolve) => s.close(resolve))));
    if (first && second) return port;
  }
  throw new Error('no two consecutive free ports found between 20000 and 32000');
}
