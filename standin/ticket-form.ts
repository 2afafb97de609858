import type { Texts } from './i18n.js';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './pages/tickets.js';
import type { Department, Priority, Service } from './store.js';

/** A ticket as posted: text fields, and attachments sent as base64 in a JSON body. */
export interface TicketForm {
  subject: string;
  message: string;
  service: string;
  department: string;
  priority: string;
  attachments: Array<{ name: string; size: number }>;
  /** True when an attachment was not a {name, data} pair or its data was not base64. */
  badAttachment: boolean;
}

export interface TicketFields {
  subject: string;
  message: string;
  serviceId?: number;
  department: Department;
  priority?: Priority;
  attachments: Array<{ name: string; size: number }>;
}

const MAX_SUBJECT = 200;
const MAX_MESSAGE = 20_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u;

/** A file's own name: no folders, no control characters, at most 200 characters. */
function fileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/u).pop()!.replace(/[\u0000-\u001f\u007f]/gu, '').trim();
  return base.slice(0, 200) || 'file';
}

/** Reads a posted ticket (urlencoded or JSON) into strings, whatever a hostile client sent. */
export function readTicketForm(body: unknown): TicketForm {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof source[key] === 'string' ? (source[key] as string) : '');
  const attachments: TicketForm['attachments'] = [];
  let badAttachment = false;
  const files = source.attachments;
  if (Array.isArray(files)) {
    for (const file of files) {
      const entry = (file && typeof file === 'object' ? file : {}) as Record<string, unknown>;
      if (typeof entry.name !== 'string' || typeof entry.data !== 'string' || !BASE64.test(entry.data)) {
        badAttachment = true;
        continue;
      }
      attachments.push({ name: fileName(entry.name), size: Buffer.byteLength(entry.data, 'base64') });
    }
  } else if (files !== undefined && files !== '') badAttachment = true;
  return { subject: text('subject'), message: text('message'), service: text('service'), department: text('department'), priority: text('priority'), attachments, badAttachment };
}

/** The server's verdict on a ticket: the fields to store, or one message per refused field. */
export function validateTicket(
  form: TicketForm,
  texts: Texts,
  services: Service[],
): { fields: TicketFields; errors?: undefined } | { fields?: undefined; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const subject = form.subject.trim();
  if (!subject) errors.subject = texts.errRequired;
  else if (subject.length > MAX_SUBJECT) errors.subject = texts.errTooLong;
  const message = form.message.trim();
  if (!message) errors.message = texts.errRequired;
  else if (message.length > MAX_MESSAGE) errors.message = texts.errTooLong;
  const service = form.service ? services.find((s) => String(s.id) === form.service) : undefined;
  if (form.service && !service) errors.service = texts.errChoice;
  const department = form.department === 'sales' || form.department === 'technical' ? form.department : undefined;
  if (!department) errors.department = texts.errChoice;
  let priority: Priority | undefined;
  if (form.priority === 'low' || form.priority === 'medium' || form.priority === 'high') priority = form.priority;
  else errors.priority = texts.errChoice;
  const total = form.attachments.reduce((sum, file) => sum + file.size, 0);
  if (form.badAttachment || form.attachments.length > MAX_ATTACHMENTS || total > MAX_ATTACHMENT_BYTES) errors.attachments = texts.errFiles;
  if (Object.keys(errors).length || !department) return { errors };
  return { fields: { subject, message, serviceId: service?.id, department, priority, attachments: form.attachments } };
}
