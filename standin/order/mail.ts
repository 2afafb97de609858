import type { Eta } from 'eta';
import nodemailer, { type Transporter } from 'nodemailer';
import { fill } from '../i18n.js';
import type { User } from '../store.js';
import type { VirtualServer } from './services.js';
import { ORDER_TEXTS } from './texts.js';

/** Where the letter sends the client to manage the server (the real VMmanager's address). */
export const PANEL_URL = 'https://vm.senko.digital';

/**
 * The letter a client gets when the server is ready (ordering/5.png, vps/getting-started/2.png):
 * each value sits in its own cell after its label («IP адрес», «Логин», «Пароль» …), so a
 * screenshot tool can find the password by its label and show a tidy one instead.
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
    const sections = [
      {
        heading: t.mailServerInfo,
        rows: [
          { label: t.mailPlan, value: server.plan.name },
          { label: t.mailDate, value: new Date().toISOString().slice(0, 10) },
          { label: t.mailDomain, value: server.ptr || `vps${server.id}.senko.digital` },
          { label: t.mailIp, value: server.ip },
          { label: t.mailOs, value: server.os },
        ],
      },
      { heading: t.mailAccess, rows: [{ label: t.mailLogin, value: 'root' }, { label: t.mailPassword, value: server.rootPassword }] },
      {
        heading: t.mailPanel,
        text: t.mailPanelText,
        rows: [
          { label: t.mailUrl, value: PANEL_URL, href: PANEL_URL },
          { label: t.mailLogin, value: user.email },
          { label: t.mailPassword, value: server.panelPassword },
        ],
      },
    ];
    const greeting = fill(t.mailGreeting, { name });
    // The Russian letter stacks each label over its value, the English one sets them side by side, as the references do.
    const html = this.templates.render('order-letter', { lang: server.lang, t, greeting, sections, stacked: server.lang === 'ru', siteURL });
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
