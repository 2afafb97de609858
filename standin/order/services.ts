import { randomBytes, randomInt } from 'node:crypto';
import type { Lang } from '../i18n.js';
import type { Store, User } from '../store.js';
import { PERIOD_DAYS, periodPrice, type Period, type Plan } from './catalog.js';

export type ServiceStatus = 'installing' | 'active' | 'failed';

/** An order made on the form and not paid yet: the payment page shows its amount. */
export interface Order {
  id: number;
  userId: number;
  plan: Plan;
  period: Period;
  /** The version chosen, e.g. «Debian 12». */
  os: string;
  ptr: string;
  autoRenewal: boolean;
  /** The language the order was made in: the access letter is written in it. */
  lang: Lang;
  amountEur: number;
  paid: boolean;
}

/** A virtual server made by a paid order, with what its access letter tells. */
export interface VirtualServer {
  id: number;
  userId: number;
  plan: Plan;
  period: Period;
  os: string;
  ptr: string;
  lang: Lang;
  ip: string;
  status: ServiceStatus;
  rootPassword: string;
  panelPassword: string;
  created: Date;
  expires: Date;
}

/** A password as the real panel makes them: letters and digits, easy to copy. */
function makePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(12), (byte) => alphabet[byte % alphabet.length]).join('');
}

/**
 * Orders and virtual servers of the stand-in, in memory. Each server is also listed in the shared
 * store (`store.addService`) so the rest of the client area (the ticket form's «Услуга») sees it;
 * its status there follows the one here.
 */
export class VirtualServers {
  private readonly orders = new Map<number, Order>();
  private readonly servers = new Map<number, VirtualServer>();
  private readonly timers = new Set<NodeJS.Timeout>();
  // The wiki's cart shows RZ9-2 #143885 (ordering/4.png): the stand-in's order numbers start there.
  private nextOrder = 143885;
  private nextServer = 1001;

  constructor(private readonly store: Store) {}

  addOrder(user: User, fields: Omit<Order, 'id' | 'userId' | 'amountEur' | 'paid'>): Order {
    const order: Order = { ...fields, id: this.nextOrder++, userId: user.id, amountEur: periodPrice(fields.plan, fields.period), paid: false };
    this.orders.set(order.id, order);
    return order;
  }

  /** The user's unpaid order; another client's or a paid one is not found. */
  openOrder(user: User, id: number): Order | undefined {
    const order = this.orders.get(id);
    return order && order.userId === user.id && !order.paid ? order : undefined;
  }

  /** Pays the order: a server is made, «Установка» until `installSeconds` have passed, then `settle` decides. */
  pay(user: User, order: Order, installSeconds: number, settle: (server: VirtualServer) => void): VirtualServer {
    order.paid = true;
    const created = new Date();
    const server: VirtualServer = {
      id: this.nextServer++,
      userId: user.id,
      plan: order.plan,
      period: order.period,
      os: order.os,
      ptr: order.ptr,
      lang: order.lang,
      ip: `194.59.186.${randomInt(10, 250)}`,
      status: 'installing',
      rootPassword: makePassword(),
      panelPassword: makePassword(),
      created,
      expires: new Date(created.getTime() + PERIOD_DAYS[order.period] * 86_400_000),
    };
    this.servers.set(server.id, server);
    this.publish(user, server);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      settle(server);
      this.publish(user, server);
    }, installSeconds * 1000);
    timer.unref();
    this.timers.add(timer);
    return server;
  }

  /** The user's servers, oldest first. */
  serversOf(user: User): VirtualServer[] {
    return [...this.servers.values()].filter((server) => server.userId === user.id);
  }

  /** Stops the pending installations (the app is closing). */
  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private publish(user: User, server: VirtualServer): void {
    this.store.addService(user, { id: server.id, name: serverName(server), status: server.status });
  }
}

/** How the server is named in lists: its plan and its host name. */
export const serverName = (server: VirtualServer): string => `${server.plan.name} — ${server.ptr || `vps${server.id}.senko.digital`}`;
