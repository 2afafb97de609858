import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';

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
}

/** The stand-in's state: users, sessions and confirmation keys, in memory for the life of the process. */
export class Store {
  private readonly users = new Map<string, User>();
  private readonly sessions = new Map<string, string>();
  private readonly keys = new Map<string, { email: string; used: boolean }>();
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

  openSession(user: User): string {
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, user.email);
    return id;
  }

  sessionUser(id: string | undefined): User | undefined {
    const email = id ? this.sessions.get(id) : undefined;
    return email ? this.users.get(email) : undefined;
  }

  closeSession(id: string | undefined): void {
    if (id) this.sessions.delete(id);
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
