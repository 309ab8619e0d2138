// Profiles the offline warm start (issue 8): the bench's session (built app, real server, signed
// in, PIN set), then offline reloads with the CPU slowed 4×, each under a Chromium trace. Prints,
// per reload, the waterfall from navigation start to the PIN screen painted: each file from the
// service worker (request → response), each script's compile and evaluation on the main thread,
// each IndexedDB open and transaction (from an init script), the app's other long tasks, and the
// paints. With --idb, also when IndexedDB's backend (the browser process) ran each open and
// operation: it showed the lock screen's requests answered there in under a millisecond, and the
// rest of their time spent queued on the page's busy main thread (issue 8). Not a figure:
// `npm run bench -- browser` gives those.
//   npx tsx bench/browser/trace-warm-start.ts [reloads=3] [--keep=/tmp/trace.json] [--dir=BUILD] [--cpu] [--idb]
import { writeFileSync } from 'node:fs';
import { waitForServiceWorkerControl } from '../../e2e/support/browser';
import { firstContentfulPaint, navigateAndWaitForMark } from './instrument';
import { openSession } from './session';

/** Records IndexedDB opens and transactions with their stores and times (ms since navigation). */
const IDB_WATCH = `(() => {
  const log = (window.__eaIdb = []);
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    const req = open.apply(this, args);
    const at = performance.now();
    const entry = { what: 'open ' + args[0] + ' v' + (args[1] ?? ''), start: at, end: null };
    log.push(entry);
    req.addEventListener('success', () => (entry.end = performance.now()));
    req.addEventListener('upgradeneeded', () => (entry.upgrade = performance.now()));
    return req;
  };
  const tx = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const t = tx.apply(this, args);
    const stores = [].concat(args[0]).join(',');
    const entry = { what: (args[1] || 'readonly') + ' ' + stores, start: performance.now(), end: null };
    log.push(entry);
    t.addEventListener('complete', () => (entry.end = performance.now()));
    return t;
  };
})();`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown>; name?: string };
}

const reloads = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const keep = process.argv.find((a) => a.startsWith('--keep='))?.slice('--keep='.length);
const cpuProfile = process.argv.includes('--cpu');
const backend = process.argv.includes('--idb');
const staticDir = process.argv.find((a) => a.startsWith('--dir='))?.slice('--dir='.length);
const short = (url: unknown) =>
  String(url ?? '')
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/-[\w-]{8,}\.(js|json|css|woff2)$/, '.$1');

const s = await openSession(staticDir ? { staticDir } : {});
try {
  const { page, context } = s.browser;
  await context.addInitScript({ content: IDB_WATCH });
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  for (let i = 0; i <= reloads; i++) {
    await s.throttle();
    const events: TraceEvent[] = [];
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'blink.user_timing',
          'loading',
          'navigation',
          // --cpu: V8's sampling profiler too (it slows the start a little).
          ...(cpuProfile ? ['disabled-by-default-v8.cpu_profiler'] : []),
          // --idb: IndexedDB's own events, in the renderer and in the browser process's backend.
          ...(backend ? ['IndexedDB'] : []),
        ],
      },
    });
    const painted = await navigateAndWaitForMark(page, 'firstScreenPaint', () => page.reload());
    const fcp = await firstContentfulPaint(page);
    const idb = (await page.evaluate('window.__eaIdb')) as {
      what: string;
      start: number;
      end: number | null;
      upgrade?: number;
    }[];
    const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    await s.throttle(1);
    if (i === 0) continue; // the first reload warms the caches, as the bench's warmup does
    if (keep) writeFileSync(keep.replace(/(\.json)?$/, `-${i}.json`), JSON.stringify(events));
    report(i, events, idb, painted, fcp, timeOrigin);
  }
} finally {
  await s.close();
}

