// The visualiser island: a custom element over the markup of VisualiserIsland.astro. It reads
// the state from the URL (falling back to the page's preset in `data-preset`), keeps the
// controls, the URL and the outputs in step, and recomputes at most once per animation frame.
// All the numbers come from the pure modules in src/lib; the markup from render.ts.
import islandCss from './island.css?inline';
import { requestLayout, retrySchedule } from '../../lib/backoff.ts';
import { simulateHerd, type HerdResult } from '../../lib/herd.ts';
import { seededRandom } from '../../lib/random.ts';
import { gapsWhenTimingOut, modelPrice, retryCost } from '../../lib/retry-cost.ts';
import { baseDefaults, parseState, policyFromState, serialiseState, stateKeys, type StateIssue, type StateKey, type VisualiserState } from '../../lib/visualiser-state.ts';
import type { Locale } from '../../schemas/error-entry.ts';
import { costCells, esc, fill, herdFinding, herdRows, herdSvg, makeFormat, scheduleRows, timelineAspect, timelineSvg, totalsValues, type ClientLabels, type Format, type StrategyNames } from './render.ts';

type Control = HTMLInputElement | HTMLSelectElement;

// Colours and chart strokes travel with the island (a stylesheet imported here would be inlined
// into every page). Browsers without constructable stylesheets get a <style> element instead.
try {
  const islandSheet = new CSSStyleSheet();
  islandSheet.replaceSync(islandCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, islandSheet];
} catch {
  const style = document.createElement('style');
  style.textContent = islandCss;
  document.head.append(style);
}

class BackoffVisualiser extends HTMLElement {
  #defaults!: VisualiserState;
  #labels!: ClientLabels;
  #format!: Format;
  #state!: VisualiserState;
  #names!: StrategyNames;
  #prefix = 'vis';
  #frame = 0;
  #herdKey = '';
  /** The state as last written to the URL, to skip recomputing an unchanged state. */
  #query = '';

  #started = false;

  connectedCallback(): void {
    // Once per element: a re-connected island keeps its listeners.
    if (this.#started) return;
    this.#started = true;
    // Without its labels the island cannot format anything: the server-rendered table stays.
    void fetch(this.dataset['labels'] ?? '')
      .then((r) => (r.ok ? (r.json() as Promise<ClientLabels>) : Promise.reject(new Error(String(r.status)))))
      .then(
        (labels) => this.#start(labels),
        () => {
          // Controls that would never work are not offered; the table and totals remain.
          for (const el of this.querySelectorAll<HTMLElement>('.js')) el.style.display = 'none';
        },
      );
  }

  #start(labels: ClientLabels): void {
    this.#prefix = this.dataset['id'] ?? 'vis';
    this.#labels = labels;
    this.#format = makeFormat(this.dataset['lang'] as Locale, this.#labels);
    // The page's preset comes in the URL's own format; the strategy names from the menu.
    this.#defaults = parseState(this.dataset['preset'] ?? '', baseDefaults).state;
    this.#names = Object.fromEntries([...this.querySelectorAll('[name="strategy"] option')].map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''])) as StrategyNames;
    // A shared link wins over the preset; bad values in it are clamped and reported.
    const { state, issues } = parseState(location.search, this.#defaults);
    this.#state = state;
    this.#query = serialiseState(state);
    this.#writeControls();
    this.#showIssues(issues);
    if (issues.length > 0 || location.search !== '') this.#linkFull();
    this.addEventListener('input', (e) => this.#onEdit(e, false));
    this.addEventListener('change', (e) => this.#onEdit(e, true));
    this.querySelector('[data-action="reseed"]')?.addEventListener('click', () => {
      const seed = this.#control('seed');
      if (seed) seed.value = String(crypto.getRandomValues(new Uint32Array(1))[0] ?? 1);
      this.#update(true);
    });
    // The schedule at once; the herd (the heavy part) when the browser is idle, off the page load.
    this.#render(true);
    // The controls work from now on (tests wait for this; the markup has shown them all along).
    this.dataset['ready'] = '';
  }

  #control(key: StateKey): Control | null {
    return this.querySelector<Control>(`[name="${key}"]`);
  }

  #onEdit(event: Event, commit: boolean): void {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    if (!(stateKeys as readonly string[]).includes(target.name)) return;
    this.#update(commit);
  }

  /** Reads every control; an empty field (the reader is still typing) keeps the current value. */
  #update(commit: boolean): void {
    const raw: Record<string, string> = {};
    for (const key of stateKeys) {
      const control = this.#control(key);
      if (!control) continue;
      if (control instanceof HTMLInputElement && control.type === 'checkbox') raw[key] = control.checked ? '1' : '0';
      else if (control.value.trim() !== '') raw[key] = control.value;
    }
    const { state, issues } = parseState(raw, this.#state);
    this.#state = state;
    this.#showIssues(issues);
    // On commit (blur, Enter, a select), show the value actually used; while typing, leave the field alone.
    if (commit) this.#writeControls();
    else this.#syncDisabled();
    // A commit right after the keystrokes that made it changes nothing: skip the second recompute.
    const query = serialiseState(state);
    if (query === this.#query) return;
    this.#query = query;
    const params = new URLSearchParams(location.search);
    for (const key of stateKeys) params.delete(key);
    history.replaceState(history.state, '', `${location.pathname}?${serialiseState(state, params)}${location.hash}`);
    this.#linkFull();
    this.#schedule();
  }

  /** The compact version links to the full one in the retries guide, with the same settings. */
  #linkFull(): void {
    const link = this.querySelector<HTMLAnchorElement>('[data-out="full-link"]');
    if (!link) return;
    const url = new URL(link.href);
    url.search = serialiseState(this.#state);
    url.hash = 'visualiser';
    link.href = url.href;
  }

  #writeControls(): void {
    const s = this.#state;
    for (const key of stateKeys) {
      const control = this.#control(key);
      if (!control) continue;
      const value = s[key];
      if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
      else control.value = Array.isArray(value) ? value.join(', ') : String(value);
    }
    this.#syncDisabled();
  }

  /** Base, factor and cap belong to the SDK under `sdk-default`; the wrapper options need a wrapper; the list needs `fixed`. */
  #syncDisabled(): void {
    const sdkOnly = this.#state.strategy === 'sdk-default';
    for (const key of ['base', 'factor', 'cap', 'wrap', 'wrapperRetryAfter'] as const) {
      const control = this.#control(key);
      if (control) control.disabled = sdkOnly;
    }
    const waits = this.#control('waits');
    if (waits) waits.disabled = this.#state.strategy !== 'fixed';
    const note = this.querySelector<HTMLElement>('[data-sdk-fixed]');
    if (note) note.hidden = !sdkOnly;
  }

