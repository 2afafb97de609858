import type { DriftName } from '../drift.js';
import { fill, type Lang } from '../i18n.js';
import { describeChrome } from '../pages/chrome.js';
import type { Chrome } from '../pages/types.js';
import type { User } from '../store.js';
import { euros } from './catalog.js';
import { accepts, METHODS, payable, type MethodId } from './payment-methods.js';
import { PAYMENT_TEXTS } from './payment-texts.js';
import type { Order } from './services.js';

/**
 * The payment page of 2026 (ordering/4.png) described as data, for every skin like the other
 * order pages: the step bar, a card per method (3 a row), the cart at the right, «Cancel» below.
 */
export interface PaymentPage {
  page: 'payment.new';
  lang: Lang;
  title: string;
  heading: string;
  chrome: Chrome;
  back: { label: string; href: string };
  steps: { label: string; items: string[]; current: number };
  methodsHeading: string;
  action: string;
  methods: PaymentMethodCard[];
  cart: { title: string; change: { label: string; href: string }; registering: string; total: string; rows: Array<{ quantity: string; name: string; amount: string }> };
  cancel: { label: string; href: string };
  /** A method refused (not available in the stand-in), with why. */
  error?: { method: MethodId; text: string };
}

export interface PaymentMethodCard {
  id: MethodId;
  name: string;
  icons: string[];
  /** The card's «Description»: runs of text, some bold. */
  about?: { label: string; runs: Array<{ text: string; bold?: boolean }> };
  disclaimer?: string;
  /** «Payable» first, then «Commission», «Account balance» or «Amount»; `muted` ones are grey. */
  facts: Array<{ label: string; value: string; muted?: boolean }>;
  disabled: boolean;
  select: string;
}

/** «Change order» and the title's arrow go back to the plan's form. */
const orderPath = (order: Order) => `/billmgr?func=vds.order&plan=${order.plan.name}&period=${order.period}`;

export function describePayment(lang: Lang, drift: DriftName | undefined, user: User, order: Order, error?: { method: MethodId; text: string }): PaymentPage {
  const t = PAYMENT_TEXTS[lang];
  const href = `/billmgr?func=payment.new&order=${order.id}`;
  const chrome = describeChrome(lang, drift, user, { func: 'payment.new', title: t.title, href, menuFunc: 'vds' });
  const amount = euros(order.amountEur);
  return {
    page: 'payment.new',
    lang,
    title: t.title,
    heading: t.title,
    chrome,
    back: { label: t.back, href: orderPath(order) },
    steps: { label: t.stepsLabel, items: [...t.steps], current: 0 },
    methodsHeading: t.methods,
    action: href,
    methods: METHODS.map((method) => {
      const facts: PaymentMethodCard['facts'] = [{ label: t.payable, value: euros(payable(order.amountEur, method)) }];
      // The stand-in keeps no balance: the personal account shows what the header shows, and pays on credit.
      if (method.id === 'account') facts.push({ label: t.balance, value: chrome.balance.amount });
      if (method.percent) facts.push({ label: t.commission, value: `${method.percent.toFixed(2)}%`, muted: true });
      if (method.minEur) facts.push({ label: t.amount, value: fill(t.from, { amount: euros(method.minEur) }), muted: true });
      const about = 'about' in method && method.about ? { label: t.description, runs: t.about[method.id as keyof typeof t.about].map((run) => ({ ...run })) } : undefined;
      return {
        id: method.id,
        name: t.names[method.id],
        icons: [...method.icons],
        ...(about ? { about } : {}),
        ...('disclaimer' in method && method.disclaimer ? { disclaimer: t.disclaimer } : {}),
        facts,
        disabled: !accepts(method, order.amountEur),
        select: t.select,
      };
    }),
    cart: {
      title: t.cart,
      change: { label: t.changeOrder, href: orderPath(order) },
      registering: fill(t.registering, { n: '1' }),
      total: amount,
      rows: [{ quantity: fill(t.pieces, { n: '1' }), name: `${order.plan.name} #${order.id}`, amount }],
    },
    cancel: { label: t.cancel, href: '/billmgr?func=vds' },
    ...(error ? { error } : {}),
  };
}
