import type { LineId } from './lines.js';

/**
 * What Senko Digital sells as virtual servers, as the public site's plans page of 2026 shows it
 * (reference ordering/1.png): three lines, each plan's resources and its price in euros per month;
 * other periods derive from it. The EPYC figures are the reference's; the Ryzen line keeps the
 * RZ9 plans the order form (ordering/3.png, RZ9-2) was made for; PROMO is not pictured, so its
 * plans are the stand-in's own.
 */
export interface Plan {
  name: string;
  line: LineId;
  vcpu: number;
  ramGb: number;
  diskGb: number;
  networkMbps: number;
  backupGb: number;
  monthEur: number;
}

export const PLANS: readonly Plan[] = [
  { name: 'PROMO-1', line: 'promo', vcpu: 1, ramGb: 1, diskGb: 15, networkMbps: 100, backupGb: 16, monthEur: 1.99 },
  { name: 'PROMO-2', line: 'promo', vcpu: 2, ramGb: 2, diskGb: 30, networkMbps: 200, backupGb: 32, monthEur: 3.49 },
  { name: 'EP-1', line: 'epyc', vcpu: 1, ramGb: 2, diskGb: 30, networkMbps: 250, backupGb: 32, monthEur: 3.53 },
  { name: 'EP-2', line: 'epyc', vcpu: 2, ramGb: 4, diskGb: 60, networkMbps: 500, backupGb: 64, monthEur: 6.74 },
  { name: 'EP-4', line: 'epyc', vcpu: 4, ramGb: 8, diskGb: 120, networkMbps: 750, backupGb: 128, monthEur: 13.41 },
  { name: 'EP-6', line: 'epyc', vcpu: 6, ramGb: 12, diskGb: 180, networkMbps: 750, backupGb: 192, monthEur: 19.47 },
  { name: 'RZ9-0', line: 'ryzen', vcpu: 1, ramGb: 1, diskGb: 20, networkMbps: 100, backupGb: 32, monthEur: 2.15 },
  { name: 'RZ9-1', line: 'ryzen', vcpu: 1, ramGb: 2, diskGb: 40, networkMbps: 500, backupGb: 64, monthEur: 3.6 },
  { name: 'RZ9-2', line: 'ryzen', vcpu: 2, ramGb: 4, diskGb: 80, networkMbps: 1000, backupGb: 96, monthEur: 7.05 },
  { name: 'RZ9-3', line: 'ryzen', vcpu: 3, ramGb: 6, diskGb: 120, networkMbps: 1000, backupGb: 128, monthEur: 10.45 },
  { name: 'RZ9-4', line: 'ryzen', vcpu: 4, ramGb: 8, diskGb: 160, networkMbps: 1000, backupGb: 192, monthEur: 13.9 },
];

export const planByName = (name: unknown): Plan | undefined => PLANS.find((plan) => plan.name === name);

/** Order periods: the order form's «Период оплаты» offers them all, the public site all but the day. */
export const PERIODS = ['day', 'month', 'halfyear', 'year'] as const;
export type Period = (typeof PERIODS)[number];
export const isPeriod = (value: unknown): value is Period => PERIODS.includes(value as Period);

/** The public site's period buttons of 2026: no day any more. */
export const SITE_PERIODS = ['month', 'halfyear', 'year'] as const satisfies readonly Period[];
export type SitePeriod = (typeof SITE_PERIODS)[number];
export const isSitePeriod = (value: unknown): value is SitePeriod => SITE_PERIODS.includes(value as SitePeriod);

/** Price of a period in euros: a day is a thirtieth of a month; half a year −5 %, a year −10 %. */
export function periodPrice(plan: Plan, period: Period): number {
  const month = plan.monthEur;
  const raw = period === 'day' ? month / 30 : period === 'month' ? month : period === 'halfyear' ? month * 6 * 0.95 : month * 12 * 0.9;
  return Math.round(raw * 100) / 100;
}

/** Days a period lasts (the auto-renewal date and the services list's «Действует до»). */
export const PERIOD_DAYS: Record<Period, number> = { day: 1, month: 30, halfyear: 182, year: 365 };

export const euros = (amount: number): string => `${amount.toFixed(2)} €`;

/** The operating systems of the order form's tiles, each with its versions (the first is the default). */
export const SYSTEMS = [
  { id: 'debian', name: 'Debian', versions: ['Debian 12', 'Debian 11', 'Debian 10'] },
  { id: 'ubuntu', name: 'Ubuntu', versions: ['Ubuntu 18.04', 'Ubuntu 20.04', 'Ubuntu 22.04', 'Ubuntu 24.04'] },
  { id: 'windows', name: 'Windows', versions: ['Windows 10 RUS', 'Windows 10 ENG', 'Windows Server 2019', 'Windows Server 2022'] },
  { id: 'centos', name: 'CentOS', versions: ['CentOS 8 Stream', 'CentOS 9 Stream', 'CentOS 7'] },
  { id: 'almalinux', name: 'AlmaLinux', versions: ['Alma Linux 8', 'Alma Linux 9'] },
  { id: 'oracle', name: 'Oracle', versions: ['Oracle Linux 8', 'Oracle Linux 9'] },
  { id: 'freebsd', name: 'FreeBSD', versions: ['FreeBSD 12', 'FreeBSD 13', 'FreeBSD 14'] },
  { id: 'rocky', name: 'Rocky Linux', versions: ['Rocky Linux 8', 'Rocky Linux 9'] },
  { id: 'other', name: 'Other', versions: ['VzLinux 8'] },
] as const;
export const systemById = (id: unknown) => SYSTEMS.find((system) => system.id === id);
