/**
 * The plan lines the public site's selector offers (ordering/1.png: `PROMO` with Intel's logo,
 * `EPYC` and `Ryzen 9 9950X` with AMD's, EPYC chosen when the page opens). What a line's plans
 * share is said once here: the processor's clocks (GHz), the memory and the disks.
 */
export const LINES = [
  { id: 'promo', name: 'PROMO', vendor: 'intel', clocks: '2.4-3.5', boost: '3.5', memory: 'DDR4 ECC', storage: 'SSD' },
  { id: 'epyc', name: 'EPYC', vendor: 'amd', clocks: '3.3-5.0', boost: '5.0', memory: 'DDR5 ECC', storage: 'M.2 NVMe' },
  { id: 'ryzen', name: 'Ryzen 9 9950X', vendor: 'amd', clocks: '4.3-5.7', boost: '5.7', memory: 'DDR5 ECC', storage: 'M.2 NVMe' },
] as const;

export type Line = (typeof LINES)[number];
export type LineId = Line['id'];

/** The line the page opens on, as the reference shows it. */
export const DEFAULT_LINE: LineId = 'epyc';

export const lineById = (id: unknown): Line => LINES.find((line) => line.id === id) ?? LINES.find((line) => line.id === DEFAULT_LINE)!;
