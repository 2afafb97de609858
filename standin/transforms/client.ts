import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

const CLIENT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'client');

/** The path the transform's script is served at: same origin, so the stand-in's CSP lets it run. */
export function clientScriptPath(name: string): string {
  return `/__transform/${name}.js`;
}

/**
 * The captcha provider's widget (its frames and script, standin/recaptcha/): a third party's markup,
 * which a release of the site's own UI does not change, so no transform touches it.
 */
export function isThirdParty(url: string): boolean {
  return url.startsWith('/recaptcha/');
}

export function isHtml(reply: FastifyReply): boolean {
  return String(reply.getHeader('content-type') ?? '').startsWith('text/html');
}

/**
 * Serves `client/<name>.js` (with the helpers of client/common.js) and adds it to every HTML page,
 * deferred, after the page's own scripts: it sees the page as they left it, listeners bound.
 */
export function addClientScript(app: FastifyInstance, name: string): void {
  const read = (base: string) => readFileSync(path.join(CLIENT_DIR, base), 'utf8');
  const source = `(() => {\n'use strict';\n${read('common.js')}\n${read(`${name}.js`)}\n})();\n`;
  const src = clientScriptPath(name);
  app.get(src, async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-store').send(source));
  const tag = `<script src="${src}" defer></script>`;
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' || !isHtml(reply) || isThirdParty(request.url)) return payload;
    const end = payload.lastIndexOf('</body>');
    return end === -1 ? payload + tag : payload.slice(0, end) + tag + payload.slice(end);
  });
}
