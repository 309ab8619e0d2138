import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { API_ERROR } from '../../src/schema/api-error';
import { API_PATHS, IDEMPOTENCY_KEY_HEADER, RETRY_AFTER_HEADER } from '../../src/schema/http';

/**
 * Fault mode of the reference exchange (DESIGN.md §7): the faults of the fault matrix
 * (research/offline-sync.md §3) injected into real HTTP, so that the browser tests and the bench
 * drive the real client against the real server process. Off unless the `FAULTS` environment
 * variable or a test builds the app with a FaultInjector; with it off, nothing here is mounted.
 *
 * NOTE: a fault either replaces the handler ("before commit": nothing is stored) or follows it
 * ("after commit": the row is stored, then the answer is lost, delayed or replaced). The two are
 * what tell a retried request from a replayed one.
 */

/** A page shown by a Wi-Fi captive portal: 200, HTML, nothing like a receipt. */
export const PORTAL_HTML =
  '<!doctype html><html><head><title>Welcome</title></head><body><h1>Sign in to the Wi-Fi</h1><form><button>Connect</button></form></body></html>';
/** Where the redirecting portal sends a request: answered with PORTAL_HTML. */
export const PORTAL_PATH = '/api/test/portal';

const when = z.enum(['before_commit', 'after_commit']);

export const faultAction = z.discriminatedUnion('kind', [
  /** Close the TCP connection without an answer (after reading the whole request). */
  z.strictObject({ kind: z.literal('drop'), when }),
  /** Answer this status instead (before commit), or instead of the real answer (after commit). */
  z.strictObject({
    kind: z.literal('status'),
    status: z.int().min(200).max(599),
    when: when.default('before_commit'),
    retryAfter: z.string().optional(),
    body: z.unknown().optional(),
  }),
  /** A captive portal: 200 text/html, or a 302 to an HTML page that fetch follows. */
  z.strictObject({ kind: z.literal('portal'), redirect: z.boolean().default(false) }),
  /** Hold the request this long, before the handler runs or before its answer is sent. */
  z.strictObject({ kind: z.literal('delay'), ms: z.int().min(0).max(600_000), when }),
]);
export type FaultAction = z.infer<typeof faultAction>;

export const faultRule = z.strictObject({
  /** Which requests: `POST /api/v1/applications` (default) or `GET /api/v1/receipts`. */
  route: z.enum(['applications', 'receipts']).default('applications'),
  /** Only requests with this Idempotency-Key. */
  key: z.string().optional(),
  /** Let this many matching requests through untouched first. */
  skip: z.int().min(0).default(0),
  /** Then apply to this many matching requests. */
  times: z.int().min(1).default(1),
  action: faultAction,
});
export type FaultRule = z.infer<typeof faultRule>;

export const faultScript = z.strictObject({
  rules: z.array(faultRule).default([]),
  /** Each application request has `rate` chance of one of `actions` (seeded, so runs repeat). */
  random: z
    .strictObject({
      rate: z.number().min(0).max(1),
      actions: z.array(faultAction).min(1),
      seed: z.int().default(1),
    })
    .optional(),
  /** 409 request_in_flight to a request whose key another request is still processing. */
  inFlight409: z.boolean().default(false),
  /**
   * Keep connections open between requests. Off by default in fault mode: when a reused
   * connection resets before any answer, Chromium silently resends the POST on a new one, so a
   * scripted drop would never reach the app. A test about that browser behaviour turns it on.
   */
  keepAlive: z.boolean().default(false),
});
export type FaultScript = z.infer<typeof faultScript>;
export type FaultScriptInput = z.input<typeof faultScript>;

/** What the server saw, request by request: what the tests count (e.g. POSTs per key). */
export interface FaultLogEntry {
  seq: number;
  /** Server clock, epoch ms, when the request arrived. */
  at: number;
  route: 'applications' | 'receipts';
  key: string | null;
  /** The fault applied, e.g. `status:503:before_commit`; null when the request went through. */
  fault: string | null;
  /** The status sent, or null when the connection was dropped. */
  status: number | null;
}

/** Most log entries kept: enough for the 1,000-application test with retries. */
const LOG_MAX = 20_000;

interface LiveRule {
  rule: FaultRule;
  seen: number;
}

/** Small seeded PRNG (mulberry32): the same seed gives the same faults in the same order. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The header @hono/node-server's RESPONSE_ALREADY_SENT carries: nothing is written. */
const ALREADY_SENT = 'x-hono-already-sent';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function describe(action: FaultAction): string {
  switch (action.kind) {
    case 'drop':
      return `drop:${action.when}`;
    case 'status':
      return `status:${action.status}:${action.when}`;
    case 'portal':
      return action.redirect ? 'portal:redirect' : 'portal';
    case 'delay':
      return `delay:${action.ms}:${action.when}`;
  }
}

function routeOf(c: Context): FaultRule['route'] | null {
  if (c.req.method === 'POST' && c.req.path === API_PATHS.applications) return 'applications';
  if (c.req.method === 'GET' && c.req.path === API_PATHS.receipts) return 'receipts';
  return null;
}

