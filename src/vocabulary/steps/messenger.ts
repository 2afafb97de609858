import { randomBytes } from 'node:crypto';
import type { LinkRef } from '../../guide/types.js';
import { readerExact } from '../../locale/typography.js';
import { NoMessengerAccountError, telegramNameOf } from '../../messenger/index.js';
import { isTimeout } from '../../ui/wait.js';
import { DriftError, isDriftError } from '../../ui/drift-error.js';
import { formFields, setField, shownValue } from '../../ui/form.js';
import { quoteList } from '../../ui/nearest.js';
import { named } from '../../ui/pattern.js';
import { press } from '../../ui/press.js';
import { memoryKey, type StepContext } from '../define.js';

/**
 * A messenger (Telegram) tied to the client area: the persona's username typed into user settings,
 * and the bot started from the persona's account (StepContext.messenger). The bot lives outside the
 * client area: with no account for this target, the bot step could not be verified.
 */

/** The bot the persona started: its username, for the status that names it afterwards. */
export const BOT_STARTED = memoryKey<string>('bot started');

/**
 * "In the «Telegram» field, enter your username without the @ (e.g. @senkomanager → senkomanager)":
 * the persona's username, without «@», goes into that field and stays there.
 */
export async function enterUsername(context: StepContext, fieldLabel: string): Promise<void> {
  const { page } = context;
  // With no account on this target a fresh name that nobody has still tests the field and its saving.
  const username = context.messenger?.username ?? `senko_${randomBytes(5).toString('hex')}`;
  // Not only fields editable at a look: one may take input once it has focus (setField clicks into it).
  const fields = (await formFields(page, { fresh: true })).filter((field) => field.role === 'textbox');
  const field = fields.find((candidate) => named(fieldLabel, { anyCase: true }).test(candidate.name.replace(/[\s*?]+$/u, '')));
  if (!field) throw new DriftError({ kind: 'label-missing', expected: `Expected a field «${fieldLabel}».`, actual: `the fields in view are ${quoteList(fields.map((f) => f.name))}` });
  await setField(field, username);
  const shown = await shownValue(field);
  if (shown !== username) throw new DriftError({ kind: 'claim-broken', expected: `Expected «${fieldLabel}» to take the username as typed, without «@».`, actual: `it shows «${shown}»` });
  context.note(`typed ${context.messenger ? "the persona's Telegram username" : 'an unused username (no Telegram account on this target)'} «${username}» into «${field.name}»`);
}

/** What the guide's quotes around the bot say: its «@name», its command «/start», the button. */
function quotesOf(labels: readonly string[]): { bot?: string; command?: string } {
  return { bot: labels.find((label) => label.startsWith('@'))?.slice(1), command: labels.find((label) => label.startsWith('/')) };
}

/**
 * "Open a chat with our bot (link, «@name») and click «Start», or send the «/start» command":
 * the link opens the bot's chat in the persona's Telegram; «Start» is pressed, or, where the chat
 * offers no such button, the command is typed and sent. The chat then shows it sent.
 */
export async function startBot(context: StepContext, link: LinkRef, start: string, ...quotes: string[]): Promise<void> {
  const { page, messenger } = context;
  const name = telegramNameOf(link.url);
  if (!name) throw new DriftError({ kind: 'claim-broken', expected: `Expected the link «${link.text}» to open a Telegram chat (https://t.me/<name>).`, actual: `it leads to ${link.url}` });
  const { bot, command = '/start' } = quotesOf([start, ...quotes]);
  if (bot && bot.toLowerCase() !== name.toLowerCase()) {
    throw new DriftError({ kind: 'claim-broken', expected: `Expected the link «${link.text}» to open the bot the guide names, @${bot}.`, actual: `it opens @${name}`, fix: 'make the link and the quoted name the same bot' });
  }
  if (!messenger) throw new NoMessengerAccountError(`the guide sends the reader to Telegram (@${name}), and no Telegram account is configured for ${context.target.baseURL}`);
  const url = await messenger.chatURL(page, link.url);
  if (!url) throw new NoMessengerAccountError(`the configured Telegram account cannot open ${link.url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  let how: string;
  try {
    await press(page, start, context.uiTimeout);
    how = `pressed «${start}»`;
  } catch (error) {
    if (!isDriftError(error) || error.details.kind !== 'label-missing') throw error;
    // The guide's other way: the command typed into the chat's message box.
    const box = page.getByRole('textbox').filter({ visible: true }).first();
    if (!(await box.count())) throw error;
    await box.fill(command);
    await box.press('Enter');
    how = `found no «${start}»; sent ${command}`;
  }
  const sent = page.getByText(readerExact(command)).filter({ visible: true }).first();
  try {
    await sent.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch (error) {
    if (!isTimeout(error)) throw error;
    throw new DriftError({ kind: 'claim-broken', expected: `Expected the chat with @${name} to show ${command} sent.`, actual: `${how}, and the chat does not show it` });
  }
  context.memory.set(BOT_STARTED, name);
  context.note(`opened the chat with @${name} in the persona's Telegram and ${how}: the chat shows ${command} sent`);
}
