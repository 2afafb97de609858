import type { Lang } from '../i18n.js';

/**
 * What Senko Digital sells in the VPS line, as the public site's plan page shows it
 * (reference ordering/1.png): prices are euros per month; other periods and currencies derive
 * from them.
 */
export interface Plan {
  name: string;
  vcpu: number;
  ramGb: number;
  diskGb: number;
  network: string;
  monthEur: number;
  blurb: Record<Lang, string>;
}

export const PLANS: readonly Plan[] = [
  { name: 'RZ9-0', vcpu: 1, ramGb: 1, diskGb: 20, network: '100 Mbps shared', monthEur: 2.15, blurb: { ru: 'Идеально для проектов с маленькой нагрузкой', en: 'Ideal for projects with a small load' } },
  { name: 'RZ9-1', vcpu: 1, ramGb: 2, diskGb: 40, network: '500 Mbps shared', monthEur: 3.6, blurb: { ru: 'Отлично подходит для разработки и тестирования', en: 'Great for development and testing' } },
  { name: 'RZ9-2', vcpu: 2, ramGb: 4, diskGb: 80, network: '1 Gbps shared', monthEur: 7.05, blurb: { ru: 'Идеально для маленьких сайтов, блогов и VPN', en: 'Ideal for small websites, blogs and VPN' } },
  { name: 'RZ9-3', vcpu: 3, ramGb: 6, diskGb: 120, network: '1 Gbps shared', monthEur: 10.45, blurb: { ru: 'Подходит для маленьких веб-проектов', en: 'Suitable for small web projects' } },
  { name: 'RZ9-4', vcpu: 4, ramGb: 8, diskGb: 160, network: '1 Gbps shared', monthEur: 13.9, blurb: { ru: 'Оптимально для бизнес-приложений', en: 'Optimal for business applications' } },
];

export const planByName = (name: unknown): Plan | undefined => PLANS.find((plan) => plan.name === name);

/** Order periods: the public site's toggles and the order form's «Период оплаты» share these ids. */
export const PERIODS = ['day', 'month', 'halfyear', 'year'] as const;
export type Period = (typeof PERIODS)[number];
export const isPeriod = (value: unknown): value is Period => PERIODS.includes(value as Period);

/** Price of a period in euros: a day is a thirtieth of a month; half a year −5 %, a year −10 %. */
export function periodPrice(plan: Plan, period: Period): number {
  const month = plan.monthEur;
  const raw = period === 'day' ? month / 30 : period === 'month' ? month : period === 'halfyear' ? month * 6 * 0.95 : month * 12 * 0.9;
  return Math.round(raw * 100) / 100;
}

/** Days a period lasts (the auto-renewal date and the services list's «Действует до»). */
export const PERIOD_DAYS: Record<Period, number> = { day: 1, month: 30, halfyear: 182, year: 365 };

/** The public site's currencies; rates are the stand-in's own (₽ as the payment page converts). */
export const CURRENCIES = [
  { id: 'eur', symbol: '€', rate: 1 },
  { id: 'usd', symbol: '$', rate: 1.08 },
  { id: 'uah', symbol: '₴', rate: 45 },
  { id: 'rub', symbol: '₽', rate: 110 },
] as const;
export type CurrencyId = (typeof CURRENCIES)[number]['id'];
export const currencyOf = (id: unknown) => CURRENCIES.find((c) => c.id === id) ?? CURRENCIES[0];

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
