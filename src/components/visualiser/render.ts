// Markup of the visualiser's outputs, as strings, so the server (Astro) and the island render the
// same table rows and totals from the same model output. The charts are drawn on the client only.
// Colours come from the CSS variables of global.css through classes (see Visualiser.astro).
import type { UiKey, UiStrings } from '../../i18n/en.ts';
import type { Locale } from '../../schemas/error-entry.ts';
import type { BackoffStrategy, RetrySchedule } from '../../lib/backoff.ts';
import type { HerdResult } from '../../lib/herd.ts';
import type { RetryCost } from '../../lib/retry-cost.ts';

/** The UI strings the island needs at run time, fetched from /{lang}/visualiser-labels.json. Other text it reads from the markup. */
export const coreLabelKeys = [
  'retry.seconds', 'vis.minutes', 'vis.by.sdk', 'vis.by.wrapper', 'vis.by.retryAfter', 'vis.first',
  'vis.issue.invalid', 'vis.issue.clamped', 'vis.issue.rounded', 'vis.timelineAlt', 'vis.lane', 'vis.total.layers',
] as const satisfies readonly UiKey[];
/** The extra strings of the herd and cost panels (full variant only). */
export const panelLabelKeys = [
  'vis.rps', 'vis.outageEnds', 'vis.herd.finding', 'vis.cost.notBilled', 'vis.cost.rewrites', 'vis.cost.belowMin',
] as const satisfies readonly UiKey[];
export type ClientLabels = Pick<UiStrings, (typeof coreLabelKeys)[number] | (typeof panelLabelKeys)[number]>;

/** Display names of the strategies (the island reads them from the strategy menu). */
export type StrategyNames = Record<BackoffStrategy, string>;

/** Escapes text for HTML and SVG. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** Number, time, money and share formatting in the page's language. */
export interface Format {
  number(n: number, digits?: number): string;
  seconds(s: number): string;
  range(min: number, max: number): string;
  percent(share: number): string;
  usd(amount: number): string;
}

/** Formatters for one page language; the units come from the dictionary. */
export function makeFormat(lang: Locale, labels: Pick<ClientLabels, 'retry.seconds' | 'vis.minutes'>): Format {
  const locale = lang === 'ko' ? 'ko-KR' : 'en-US';
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options);
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
    return f;
  };
  // Korean writes the unit right after the number (0.5초), English with a space (0.5 s).
  const unit = (n: string, u: string) => (lang === 'ko' ? `${n}${u}` : `${n} ${u}`);
  const digitsFor = (s: number) => (s < 1 ? 3 : s < 10 ? 2 : 1);
  const bare = (s: number) => (s >= 120 ? nf({ maximumFractionDigits: 1 }).format(s / 60) : nf({ maximumFractionDigits: digitsFor(s) }).format(s));
  const withUnit = (s: number, n: string) => unit(n, s >= 120 ? labels['vis.minutes'] : labels['retry.seconds']);
  const format: Format = {
    number: (n, digits = 0) => nf({ maximumFractionDigits: digits }).format(n),
    seconds: (s) => withUnit(s, bare(s)),
    range: (min, max) => {
      if (Math.abs(max - min) < 1e-9) return format.seconds(max);
      if ((min >= 120) !== (max >= 120)) return `${format.seconds(min)}–${format.seconds(max)}`;
      return withUnit(max, `${bare(min)}–${bare(max)}`);
    },
    percent: (share) => nf({ style: 'percent', maximumFractionDigits: share < 0.1 ? 1 : 0 }).format(share),
    usd: (amount) =>
      nf({ style: 'currency', currency: 'USD', ...(amount > 0 && amount < 0.01 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 4 }) }).format(amount),
  };
  return format;
}

