import { randomBytes } from 'node:crypto';

/** A bot the imitation knows: the notification bot the guides name (telegram-notifications/<lang>/3.png). */
export interface Bot {
  username: string;
  id: number;
  title: string;
}

export const NOTIFY_BOT: Bot = { username: 'senkonotifybot', id: 8133928684, title: 'Notifications :// Senko Digital' };

export interface ChatMessage {
  out: boolean;
  text: string;
  at: string;
}

/** Telegram's usernames: 5–32 letters, digits and underscores, compared without regard to case. */
const USERNAME = /^[a-z][a-z0-9_]{3,31}$/iu;

/**
 * A local imitation of Telegram for the embedded target: accounts signed in by username, chats
 * with bots that never answer, and what each bot has been sent. The client area asks it whether
 * its bot has had /start from a username, as BILLmanager's Telegram module asks the Bot API.
 * One instance serves every skin of a stand-in process.
 */
export class TelegramImitation {
  private readonly sessions = new Map<string, string>();
  private readonly chats = new Map<string, ChatMessage[]>();

  constructor(readonly bots: readonly Bot[] = [NOTIFY_BOT]) {}

  /** A session for the account `username`, or undefined for a name Telegram would not have. */
  signIn(username: string): string | undefined {
    if (!USERNAME.test(username)) return undefined;
    const session = randomBytes(16).toString('hex');
    this.sessions.set(session, username.toLowerCase());
    return session;
  }

  userOf(session: string | undefined): string | undefined {
    return session ? this.sessions.get(session) : undefined;
  }

  bot(username: string): Bot | undefined {
    const wanted = username.replace(/^@/u, '').toLowerCase();
    return this.bots.find((bot) => bot.username.toLowerCase() === wanted);
  }

  messages(user: string, bot: Bot): ChatMessage[] {
    return this.chats.get(`${user}→${bot.username}`) ?? [];
  }

  /** The user writes to the bot; the notification bot answers nothing (it only sends). */
  send(user: string, bot: Bot, text: string): ChatMessage {
    const message = { out: true, text, at: new Date().toISOString() };
    this.chats.set(`${user}→${bot.username}`, [...this.messages(user, bot), message]);
    return message;
  }

  /** Whether `bot` has had /start from the account `username` (as typed in a form: `@name` is no username). */
  started(bot: Bot, username: string | undefined): boolean {
    if (!username || !USERNAME.test(username)) return false;
    return this.messages(username.toLowerCase(), bot).some((message) => message.out && /^\/start(?:\s|$)/u.test(message.text));
  }
}
