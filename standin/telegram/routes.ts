import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pickLang } from '../i18n.js';
import type { TelegramImitation } from './imitation.js';

/** Telegram's web client, imitated under the host name `telegram.localhost[:port]`: an origin of its own. */
export const TELEGRAM_HOST = /^telegram\.localhost(:\d+)?$/u;

const SESSION = 'tg_session';

const TEXTS = {
  ru: { start: 'Начать', placeholder: 'Сообщение', bot: 'бот', today: 'Сегодня', send: 'Отправить', noSuchUser: 'Такого пользователя не существует', signedOut: 'Войдите в Telegram' },
  en: { start: 'Start', placeholder: 'Write a message...', bot: 'bot', today: 'Today', send: 'Send', noSuchUser: "Sorry, this username doesn't exist", signedOut: 'Log in to Telegram' },
} as const;

/**
 * The imitation's web client: `/k/#@<bot>` opens a chat, as web.telegram.org/k/ does. The page
 * draws itself from `/api/…`; `POST /api/sign-in` is how a test account is signed in (the real
 * seam is a stored Telegram Web session: README, "Telegram").
 */
export async function registerTelegram(app: FastifyInstance, telegram: TelegramImitation): Promise<void> {
  const constraints = { host: TELEGRAM_HOST };
  const userOf = (request: FastifyRequest) => telegram.userOf(request.cookies[SESSION]);

  app.get('/', { constraints }, async (_request, reply) => reply.redirect('/k/', 302));

  app.get('/k/', { constraints }, async (request, reply) => {
    const lang = pickLang(undefined, undefined, request.headers['accept-language']);
    return reply.view('telegram-web', { lang, t: TEXTS[lang] });
  });

  app.post('/api/sign-in', { constraints }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const session = typeof body.username === 'string' ? telegram.signIn(body.username) : undefined;
    if (!session) return reply.code(422).send({ ok: false });
    reply.setCookie(SESSION, session, { path: '/', httpOnly: true, sameSite: 'lax' });
    return { ok: true };
  });

  app.get<{ Params: { bot: string } }>('/api/chats/:bot', { constraints }, async (request, reply) => {
    const user = userOf(request);
    if (!user) return reply.code(401).send({ ok: false });
    const bot = telegram.bot(request.params.bot);
    if (!bot) return reply.code(404).send({ ok: false });
    return { ok: true, bot: { username: bot.username, title: bot.title }, messages: telegram.messages(user, bot) };
  });

  app.post<{ Params: { bot: string } }>('/api/chats/:bot/messages', { constraints }, async (request, reply) => {
    const user = userOf(request);
    if (!user) return reply.code(401).send({ ok: false });
    const bot = telegram.bot(request.params.bot);
    const text = (request.body as Record<string, unknown> | undefined)?.text;
    if (!bot) return reply.code(404).send({ ok: false });
    if (typeof text !== 'string' || !text.trim()) return reply.code(422).send({ ok: false });
    return { ok: true, message: telegram.send(user, bot, text.trim()) };
  });
}
