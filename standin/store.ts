import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';
import { SessionTable } from './session-table.js';

export interface User {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  passwordHash: string;
  country: string;
  registered: Date;
  confirmed: boolean;
  clientId: number;
  accountId: number;
  /** The two-step authentication's secret (base32), once enabled: log-on then asks for its code. */
  totpSecret?: string;
  /** The Telegram username of user settings, as typed. */
  telegram?: string;
}

/** A service of a client (a VPS ordered, …), as the ticket form's «Услуга» list offers it. */
export interface Service {
  id: number;
  name: string;
  status: string;
}

export type Department = 'sales' | 'technical';
export type Priority = 'low' | 'medium' | 'high';

export interface Ticket {
  id: number;
  subject: string;
  message: string;
  department: Department;
  /** Optional in the ticket model: the real English form asks for none (new-ticket/en/4.png). */
  priority?: Priority;
  /** The id of the client's service the request is about, if any. */
  serviceId?: number;
  attachments: Array<{ name: string; size: number }>;
  created: Date;
  status: 'new';
}

/** The stand-in's state: users, sessions, confirmation keys, services and tickets, in memory for the life of the process. */
export class Store {
  private readonly users = new Map<string, User>();
  /** By user id. */
  private readonly services = new Map<number, Service[]>();
  private readonly tickets = new Map<number, Ticket[]>();
  /** Ticket numbers are shared by every client, as a help desk numbers them. */
  private nextTicket = 1;
  /** Signed-in browsers, by their session cookie; closing one drops its two-step setup secret. */
  readonly sessions = new SessionTable<User>((token) => this.setupSecrets.delete(token));
  private readonly keys = new Map<string, { email: string; used: boolean }>();
  /** Log-ons that gave the right password and still owe the temporary password, by their token. */
  readonly halfSessions = new SessionTable<User>();
  /** The secret each session's two-step setup form shows (a new one every time it opens), by session id. */
  private readonly setupSecrets = new Map<string, string>();
  private nextId = 1;

  hasUser(email: string): boolean {
    return this.users.has(email.toLowerCase());
  }

  addUser(fields: Omit<User, 'id' | 'passwordHash' | 'registered' | 'confirmed' | 'clientId' | 'accountId'> & { password: string }): User {
    const { password, ...rest } = fields;
    const user: User = {
      ...rest,
      email: rest.email.toLowerCase(),
      id: this.nextId++,
      passwordHash: hashPassword(password),
      registered: new Date(),
      confirmed: false,
      clientId: randomInt(1000, 99999),
      accountId: randomInt(1000, 99999),
    };
    this.users.set(user.email, user);
    return user;
  }

  checkLogin(email: string, password: string): User | undefined {
    const user = this.users.get(email.trim().toLowerCase());
    return user && verifyPassword(password, user.passwordHash) ? user : undefined;
  }

  /** Remembers the secret the setup form showed this session (the last one shown is the one enabled). */
  setSetupSecret(sessionId: string, secret: string): void {
    this.setupSecrets.set(sessionId, secret);
  }

  setupSecret(sessionId: string | undefined): string | undefined {
    return sessionId ? this.setupSecrets.get(sessionId) : undefined;
  }

  setTelegram(user: User, username: string): void {
    user.telegram = username || undefined;
  }

  /** Turns two-step authentication on with the secret the form showed. */
  enableTotp(user: User, sessionId: string, secret: string): void {
    user.totpSecret = secret;
    this.setupSecrets.delete(sessionId);
  }

  /** Adds (or replaces, same id) a service of the user's; the ticket form lists it. */
  addService(user: User, service: Service): Service {
    const list = (this.services.get(user.id) ?? []).filter((other) => other.id !== service.id);
    const stored = { ...service };
    list.push(stored);
    this.services.set(user.id, list);
    return stored;
  }

  /** The user's services, oldest first. */
  servicesOf(user: User): Service[] {
    return [...(this.services.get(user.id) ?? [])];
  }

  addTicket(user: User, fields: Omit<Ticket, 'id' | 'created' | 'status'>): Ticket {
    const ticket: Ticket = { ...fields, id: this.nextTicket++, created: new Date(), status: 'new' };
    this.tickets.set(user.id, [...(this.tickets.get(user.id) ?? []), ticket]);
    return ticket;
  }

  /** The user's tickets, newest first. */
  ticketsOf(user: User): Ticket[] {
    return [...(this.tickets.get(user.id) ?? [])].reverse();
  }

  /** One of the user's tickets; another client's is not found. */
  ticketOf(user: User, id: number): Ticket | undefined {
    return this.tickets.get(user.id)?.find((ticket) => ticket.id === id);
  }

  /** A single-use key too long to guess (256 bits). */
  confirmationKey(user: User): string {
    const key = randomBytes(32).toString('base64url');
    this.keys.set(key, { email: user.email, used: false });
    return key;
  }

  /** Confirms the address the key was made for; undefined for an unknown or used key. */
  useKey(key: string): User | undefined {
    const entry = this.keys.get(key);
    if (!entry || entry.used) return undefined;
    entry.used = true;
    const user = this.users.get(entry.email);
    if (user) user.confirmed = true;
    return user;
  }
}

function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('hex')}:${scryptSync(password, salt, 32).toString('hex')}`;
}

function verifyPassword(password: string, stored: string): boolean {
  const [salt, hash] = stored.split(':');
  const expected = Buffer.from(hash, 'hex');
  const actual = scryptSync(password, Buffer.from(salt, 'hex'), expected.length);
  return timingSafeEqual(expected, actual);
}
