import { fill, type Lang } from '../i18n.js';
import { periodPrice, PLANS, SITE_PERIODS, type Plan, type SitePeriod } from '../order/catalog.js';
import { LINES, type Line, type LineId } from '../order/lines.js';
import { SITE_TEXTS, type SiteTexts } from './texts.js';

/**
 * The public site's plans page of 2026 (ordering/1.png) described as data, rendered by
 * views/public-plans.eta: the line selector, the filters, the period buttons and one panel of
 * plan cards per line, only the chosen line's shown. Every text is already in the page's language.
 */
export interface PlansPage {
  lang: Lang;
  title: string;
  lines: { label: string; items: Array<{ id: LineId; name: string; vendor: string; selected: boolean }> };
  filters: { title: string; items: Array<{ name: FilterName; icon: string; template: string; label: string; min: number; max: number }> };
  periods: { label: string; items: Array<{ id: SitePeriod; label: string; discount: string; pressed: boolean }> };
  period: SitePeriod;
  line: LineId;
  panels: Array<{ line: LineId; name: string; selected: boolean; ranges: Record<FilterName, [number, number]>; plans: PlanCard[] }>;
}

type FilterName = 'cpu' | 'ram' | 'disk';

export interface PlanCard {
  name: string;
  /** What the filters compare (vCPU, GiB, GiB). */
  size: Record<FilterName, number>;
  tiles: Array<{ icon: string; label: string; hint: string; value: string; note?: string; flag?: boolean }>;
  chips: string[];
  price: string;
  per: string;
  order: { label: string; href: string };
}

/** Half a year and a year are cheaper, as the period buttons' badges say. */
const DISCOUNT: Record<SitePeriod, string> = { month: '', halfyear: '-5%', year: '-10%' };

function card(plan: Plan, line: Line, t: SiteTexts, period: SitePeriod, orderHref: (plan: Plan) => string): PlanCard {
  const ghz = `${line.clocks} ${t.ghz}`;
  return {
    name: plan.name,
    size: { cpu: plan.vcpu, ram: plan.ramGb, disk: plan.diskGb },
    tiles: [
      { icon: 'cpu', label: t.tiles.cpu, hint: t.hints.cpu, value: `${plan.vcpu} vCPU ${ghz}` },
      { icon: 'ram', label: t.tiles.ram, hint: t.hints.ram, value: `${plan.ramGb} ${t.gib} ${line.memory}` },
      { icon: 'disk', label: t.tiles.disk, hint: t.hints.disk, value: `${plan.diskGb} ${t.gb} ${line.storage}` },
      { icon: 'net', label: t.tiles.net, hint: t.hints.net, value: plan.networkMbps >= 1000 ? `${plan.networkMbps / 1000} ${t.gbps}` : `${plan.networkMbps} ${t.mbps}`, note: t.fairUsage },
      { icon: 'backup', label: t.tiles.backup, hint: t.hints.backup, value: `${plan.backupGb} ${t.gb}`, note: t.raid },
      { icon: 'nested', label: t.tiles.nested, hint: t.hints.nested, value: t.no },
      { icon: 'place', label: t.tiles.place, hint: t.hints.place, value: t.city, flag: true },
      { icon: 'shield', label: t.tiles.shield, hint: t.hints.shield, value: t.protection },
    ],
    // Windows needs more memory than the smallest plans have.
    chips: ['KVM', t.ipv4, '/64 IPv6', ...(plan.ramGb <= 2 ? [t.noWindows] : []), `${line.boost} ${t.ghz}`],
    price: `€${periodPrice(plan, period).toFixed(2)}`,
    per: t.perPeriod[period],
    order: { label: t.orderPlan, href: orderHref(plan) },
  };
}

const range = (plans: Plan[], of: (plan: Plan) => number): [number, number] => [Math.min(...plans.map(of)), Math.max(...plans.map(of))];

export function describePlansPage(lang: Lang, line: LineId, period: SitePeriod, orderHref: (plan: Plan) => string): PlansPage {
  const t = SITE_TEXTS[lang];
  const panels = LINES.map((each) => {
    const plans = PLANS.filter((plan) => plan.line === each.id);
    return {
      line: each.id,
      name: each.name,
      selected: each.id === line,
      ranges: { cpu: range(plans, (p) => p.vcpu), ram: range(plans, (p) => p.ramGb), disk: range(plans, (p) => p.diskGb) },
      plans: plans.map((plan) => card(plan, each, t, period, orderHref)),
    };
  });
  const shown = panels.find((panel) => panel.selected)!;
  const filter = (name: FilterName, icon: string, template: string) => ({ name, icon, template, label: fill(template, { n: String(shown.ranges[name][0]) }), min: shown.ranges[name][0], max: shown.ranges[name][1] });
  return {
    lang,
    title: t.virtualServers,
    lines: { label: t.lines, items: LINES.map((each) => ({ id: each.id, name: each.name, vendor: each.vendor, selected: each.id === line })) },
    filters: { title: t.filters, items: [filter('cpu', 'cpu', t.filterCpu), filter('ram', 'ram', t.filterRam), filter('disk', 'disk', t.filterDisk)] },
    periods: { label: t.period, items: SITE_PERIODS.map((id) => ({ id, label: t.periods[id], discount: DISCOUNT[id], pressed: id === period })) },
    period,
    line,
    panels,
  };
}