/** The body rows of the schedule table: one row per request. */
export function scheduleRows(schedule: RetrySchedule, f: Format, labels: ClientLabels): string {
  return schedule.requests
    .map((r) => {
      const by = !r.wait
        ? labels['vis.first']
        : r.wait.fromRetryAfter
          ? `${r.waitBy === 'sdk' ? labels['vis.by.sdk'] : labels['vis.by.wrapper']} (${labels['vis.by.retryAfter']})`
          : r.waitBy === 'sdk' ? labels['vis.by.sdk'] : labels['vis.by.wrapper'];
      const cells = [
        String(r.request),
        `${r.call} · ${r.attempt}`,
        by,
        r.wait ? f.range(r.wait.min, r.wait.max) : '–',
        r.wait ? f.seconds(r.wait.sampled) : '–',
        f.seconds(r.start.sampled),
        f.range(r.start.min, r.start.max),
      ];
      return `<tr data-by="${r.waitBy ?? 'none'}">${cells.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`;
    })
    .join('');
}

/** The values of the totals list, in the order of its terms. */
export function totalsValues(schedule: RetrySchedule, layout: { calls: number; attemptsPerCall: number }, f: Format, labels: ClientLabels): string[] {
  const t = schedule.totals;
  const layers = layout.calls > 1 && layout.attemptsPerCall > 1
    ? ` (${fill(labels['vis.total.layers'], { calls: layout.calls, attempts: layout.attemptsPerCall })})`
    : '';
  return [`${t.requests}${layers}`, f.range(t.wait.min, t.wait.max), f.seconds(t.wait.sampled), f.seconds(t.expectedSeconds), f.seconds(t.worstCaseSeconds)];
}

/** Round steps (1, 2, 5 × 10^n) for an axis from 0 to `max`. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const ticks: number[] = [];
  for (let v = 0; v <= max * 1.0001; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

const W = 720;

function axis(x: (v: number) => string, max: number, y: number, f: Format): string {
  return niceTicks(max)
    .map((v) => `<line class="grid-line" x1="${x(v)}" x2="${x(v)}" y1="0" y2="${y}"/><text class="tick" x="${x(v)}" y="${y + 14}">${esc(f.seconds(v))}</text>`)
    .join('');
}

/** The timeline of one run: a lane per call, a bar per wait, a tick per request, a line for the range of each send time. */
/** The timeline's aspect ratio for a number of calls, so its box has the right height before it is drawn. */
export function timelineAspect(calls: number): string {
  return `${W + 28} / ${calls * 28 + 8 + 26}`;
}

/** The herd chart's aspect ratio (one row per strategy). */
export function herdAspect(strategies: number): string {
  return `${W + 28} / ${strategies * 64 + 40}`;
}

export function timelineSvg(schedule: RetrySchedule, calls: number, f: Format, labels: ClientLabels, title: string): string {
  const laneH = 28;
  const left = calls > 1 ? 64 : 8;
  const height = calls * laneH + 8;
  const last = schedule.requests.at(-1);
  const max = Math.max(last?.start.max ?? 0, 1e-6) * 1.02;
  const x = (v: number) => (left + (v / max) * (W - left - 24)).toFixed(1);
  const parts: string[] = [axis(x, max, height, f)];
  for (let c = 1; c <= calls && calls > 1; c++) {
    parts.push(`<text class="lane" x="0" y="${(c - 1) * laneH + 19}">${esc(fill(labels['vis.lane'], { n: c }))}</text>`);
  }
  for (const r of schedule.requests) {
    const mid = (r.call - 1) * laneH + 14;
    if (r.wait) {
      const kind = r.wait.fromRetryAfter ? 'ra' : r.waitBy === 'sdk' ? 'sdk' : 'wrapper';
      const from = r.start.sampled - r.wait.sampled;
      parts.push(`<rect class="w-${kind}" x="${x(from)}" y="${mid - 5}" width="${Math.max(0, Number(x(r.start.sampled)) - Number(x(from))).toFixed(1)}" height="10"/>`);
    }
    parts.push(`<line class="span" x1="${x(r.start.min)}" x2="${x(r.start.max)}" y1="${mid + 9}" y2="${mid + 9}"/>`);
    parts.push(`<line class="req" x1="${x(r.start.sampled)}" x2="${x(r.start.sampled)}" y1="${mid - 9}" y2="${mid + 9}"/>`);
  }
  const alt = fill(labels['vis.timelineAlt'], { requests: schedule.totals.requests, seconds: f.seconds(last?.start.sampled ?? 0) });
  return `<svg viewBox="-14 -4 ${W + 28} ${height + 26}" role="img" aria-label="${esc(`${title}. ${alt}`)}">${parts.join('')}</svg>`;
}

