// `node scripts/trace-page.ts [path ...]`: a Chrome trace (devtools.timeline) of each page of the
// built site, loaded with the CPU throttled 4×, and a count of what kept the main thread busy:
// style recalculations and layouts (how many, how long, what forced them), script, parsing, paint.
// Serves dist/ itself (run `npm run build` first). TRACE_OUT=dir also writes each raw trace there,
// to open in DevTools' Performance panel. TRACE_CPU=n changes the throttling; TRACE_DIST=dir serves
// another build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser } from './browser.mjs';
import { serveDist } from './serve-dist.ts';

const PORT = 4331;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CPU = Number(process.env.TRACE_CPU ?? 4);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the work cost, whatever else the machine was doing. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown>; endData?: Record<string, unknown> };
}

export async function tracePage(path: string, origin = ORIGIN): Promise<TraceEvent[]> {
  const browserPath = findBrowser()?.path;
  const browser = await chromium.launch(browserPath ? { executablePath: browserPath } : {});
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'blink.user_timing', 'loading', ...(process.env.TRACE_INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []), 'v8.execute', 'toplevel'],
      },
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    // The site module starts after the first paint; give it, and anything it triggers, time to finish.
    await page.waitForFunction(() => 'ready' in document.documentElement.dataset, null, { timeout: 15_000 }).catch(() => undefined);
    await page.waitForTimeout(1500);
    await cdp.send('Tracing.end');
    await done;
    return events;
  } finally {
    await browser.close();
  }
}

const ms = (us: number) => (us / 1000).toFixed(1);

export function analyse(events: TraceEvent[], path: string) {
  // The renderer's main thread: the one that parsed the page.
  const parse = events.find((e) => e.name === 'ParseHTML' && String((e.args?.beginData as { url?: string } | undefined)?.url ?? '').endsWith(path));
  if (!parse) throw new Error('no ParseHTML in the trace');
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid)?.ts ?? parse.ts;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse.pid)?.ts;
  const complete = main.filter((e) => e.ph === 'X' && typeof e.dur === 'number');
  const sum = (names: string[]) => complete.filter((e) => names.includes(e.name)).reduce((s, e) => s + (e.dur ?? 0), 0);
  const styleEvents = complete.filter((e) => e.name === 'UpdateLayoutTree' || e.name === 'RecalculateStyles');
  const layoutEvents = complete.filter((e) => e.name === 'Layout');
  // Top-level tasks, to find long ones (over 50 ms: what total blocking time counts).
  const tasks = complete.filter((e) => e.name === 'RunTask');
  const long = tasks.filter((t) => (t.dur ?? 0) > 50_000);
  const within = (t: TraceEvent) => (e: TraceEvent) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t;
  const describe = (e: TraceEvent) => {
    const data = { ...(e.args?.beginData ?? {}), ...(e.args?.data ?? {}), ...(e.args?.endData ?? {}) } as Record<string, unknown>;
    const stack = (data.stackTrace as { functionName: string; url: string; lineNumber: number }[] | undefined)?.[0];
    const forced = stack ? ` forced by ${stack.functionName || '(anonymous)'} ${String(stack.url).split('/').pop()}:${stack.lineNumber}` : '';
    const count = data.elementCount ?? data.dirtyObjects ?? '';
    return `${e.name.padEnd(16)} at ${ms(e.ts - nav).padStart(7)} ms  ${ms(e.dur ?? 0).padStart(6)} ms (cpu ${ms(e.tdur ?? 0)})  ${count ? `${String(count).padStart(4)} objects` : ''}${forced}`;
  };
  return {
    fcpMs: fcp ? (fcp - nav) / 1000 : NaN,
    cpu: {
      style: styleEvents.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000,
      layout: layoutEvents.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000,
      parse: complete.filter((e) => ['ParseHTML', 'ParseAuthorStyleSheet'].includes(e.name)).reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000,
      paint: complete.filter((e) => ['Paint', 'PrePaint'].includes(e.name)).reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000,
      tasks: tasks.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000,
    },
    styleCount: styleEvents.length,
    styleMs: styleEvents.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000,
    layoutCount: layoutEvents.length,
    layoutMs: layoutEvents.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000,
    forcedLayouts: layoutEvents.filter((e) => (e.args?.beginData as { stackTrace?: unknown } | undefined)?.stackTrace).length,
    scriptMs: sum(['EvaluateScript', 'v8.compile', 'FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'v8.evaluateModule', 'v8.compileModule']) / 1000,
    parseMs: sum(['ParseHTML', 'ParseAuthorStyleSheet']) / 1000,
    paintMs: sum(['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit']) / 1000,
    longTasks: long.map((t) => ({
      at: (t.ts - nav) / 1000,
      ms: (t.dur ?? 0) / 1000,
      inside: complete.filter(within(t)).filter((e) => ['Layout', 'UpdateLayoutTree', 'ParseHTML', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'Paint', 'PrePaint', 'ParseAuthorStyleSheet'].includes(e.name)).map(describe),
    })),
    timeline: [...styleEvents, ...layoutEvents].sort((a, b) => a.ts - b.ts).map(describe),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/en/errors/504/'];
  const server = await serveDist(process.env.TRACE_DIST ?? 'dist', PORT);
  try {
    for (const path of paths) {
      const events = await tracePage(path);
      if (process.env.TRACE_OUT) {
        mkdirSync(process.env.TRACE_OUT, { recursive: true });
        writeFileSync(`${process.env.TRACE_OUT}/${path.replace(/\W+/g, '_')}.json`, JSON.stringify({ traceEvents: events }));
      }
      const a = analyse(events, path);
      console.log(`\n${path} (CPU ${CPU}×): FCP ${a.fcpMs.toFixed(0)} ms`);
      console.log(`  style: ${a.styleCount} recalcs, ${a.styleMs.toFixed(1)} ms; layout: ${a.layoutCount} layouts (${a.forcedLayouts} forced by script), ${a.layoutMs.toFixed(1)} ms`);
      console.log(`  CPU time (unthrottled): style ${a.cpu.style.toFixed(1)} layout ${a.cpu.layout.toFixed(1)} parse ${a.cpu.parse.toFixed(1)} paint ${a.cpu.paint.toFixed(1)} all tasks ${a.cpu.tasks.toFixed(1)} ms`);
      console.log(`  script ${a.scriptMs.toFixed(1)} ms, parse ${a.parseMs.toFixed(1)} ms, paint ${a.paintMs.toFixed(1)} ms`);
      for (const t of a.longTasks) console.log(`  long task at ${t.at.toFixed(0)} ms: ${t.ms.toFixed(1)} ms\n    ${t.inside.join('\n    ')}`);
      console.log(`  every style recalc and layout:\n    ${a.timeline.join('\n    ')}`);
    }
  } finally {
    server.close();
  }
}
