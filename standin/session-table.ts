import { randomBytes } from 'node:crypto';

/**
 * Who holds which cookie token: the signed-in sessions, and the log-ons that passed the password
 * and still owe the temporary password. A token is 32 random bytes, so holding it is the proof.
 */
export class SessionTable<T> {
  private readonly byToken = new Map<string, T>();

  /** `onClose` drops what else is kept by the token (a session's two-step setup secret). */
  constructor(private readonly onClose?: (token: string) => void) {}

  open(holder: T): string {
    const token = randomBytes(32).toString('base64url');
    this.byToken.set(token, holder);
    return token;
  }

  /** Whom the token (a request's cookie, perhaps none) belongs to. */
  get(token: string | undefined): T | undefined {
    return token ? this.byToken.get(token) : undefined;
  }

  close(token: string | undefined): void {
    if (!token) return;
    this.byToken.delete(token);
    this.onClose?.(token);
  }
}
