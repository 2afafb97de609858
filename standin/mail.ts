import type { Eta } from 'eta';
import nodemailer, { type Transporter } from 'nodemailer';
import { fill, TEXTS, type Lang } from './i18n.js';
import type { Ticket, User } from './store.js';

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

  /** «Запрос #N создан»: the letter a new ticket sends its author, with a button to open it. */
  async sendTicketCreated(user: User, lang: Lang, ticket: Ticket, link: string, siteURL: string): Promise<void> {
    const t = TEXTS[lang];
    const values = { id: String(ticket.id), subject: ticket.subject };
    const subject = fill(t.ticketMailSubject, values);
    const greeting = fill(t.mailGreeting, { name: `${user.firstName} ${user.lastName}` });
    const body = fill(t.ticketMailText, values);
    const html = this.templates.render('ticket-letter', { lang, subject, greeting, text: body, link, button: t.ticketMailButton, siteURL });
    await this.transport.sendMail({
      from: '"Senko Digital" <support@senko.digital>',
      to: user.email,
      subject,
      html,
      text: `${greeting}\n\n${body}\n\n${t.ticketMailButton}: ${link}\n`,
    });
  }

  close(): void {
    this.transport.close();
  }
}