/** Holds the current script, the in-flight keys and the request log. One per server process. */
export class FaultInjector {
  private rules: LiveRule[] = [];
  private script: FaultScript = faultScript.parse({});
  private random: (() => number) | null = null;
  private readonly inFlight = new Set<string>();
  private entries: FaultLogEntry[] = [];
  private seq = 0;

  constructor(script: FaultScriptInput = {}) {
    this.load(script);
  }

  /** Replaces the script and forgets the log. */
  load(input: FaultScriptInput): FaultScript {
    this.script = faultScript.parse(input);
    this.rules = this.script.rules.map((rule) => ({ rule, seen: 0 }));
    this.random = this.script.random ? seeded(this.script.random.seed) : null;
    this.entries = [];
    return this.script;
  }

  log(): FaultLogEntry[] {
    return this.entries;
  }

  /**
   * The fault for this request, if any. Every rule the request matches counts it (so `skip`
   * counts requests, not requests other rules left alone); the first rule in its window applies.
   */
  pick(route: FaultRule['route'], key: string | null): FaultAction | null {
    let chosen: FaultAction | null = null;
    for (const live of this.rules) {
      const { rule } = live;
      if (rule.route !== route || (rule.key !== undefined && rule.key !== key)) continue;
      live.seen += 1;
      const inWindow = live.seen > rule.skip && live.seen <= rule.skip + rule.times;
      if (inWindow && !chosen) chosen = rule.action;
    }
    if (chosen) return chosen;
    const random = this.script.random;
    if (route === 'applications' && random && this.random && this.random() < random.rate) {
      return random.actions[Math.floor(this.random() * random.actions.length)] ?? null;
    }
    return null;
  }

  /** For every response (app and API): `Connection: close` unless the script keeps them alive. */
  connections(): MiddlewareHandler {
    return async (c, next) => {
      await next();
      if (!this.script.keepAlive) c.header('Connection', 'close');
    };
  }

  middleware(): MiddlewareHandler {
    return async (c, next) => {
      const route = routeOf(c);
      if (!route) return next();
      const key = c.req.header(IDEMPOTENCY_KEY_HEADER)?.trim() || null;
      const entry: FaultLogEntry = {
        seq: ++this.seq,
        at: Date.now(),
        route,
        key,
        fault: null,
        status: null,
      };
      if (this.entries.length >= LOG_MAX) this.entries.shift();
      this.entries.push(entry);
      if (route === 'applications' && key && this.script.inFlight409) {
        if (this.inFlight.has(key)) {
          entry.fault = 'in_flight';
          entry.status = 409;
          return c.json(
            {
              errors: [
                {
                  code: API_ERROR.requestInFlight,
                  message: 'A request with this Idempotency-Key is still being processed',
                },
              ],
            },
            409,
          );
        }
        this.inFlight.add(key);
      }
      try {
        const action = this.pick(route, key);
        if (action) entry.fault = describe(action);
        const response = await this.apply(c, next, action);
        entry.status =
          response.body === null && response.headers.has(ALREADY_SENT) ? null : response.status;
        return response;
      } finally {
        if (key) this.inFlight.delete(key);
      }
    };
  }

  private async apply(
    c: Context,
    next: () => Promise<void>,
    action: FaultAction | null,
  ): Promise<Response> {
    if (!action) {
      await next();
      return c.res;
    }
    switch (action.kind) {
      case 'portal':
        return action.redirect
          ? c.redirect(PORTAL_PATH, 302)
          : c.html(PORTAL_HTML, 200, { 'Cache-Control': 'no-store' });
      case 'delay':
        if (action.when === 'before_commit') await sleep(action.ms);
        await next();
        if (action.when === 'after_commit') await sleep(action.ms);
        return c.res;
      case 'drop':
        // The whole request is read first: the client has sent every byte, then loses the line.
        await c.req.text();
        if (action.when === 'after_commit') await next();
        return replace(c, dropConnection(c));
      case 'status': {
        if (action.when === 'after_commit') await next();
        const headers: Record<string, string> = {};
        if (action.retryAfter) headers[RETRY_AFTER_HEADER] = action.retryAfter;
        const body = action.body ?? {
          errors: [{ code: `injected_${action.status}`, message: 'Injected by fault mode' }],
        };
        return replace(c, c.json(body, action.status as 200, headers));
      }
    }
  }
}

/** Hono ignores a response returned after next(): the context's response must be replaced. */
function replace(c: Context, response: Response): Response {
  c.res = response;
  return c.res;
}

/** Closes the client's connection with no answer; only possible over a real socket. */
function dropConnection(c: Context): Response {
  const incoming = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming;
  if (!incoming?.socket) throw new Error('fault mode: dropping a connection needs a real socket');
  incoming.socket.destroy();
  return RESPONSE_ALREADY_SENT;
}

/**
 * The script from the `FAULTS` environment variable: unset or empty is off (null); `1` or `on`
 * turns fault mode on with no faults (tests script it over HTTP); anything else is a JSON script.
 */
export function faultsFromEnv(value: string | undefined): FaultInjector | null {
  const text = value?.trim();
  if (!text || text === '0' || text === 'off') return null;
  if (text === '1' || text === 'on') return new FaultInjector();
  return new FaultInjector(JSON.parse(text) as FaultScriptInput);
}
