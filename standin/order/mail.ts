import type { Eta } from 'eta';
import nodemailer, { type Transporter } from 'nodemailer';
import { fill, type Lang } from '../i18n.js';
import type { User } from '../store.js';
import type { VirtualServer } from './services.js';
import { ORDER_TEXTS } from './texts.js';

/** Where the letter sends the client to manage the server (the real VMmanager's address). */
export const PANEL_URL = 'https://vm.senko.digital';

type Texts = (typeof ORDER_TEXTS)[Lang];
interface Section {
  heading: string;
  text?: string;
  rows: Array<{ label: string; value: string; href?: string; note?: boolean }>;
}

/**
 * What each language's letter tells, in its own order: the Russian one is the 2025 letter
 * (ordering/5.png, with the OS), the English one the 2026 letter (ordering/5-en.png: no OS, a
 * notice under the password).
 */
function sectionsOf(lang: Lang, t: Texts, user: User, server: VirtualServer): Section[] {
  const date = new Date().toISOString().slice(0, 10);
  const domain = server.ptr || `vps${server.id}.senko.digital`;
  const panel = {
    heading: t.mailPanel,
    text: t.mailPanelText,
    rows: [
      { label: t.mailUrl, value: PANEL_URL, href: PANEL_URL },
      { label: t.mailLogin, value: user.email },
      { label: t.mailPassword, value: server.panelPassword },
    ],
  };
  const info = [
    { label: t.mailPlan, value: server.plan.name },
    { label: t.mailDate, value: date },
    { label: t.mailDomain, value: domain },
    { label: t.mailIp, value: server.ip },
  ];
  const access = [{ label: t.mailLogin, value: 'root' }, { label: t.mailPassword, value: server.rootPassword }];
  if (lang === 'ru') return [{ heading: t.mailServerInfo, rows: [...info, { label: t.mailOs, value: server.os }] }, { heading: t.mailAccess, rows: access }, panel];
  return [{ heading: t.mailServerInfo, rows: info }, { heading: t.mailAccess, rows: [...access, { label: t.mailNotice, value: t.mailNoticeText, note: true }] }, panel];
}

/** Each language's letter template: the Russian letter has not changed since 2025. */
const TEMPLATE: Record<Lang, string> = { ru: 'order-letter', en: 'order-letter-2026' };

/**
 * The letter a client gets when the server is ready: each value sits in its own cell after its
 * label («IP адрес», «Пароль», "Password" …), so a screenshot tool can find the password by its
 * label and show a tidy one instead.
 */
export class ServerLetters {
  private readonly transport: Transporter;

  constructor(
    smtpPort: number,
    private readonly templates: Eta,
  ) {
    this.transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, pool: true });
  }

  async sendReady(user: User, server: VirtualServer, siteURL: string): Promise<void> {
    const t = ORDER_TEXTS[server.lang];
    const name = `${user.firstName} ${user.lastName}`;
    const sections = sectionsOf(server.lang, t, user, server);
    const greeting = fill(t.mailGreeting, { name });
    // The 2026 letter sets the name in bold: the template gets the greeting around it.
    const [beforeName, afterName] = t.mailGreeting.split('{name}');
    const html = this.templates.render(TEMPLATE[server.lang], { lang: server.lang, t, greeting, beforeName, name, afterName, sections, stacked: true, siteURL });
    const text = [
      t.mailHeading,
      '',
      greeting,
      '',
      t.mailText,
      ...sections.flatMap((section) => ['', section.heading, ...(section.text ? [section.text] : []), ...section.rows.map((row) => `${row.label}: ${row.value}`)]),
      '',
    ].join('\n');
    await this.transport.sendMail({ from: '"Senko Digital" <noreply@senko.digital>', to: user.email, subject: t.mailSubject, html, text });
  }

  close(): void {
    this.transport.close();
  }
}
