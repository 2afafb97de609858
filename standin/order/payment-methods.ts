/**
 * The payment methods of ordering/4.png (2026), in its order: each one's commission, the smallest
 * amount it takes, and the icons at its card's corner. Only the personal account pays in the
 * stand-in (it completes the order at once); the others are refused with a message, as a provider
 * the stand-in cannot reach would be. A method whose minimum is above the amount is shown
 * disabled, as SEPA is for a 10.70 € cart.
 */
export const METHODS = [
  { id: 'account', percent: 0, minEur: 0, icons: ['clock', 'cash'], pays: true },
  { id: 'revolut', percent: 1, minEur: 0, icons: ['revolut'] },
  { id: 'crypto', percent: 1, minEur: 0, icons: ['crypto'], about: true, disclaimer: true },
  { id: 'cards', percent: 0, minEur: 0, icons: ['clock', 'stripe'] },
  { id: 'sepa', percent: 0, minEur: 15, icons: ['bank'], about: true },
  { id: 'alipay', percent: 3, minEur: 0, icons: ['alipay'] },
  { id: 'wechat', percent: 3, minEur: 0, icons: ['wechat'] },
  { id: 'ideal', percent: 0, minEur: 0, icons: ['ideal'] },
  { id: 'p24', percent: 0, minEur: 0, icons: ['p24'] },
  { id: 'amazon', percent: 1, minEur: 0, icons: ['amazon'] },
] as const;

export type Method = (typeof METHODS)[number];
export type MethodId = Method['id'];

export const isMethod = (value: unknown): value is MethodId => METHODS.some((method) => method.id === value);
export const methodById = (id: MethodId): Method => METHODS.find((method) => method.id === id)!;

/** What the method charges: the amount and its commission, rounded up to the cent as 4.png's 10.81 € and 11.03 € are. */
export function payable(amountEur: number, method: Method): number {
  return Math.ceil(Math.round(amountEur * (100 + method.percent) * 100) / 100 - 1e-9) / 100;
}

/** Whether the order's amount is within what the method takes. */
export const accepts = (method: Method, amountEur: number): boolean => amountEur >= method.minEur;
