import { Parser } from 'htmlparser2';
import type { MailLink } from './types.js';

/** The links of an HTML body, with their text, read by a real HTML parser. */
export function htmlLinks(html: string): MailLink[] {
  const links: MailLink[] = [];
  let current: MailLink | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'a' && attributes.href) current = { href: attributes.href, text: '' };
      },
      ontext(text) {
        if (current) current.text += text;
      },
      onclosetag(name) {
        if (name === 'a' && current) {
          links.push({ href: current.href, text: current.text.replace(/\s+/g, ' ').trim() });
          current = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return links;
}

/** Numeric one-time codes (4–8 digits standing alone) a letter may carry. */
export function codes(text: string): string[] {
  return [...new Set(text.match(/(?<![\d.])\d{4,8}(?![\d.])/g) ?? [])];
}
