import type { Eta } from 'eta';
import nodemailer, { type Transporter } from 'nodemailer';
import { fill, TEXTS, type Lang } from './i18n.js';
import type { User } from './store.js';

/** Sends the stand-in's letters over real SMTP, as the client area does. */
export class Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpPort: number,
    private readonly templates: Eta,
  ) {
    this.transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, pool: true });
  }

  /** `bare`: the confirmation offered as a plain link rather than a button (drift "letter-without-button"). */
  async sendConfirmation(user: User, lang: Lang, link: string, siteURL: string, bare = false): Promise<void> {
    const t = TEXTS[lang];
    const name = `${user.firstName} ${user.lastName}`;
    const greeting = fill(t.mailGreeting, { name });
    const body = fill(t.mailText, { email: user.email });
    // Rendered by the stand-in's own template engine, which escapes every value.
    const html = this.templates.render('letter', { lang, t, greeting, text: body, link, siteURL, bare });
    const text = `${greeting}\n\n${body}\n\n${t.mailButton}: ${link}\n\n${t.mailIgnore}\n`;
    await this.transport.sendMail({
      from: '"Senko Digital" <noreply@senko.digital>',
      to: user.email,
      subject: t.mailSubject,
      html,
      text,
    });
  }

  close(): void {
    this.transport.close();
  }
}