function report(
  run: number,
  events: TraceEvent[],
  idb: { what: string; start: number; end: number | null; upgrade?: number }[],
  painted: number,
  fcp: number,
  timeOrigin: number,
): void {
  // Trace timestamps are µs on a monotonic clock; navigation start is the renderer's
  // "navigationStart" mark of the page's document (the last with a URL: the reload; the others
  // are about:blank frames).
  const nav = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL)
    .at(-1);
  if (!nav) throw new Error('no navigationStart in the trace');
  const t = (ts: number) => (ts - nav.ts) / 1000;
  const rows: [number, number, string][] = [];
  const sends = new Map<string, { ts: number; url: string }>();
  for (const e of events) {
    const d = e.args?.data;
    if (e.name === 'ResourceSendRequest' && d)
      sends.set(String(d.requestId), { ts: e.ts, url: String(d.url) });
    if (e.name === 'ResourceFinish' && d) {
      const sent = sends.get(String(d.requestId));
      if (sent && sent.ts >= nav.ts) rows.push([t(sent.ts), t(e.ts), `fetch ${short(sent.url)}`]);
    }
  }
  const mainTid = events.find((e) => e.name === 'navigationStart' && e === nav)?.tid;
  for (const e of events) {
    if (e.ts < nav.ts || e.tid !== mainTid || e.ph !== 'X' || !e.dur) continue;
    const d = e.args?.data ?? e.args?.beginData;
    const ms = e.dur / 1000;
    if (e.name === 'v8.compileModule' || e.name === 'v8.compile')
      rows.push([t(e.ts), t(e.ts + e.dur), `compile ${short(d?.url ?? d?.fileName)}`]);
    else if (e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript')
      rows.push([t(e.ts), t(e.ts + e.dur), `evaluate ${short(d?.url)}`]);
    else if (e.name === 'RunTask' && ms >= 8) rows.push([t(e.ts), t(e.ts + e.dur), 'task ≥ 8 ms']);
    else if (e.name === 'ParseHTML') rows.push([t(e.ts), t(e.ts + e.dur), 'parse HTML']);
    else if (e.name === 'FunctionCall' && ms >= 3)
      rows.push([t(e.ts), t(e.ts + e.dur), `call ${short(d?.url)}:${d?.functionName ?? ''}`]);
    else if (e.name === 'UpdateLayoutTree' && ms >= 3)
      rows.push([t(e.ts), t(e.ts + e.dur), 'style recalc']);
    else if (e.name === 'Layout' && ms >= 3) rows.push([t(e.ts), t(e.ts + e.dur), 'layout']);
  }
  // The backend's work (--idb): in the browser process, not on the page's main thread.
  const browserPid = events.find(
    (e) => e.ph === 'M' && e.name === 'process_name' && e.args?.name === 'Browser',
  )?.pid;
  for (const e of events) {
    if (e.ts < nav.ts || e.pid !== browserPid || e.cat !== 'IndexedDB' || e.ph !== 'X') continue;
    if (
      !/^(BucketContext::Open|Database::\w+Operation|Transaction::Commit$|.*CommitPhaseTwo$)/.test(
        e.name,
      )
    )
      continue;
    rows.push([t(e.ts), t(e.ts + (e.dur ?? 0)), `backend ${e.name}`]);
  }
  // The page's clock (performance.now) starts at timeOrigin; the trace's at navigationStart: the
  // same instant for a reload, so IndexedDB rows share the axis.
  void timeOrigin;
  for (const x of idb) {
    const label = `idb ${x.what}${x.upgrade ? ` (upgrade at ${x.upgrade.toFixed(0)})` : ''}`;
    rows.push([x.start, x.end ?? Number.NaN, label]);
  }
  rows.push([fcp, fcp, 'first contentful paint'], [painted, painted, 'PIN screen painted']);
  rows.sort((a, b) => a[0] - b[0]);
  console.log(
    `\nreload ${run}: PIN screen painted at ${painted.toFixed(0)} ms, FCP ${fcp.toFixed(0)}`,
  );
  for (const [start, end, label] of rows) {
    if (start > painted + 5) continue;
    const span =
      end === start ? '' : `→ ${end.toFixed(1).padStart(6)} (${(end - start).toFixed(1)})`;
    console.log(`  ${start.toFixed(1).padStart(6)} ${span.padEnd(20)} ${label}`);
  }
}
