import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/**
 * Time-based one-time passwords as BILLmanager's two-step authentication uses them (RFC 6238:
 * HMAC-SHA1, 6 digits, a 30-second step), the way Google Authenticator reads them from an
 * `otpauth://totp/…` URI. The secret is 40 random bytes, 64 base32 characters, as the
 * 2fa-settings screenshots show it.
 */
export const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

/** The issuer the URI names: the client area's host, as the real account name starts with it. */
export const ISSUER = 'my.senko.digital';

export function newSecret(): string {
  return new Secret({ size: 40 }).base32;
}

/** The account name the form shows and the URI's label: `my.senko.digital:(wiki@senko.digital)`. */
export function accountName(email: string): string {
  return `${ISSUER}:(${email})`;
}

function totpOf(secret: string, email: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: `(${email})`, secret: Secret.fromBase32(secret), ...TOTP_SETTINGS });
}

/** The `otpauth://totp/…` URI an authenticator app scans. */
export function otpauthURI(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/** The QR code of the URI, a PNG (what «Save QR-code» downloads and the page shows). */
export async function qrPNG(secret: string, email: string): Promise<Buffer> {
  return QRCode.toBuffer(otpauthURI(secret, email), { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
}

/** Whether `token` is the code of this step or of the one before or after (a minute of clock skew). */
export function verifyCode(secret: string, token: unknown): boolean {
  if (typeof token !== 'string' || !/^\d{6}$/u.test(token.trim())) return false;
  return new TOTP({ secret: Secret.fromBase32(secret), ...TOTP_SETTINGS }).validate({ token: token.trim(), window: 1 }) !== null;
}