/** Requests per second over time, one row per strategy, all on the same scale, with the end of the outage marked. */
export function herdSvg(herd: HerdResult, f: Format, labels: ClientLabels, names: StrategyNames, title: string): string {
  const rowH = 64;
  const plotH = 42;
  const height = herd.series.length * rowH;
  const horizon = herd.bins * herd.binSeconds;
  const x = (v: number) => ((v / horizon) * W).toFixed(1);
  let yMax = 1;
  for (const s of herd.series) for (const c of s.counts) yMax = Math.max(yMax, c / herd.binSeconds);
  const parts: string[] = [axis(x, horizon, height, f)];
  herd.series.forEach((s, i) => {
    const baseY = i * rowH + rowH - 4;
    let d = `M0 ${baseY}`;
    s.counts.forEach((c, b) => {
      const y = (baseY - ((c / herd.binSeconds) / yMax) * plotH).toFixed(1);
      d += `V${y}H${x((b + 1) * herd.binSeconds)}`;
    });
    d += `V${baseY}Z`;
    const peak = f.number(s.peakRetryRps);
    parts.push(`<text class="row" x="0" y="${i * rowH + 12}">${esc(`${names[s.strategy]} · ${peak} ${labels['vis.rps']}`)}</text>`);
    parts.push(`<path class="rate s-${s.strategy}" d="${d}"/>`);
  });
  const ox = x(herd.outageSeconds);
  // The label goes under the axis, on the side of the line where there is room.
  const anchor = Number(ox) > W / 2 ? 'end' : 'start';
  parts.push(`<line class="outage" x1="${ox}" x2="${ox}" y1="0" y2="${height + 18}"/><text class="outage-label" text-anchor="${anchor}" x="${ox}" y="${height + 30}">${esc(labels['vis.outageEnds'])}</text>`);
  return `<svg viewBox="-14 -4 ${W + 28} ${height + 40}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`;
}

/** The herd table: the chart's text equivalent. */
export function herdRows(herd: HerdResult, f: Format, labels: ClientLabels, names: StrategyNames): string {
  const time = (s: number | null) => (s === null ? '–' : f.seconds(s));
  return herd.series
    .map((s) => {
      const cells = [
        f.number(s.totalRequests),
        `${f.number(s.peakRetryRps)} ${labels['vis.rps']}`,
        f.number(s.succeeded),
        f.number(s.gaveUp),
        time(s.successP50),
        time(s.successP95),
      ];
      return `<tr data-strategy="${s.strategy}"><th scope="row">${esc(names[s.strategy])}</th>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
    })
    .join('');
}

/** The sentence that states the AWS finding with this run's numbers. */
export function herdFinding(herd: HerdResult, f: Format, labels: ClientLabels): string {
  const share = (strategy: BackoffStrategy) => herd.series.find((s) => s.strategy === strategy)?.peakRetryShare ?? 0;
  return fill(labels['vis.herd.finding'], { none: f.percent(share('none')), full: f.percent(share('full')) });
}

/** The cost values, in the order of the cost table's rows, and the notes that apply. */
export function costCells(cost: RetryCost, minCacheTokens: number, f: Format, labels: ClientLabels): { values: string[]; notes: string[] } {
  const notes: string[] = [];
  if (cost.belowCacheMinimum) notes.push(fill(labels['vis.cost.belowMin'], { min: f.number(minCacheTokens) }));
  else if (cost.cacheRewrites > 0) notes.push(fill(labels['vis.cost.rewrites'], { n: cost.cacheRewrites }));
  return {
    values: [f.usd(cost.oneRequest), `${f.usd(0)} (${labels['vis.cost.notBilled']})`, f.usd(cost.timedOutExtra), f.usd(cost.cachedExtra)],
    notes,
  };
}
