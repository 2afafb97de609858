import nodemailer, { type Transporter } from 'nodemailer';
import { fill, TEXTS, type Lang } from './i18n.js';
import type { User } from './store.js';

/** Sends the stand-in's letters over real SMTP, as the client area does. */
export class Mailer {
  private readonly transport: Transporter;

  constructor(smtpPort: number) {
    this.transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, pool: true });
  }

  async sendConfirmation(user: User, lang: Lang, link: string, siteURL: string): Promise<void> {
    const t = TEXTS[lang];
    const name = `${user.firstName} ${user.lastName}`;
    const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(t.mailSubject)}</title></head>
<body style="margin:0;background:#f4f4f7;font-family:Arial,sans-serif;color:#1f2937">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
<tr><td style="padding:28px 32px;font-size:22px;font-weight:bold;color:#6d28d9">senko://digital</td></tr>
<tr><td style="padding:0 32px 12px;font-size:16px">${escape(fill(t.mailGreeting, { name }))}</td></tr>
<tr><td style="padding:0 32px 24px;font-size:15px;line-height:1.5">${escape(fill(t.mailText, { email: user.email }))}</td></tr>
<tr><td style="padding:0 32px 28px"><a href="${escape(link)}" style="display:inline-block;background:#7c3aed;color:#ffffff;text-decoration:none;padding:12px 28px;border-radius:6px;font-size:15px">${escape(t.mailButton)}</a></td></tr>
<tr><td style="padding:0 32px 28px;font-size:13px;color:#6b7280">${escape(t.mailIgnore)}<br><a href="${escape(siteURL)}" style="color:#7c3aed">Senko Digital</a></td></tr>
</table></td></tr></table></body></html>`;
    const text = `${fill(t.mailGreeting, { name })}\n\n${fill(t.mailText, { email: user.email })}\n\n${t.mailButton}: ${link}\n\n${t.mailIgnore}\n`;
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