  #showIssues(issues: StateIssue[]): void {
    const list = this.querySelector('[data-out="issues"]');
    if (!list) return;
    list.innerHTML = issues
      .map((issue) => {
        const field = this.querySelector(`label[for="${this.#prefix}-${issue.key}"]`)?.textContent?.trim() ?? issue.key;
        return `<li>${esc(fill(this.#labels[`vis.issue.${issue.kind}`], { field, given: issue.given, used: issue.used }))}</li>`;
      })
      .join('');
  }

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#render();
    });
  }

  #out(name: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`[data-out="${name}"]`);
  }

  #render(deferHerd = false): void {
    const s = this.#state;
    const f = this.#format;
    const labels = this.#labels;
    const started = performance.now();
    const policy = policyFromState(s);
    const schedule = retrySchedule(policy, seededRandom(s.seed));
    const layout = requestLayout(policy);
    let herd: HerdResult | null = null;
    const herdOpen = this.#out('herd') !== null;
    // The herd depends on neither the timeout nor the chosen strategy (all are shown), except for the fixed list.
    const herdKey = JSON.stringify({ ...policy, strategy: policy.strategy === 'fixed', timeoutSeconds: 0, clients: s.clients, outage: s.outage, seed: s.seed });
    if (herdOpen && herdKey !== this.#herdKey) {
      if (deferHerd) {
        const later = () => this.#render();
        const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(later, { timeout: 500 }) : setTimeout(later, 0));
        // The herd is the heavy part (10,000 clients × 5 strategies): simulate it only when its
        // panel comes near the screen, so loading a long guide does not block the main thread.
        const panel = this.#out('herd');
        if (panel && 'IntersectionObserver' in window) {
          const seen = new IntersectionObserver((entries) => {
            if (!entries.some((e) => e.isIntersecting)) return;
            seen.disconnect();
            whenIdle();
          }, { rootMargin: '400px' });
          seen.observe(panel);
        } else {
          whenIdle();
        }
      } else {
        herd = simulateHerd(policy, { clients: s.clients, outageSeconds: s.outage, seed: s.seed });
        this.#herdKey = herdKey;
      }
    }
    // The compact version has no herd or cost panel: compute only what is shown.
    const model = this.#out('cost-0') ? modelPrice(s.model) : undefined;
    const cost = model
      ? retryCost({ requests: schedule.totals.requests, promptTokens: s.tokens, model, cacheTtl: s.cache, gapsSeconds: gapsWhenTimingOut(schedule.requests, s.timeout) })
      : null;
    this.dataset['computeMs'] = (performance.now() - started).toFixed(2);

    const rows = this.#out('rows');
    if (rows) rows.innerHTML = scheduleRows(schedule, f, labels);
    this.querySelector('table.schedule')?.setAttribute('data-retry-schedule', s.strategy);
    totalsValues(schedule, layout, f, labels).forEach((value, i) => {
      const dd = this.#out(`total-${i}`);
      if (dd) dd.textContent = value;
    });
    const timeline = this.#out('timeline');
    if (timeline) {
      timeline.style.aspectRatio = timelineAspect(layout.calls);
      timeline.innerHTML = timelineSvg(schedule, layout.calls, f, labels, this.querySelector('figcaption')?.textContent ?? '');
    }
    const summary = this.#out('summary');
    if (summary) {
      summary.textContent = fill(labels['vis.timelineAlt'], { requests: schedule.totals.requests, seconds: f.seconds(schedule.totals.wait.sampled) });
    }
    if (herd) {
      const chart = this.#out('herd');
      if (chart) chart.innerHTML = herdSvg(herd, f, labels, this.#names, this.querySelector('[data-herd-title]')?.textContent ?? '');
      const herdTable = this.#out('herd-rows');
      if (herdTable) herdTable.innerHTML = herdRows(herd, f, labels, this.#names);
      const finding = this.#out('finding');
      if (finding) finding.textContent = herdFinding(herd, f, labels);
    }
    if (cost && model) {
      const { values, notes } = costCells(cost, model.minCacheTokens, f, labels);
      values.forEach((value, i) => {
        const cell = this.#out(`cost-${i}`);
        if (cell) cell.textContent = value;
      });
      const notesOut = this.#out('cost-notes');
      if (notesOut) notesOut.textContent = notes.join(' ');
    }
  }
}

customElements.define('backoff-visualiser', BackoffVisualiser);
