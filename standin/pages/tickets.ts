import type { DriftName } from '../drift.js';
import { fill, TEXTS, type Lang } from '../i18n.js';
import { parseMarkdown } from '../markdown.js';
import type { Service, Ticket, User } from '../store.js';
import { describeChrome } from './chrome.js';
import type { Column, TicketFormPage, TicketListPage, TicketViewPage } from './types.js';

/** What an attachment may weigh, all files of a ticket together, and how many there may be. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

const date = (when: Date) => when.toISOString().slice(0, 16).replace('T', ' ');

/** The requests list (func=ticket): «Создать» above a table of the client's tickets. */
export function describeTicketList(lang: Lang, drift: DriftName | undefined, user: User, tickets: Ticket[]): TicketListPage {
  const t = TEXTS[lang];
  const heading = drift === 'tickets-menu-renamed' ? t.ticketsMenuDrift : t.requests;
  const columns: Column[] = [
    { key: 'id', label: t.colId },
    { key: 'subject', label: t.colSubject },
    { key: 'priority', label: t.colPriority },
    { key: 'status', label: t.colStatus },
    { key: 'date', label: t.colDate },
  ];
  return {
    page: 'tickets',
    lang,
    title: heading,
    heading,
    ...describeChrome(lang, drift, user, { func: 'ticket', title: heading }),
    create: { label: t.create, href: '/billmgr?func=ticket.edit' },
    columns,
    rows: tickets.map((ticket) => ({
      href: `/billmgr?func=ticket.view&id=${ticket.id}`,
      linkKey: 'subject',
      cells: {
        id: String(ticket.id),
        subject: ticket.subject,
        priority: ticket.priority ? t.priorities[ticket.priority] : '—',
        status: t.statusNew,
        date: date(ticket.created),
      },
    })),
    empty: { title: t.noData, hint: t.noDataHint },
  };
}

/** The ticket form (func=ticket.edit), as new-ticket/4.png shows it. */
export function describeTicketForm(lang: Lang, drift: DriftName | undefined, user: User, services: Service[]): TicketFormPage {
  const t = TEXTS[lang];
  return {
    page: 'ticket.edit',
    lang,
    title: t.ticket,
    heading: t.ticket,
    ...describeChrome(lang, drift, user, { func: 'ticket.edit', title: t.ticket, menuFunc: 'ticket' }),
    action: '/billmgr?func=ticket.edit',
    back: { label: t.backToTickets, href: '/billmgr?func=ticket' },
    subject: { name: 'subject', label: t.subject, required: true },
    service: {
      name: 'service',
      label: t.service,
      options: [{ value: '', label: t.noService }, ...services.map((service) => ({ value: String(service.id), label: `#${service.id} ${service.name}` }))],
    },
    department: {
      name: 'department',
      label: t.department,
      options: [
        { value: 'sales', label: t.sales },
        { value: 'technical', label: t.technical },
      ],
      value: 'technical',
    },
    priority: {
      name: 'priority',
      label: t.priority,
      options: (['low', 'medium', 'high'] as const).map((value) => ({ value, label: t.priorities[value] })),
      value: 'medium',
    },
    message: {
      name: 'message',
      label: t.message,
      required: true,
      hint: t.markdownHint,
      toolbar: {
        label: t.toolbar,
        tools: (['bold', 'italic', 'strike', 'heading', 'link', 'code', 'quote', 'list'] as const).map((action) => ({ action, label: t.tools[action] })),
      },
    },
    attachments: { name: 'attachments', label: t.attach, maxBytes: MAX_ATTACHMENT_BYTES, maxFiles: MAX_ATTACHMENTS },
    submit: t.send,
    cancel: t.cancel,
    texts: { hint: t.hint },
  };
}

/** One ticket (func=ticket.view&id=N): its facts, the message rendered from Markdown, the attachments' names. */
export function describeTicketView(lang: Lang, drift: DriftName | undefined, user: User, ticket: Ticket, service: Service | undefined): TicketViewPage {
  const t = TEXTS[lang];
  const heading = fill(t.ticketHeading, { id: String(ticket.id) });
  return {
    page: 'ticket.view',
    lang,
    title: heading,
    heading,
    ...describeChrome(lang, drift, user, { func: 'ticket.view', title: heading, href: `/billmgr?func=ticket.view&id=${ticket.id}`, menuFunc: 'ticket' }),
    back: { label: t.backToTickets, href: '/billmgr?func=ticket' },
    rows: [
      { label: t.colSubject, value: ticket.subject },
      { label: t.department, value: ticket.department === 'sales' ? t.sales : t.technical },
      ...(ticket.priority ? [{ label: t.priority, value: t.priorities[ticket.priority] }] : []),
      { label: t.service, value: service ? `#${service.id} ${service.name}` : t.noService },
      { label: t.colStatus, value: t.statusNew },
      { label: t.colDate, value: date(ticket.created) },
    ],
    message: { label: t.message, blocks: parseMarkdown(ticket.message) },
    attachments: { label: t.attachments, names: ticket.attachments.map((file) => file.name) },
  };
}
