// <error-decoder>: the browser half of the decode page. It reads the paste from the textarea or from the
// URL fragment (`#paste=…`, never the query, so no server ever logs it), runs the pure decoder over the
// index the server rendered into `data-index`, and renders the answer with the labels of `data-labels`.
// Nothing leaves the browser.
import { decode, type DecodeResult, type Evidence } from '../../lib/decoder/decode.ts';
import type { DecoderIndex } from '../../lib/decoder/catalogue-index.ts';
import { findAnchors, type AnchorIndex, type Anchors } from '../../lib/decoder/anchors.ts';

/** One entry as the page shows it, in the page's language. */
export interface EntryView {
  /** `529 overloaded_error`, or the slug for entries without a status. */
  code: string;
  summary: string;
  /** The entry's page, or null while it is in preparation. */
  url: string | null;
}

/** The fragment prefix of a shared paste; other fragments (`#main` of the skip link) are left alone. */
export const FRAGMENT_PREFIX = 'paste=';
/** The longest fragment a shared link carries; longer addresses get cut by chat tools and trackers. */
const MAX_SHARED_FRAGMENT = 16_000;
const SDK_NAMES = { python: 'Python', typescript: 'TypeScript' } as const;

/** Fills `{name}` placeholders. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Creates an element with text or child nodes. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const code = (text: string) => el('code', {}, text);

class ErrorDecoder extends HTMLElement {
  private index!: DecoderIndex;
  private anchors: AnchorIndex = { codes: {}, messages: [] };
  /** The card and message subsection of the last decode. */
  private found: Anchors = { code: null, message: null };
  private entries!: Record<string, EntryView>;
  private labels!: Record<string, string>;

  connectedCallback(): void {
    this.index = JSON.parse(this.dataset.index ?? '{}') as DecoderIndex;
    this.anchors = JSON.parse(this.dataset.anchors ?? '{"codes":{},"messages":[]}') as AnchorIndex;
    this.entries = JSON.parse(this.dataset.entries ?? '{}') as Record<string, EntryView>;
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as Record<string, string>;
    const form = this.querySelector('form');
    const input = this.textarea();
    if (!form || !input) return;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run(true);
    });
    // Ctrl+Enter (Cmd+Enter) decodes without leaving the textarea.
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.run(false);
      }
    });
    // A paste is decoded at once; focus stays in the textarea so the reader can keep editing.
    input.addEventListener('paste', () => setTimeout(() => this.run(false), 0));
    this.querySelector('[data-action="share"]')?.addEventListener('click', () => void this.share());
    this.querySelector('[data-action="clear"]')?.addEventListener('click', () => {
      input.value = '';
      this.render(null);
      if (location.hash.startsWith(`#${FRAGMENT_PREFIX}`)) history.replaceState(null, '', location.pathname + location.search);
      input.focus();
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-example]')) {
      button.addEventListener('click', () => {
        input.value = button.dataset.example ?? '';
        this.run(true);
      });
    }
    window.addEventListener('hashchange', () => this.fromFragment());
    this.fromFragment();
  }

  private textarea(): HTMLTextAreaElement | null {
    return this.querySelector('textarea');
  }

  private label(key: string, values: Record<string, string | number> = {}): string {
    return fill(this.labels[key] ?? key, values);
  }

  /** Decodes a paste carried in the fragment of a shared link. */
  private fromFragment(): void {
    const hash = location.hash.slice(1);
    if (!hash.startsWith(FRAGMENT_PREFIX)) return;
    const input = this.textarea();
    if (!input) return;
    try {
      input.value = decodeURIComponent(hash.slice(FRAGMENT_PREFIX.length));
    } catch {
      // A link cut in the middle of an escape: show what survived rather than nothing.
      input.value = hash.slice(FRAGMENT_PREFIX.length);
    }
    this.run(false);
  }

  private run(moveFocus: boolean): void {
    const input = this.textarea();
    if (!input) return;
    const started = performance.now();
    const result = decode(input.value, this.index);
    this.found = result.notClaude ? { code: null, message: null } : findAnchors(result.errorCode, input.value, this.anchors);
    // Kept on the element for anyone checking the 100 ms budget on their own machine (and for the tests).
    this.dataset.decodeMs = (performance.now() - started).toFixed(1);
    this.render(result);
    if (moveFocus) this.querySelector<HTMLElement>('#decoder-result-heading')?.focus();
  }

  private async share(): Promise<void> {
    const input = this.textarea();
    const status = this.querySelector('[data-share-status]');
    if (!input || !status) return;
    const fragment = `${FRAGMENT_PREFIX}${encodeURIComponent(input.value)}`;
    if (fragment.length > MAX_SHARED_FRAGMENT) {
      status.textContent = this.label('decode.shareTooLong');
      return;
    }
    history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
    this.run(false);
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = this.label('decode.shareCopied');
    } catch {
      status.textContent = this.label('decode.shareFailed');
    }
  }

  private render(result: DecodeResult | null): void {
    const section = this.querySelector<HTMLElement>('[data-result]');
    const body = this.querySelector<HTMLElement>('[data-result-body]');
    const status = this.querySelector('[data-result-status]');
    if (!section || !body || !status) return;
    if (!result || result.empty) {
      section.hidden = true;
      body.replaceChildren();
      status.textContent = result?.empty ? this.label('decode.empty') : '';
      return;
    }
    section.hidden = false;
    if (result.notClaude) {
      status.textContent = this.label('decode.notClaude');
      body.replaceChildren(...this.notClaude(result));
    } else if (result.match) {
      const entry = this.entries[result.match.slug];
      status.textContent = `${this.label('decode.matched')}: ${entry?.code ?? result.match.slug}`;
      body.replaceChildren(...this.matched(result));
    } else {
      status.textContent = this.label('decode.noMatch');
      body.replaceChildren(...this.unmatched(result));
    }
  }

  private matched(result: DecodeResult): Node[] {
    const match = result.match;
    if (!match) return [];
    const entry = this.entries[match.slug];
    const rows: Array<[string, Array<Node | string>]> = [];
    rows.push([this.label('decode.matched'), [code(entry?.code ?? match.slug), ` ${entry?.summary ?? ''}`]]);
    if (result.inner) {
      const inner = this.entries[result.inner.slug];
      rows.push([this.label('decode.inner'), [code(inner?.code ?? result.inner.slug), ` ${inner?.summary ?? ''}`]]);
    }
    rows.push([this.label('decode.verdict'), this.verdict(result)]);
    if (result.confidence) {
      const { level, basis } = result.confidence;
      rows.push([this.label('decode.confidence'), [el('strong', {}, this.label(`decode.confidence.${level}`)), `: ${this.label(`decode.confidence.basis.${basis}`)}`]]);
    }
    if (result.evidence.length > 0) rows.push([this.label('decode.why'), [this.why(result.evidence)]]);
    if (result.exception) rows.push([this.label('decode.exception'), this.exception(result)]);
    if (result.sdkRange) rows.push([this.label('decode.sdkRange'), [this.label(`decode.sdkRange.${result.sdkRange.id}`)]]);
    if (result.knownMessage && !result.knownCase) rows.push([this.label('decode.knownMessage'), [this.label(`decode.message.${result.knownMessage}`)]]);
    if (result.platform) {
      const key = result.platform.platform === 'bedrock' ? 'decode.platform.bedrock' : 'decode.platform.vertex';
      rows.push([this.label('decode.platform'), [this.label(key, { name: result.platform.name, status: result.platform.status })]]);
    } else if (result.onPlatform) {
      rows.push([this.label('decode.platform'), [this.label(`decode.onPlatform.${result.onPlatform}`)]]);
    }
    if (result.requestId) rows.push([this.label('decode.requestId'), [code(result.requestId), ` (${this.label('decode.requestIdHint')})`]]);
    if (result.awsRequestId) rows.push([this.label('decode.awsRequestId'), [code(result.awsRequestId)]]);
    if (result.errorCode) rows.push([this.label('decode.errorCode'), [code(result.errorCode)]]);
    if (result.message) rows.push([this.label('decode.message'), [el('q', {}, result.message)]]);

    const list = el('dl', { className: 'facts' });
    for (const [term, detail] of rows) list.append(el('dt', {}, term), el('dd', {}, ...detail));
    return [list, ...this.notes(result), ...this.links(result)];
  }

  private verdict(result: DecodeResult): Array<Node | string> {
    const nodes: Array<Node | string> = [];
    const badge = result.verdict ? this.querySelector<HTMLTemplateElement>(`template[data-verdict="${result.verdict}"]`) : null;
    if (badge) nodes.push(badge.content.cloneNode(true));
    if (result.retryAfter && result.retryAfter.seconds > 0 && result.verdict === 'retry-after') {
      const seconds = Math.round(result.retryAfter.seconds * 10) / 10;
      nodes.push(el('p', { className: 'wait' }, this.label('decode.wait', { seconds, header: result.retryAfter.header, raw: result.retryAfter.raw })));
    }
    if (result.knownCase) nodes.push(el('p', {}, this.label(`decode.case.${result.knownCase}`)));
    return nodes;
  }

  private why(evidence: readonly Evidence[]): HTMLUListElement {
    const list = el('ul', { className: 'why' });
    for (const e of evidence) {
      const quote = el('code', { className: 'excerpt' }, e.excerpt.before, el('mark', {}, e.excerpt.match), e.excerpt.after);
      list.append(el('li', {}, `${this.label(`decode.evidence.${e.kind}`)} (${this.label('decode.line', { n: e.line })}): `, quote));
    }
    return list;
  }

  private exception(result: DecodeResult): Array<Node | string> {
    const exc = result.exception;
    if (!exc) return [];
    const nodes: Array<Node | string> = [code(exc.name)];
    if (exc.sdk && exc.parent) {
      nodes.push(` (${this.label('decode.classInfo', { sdk: SDK_NAMES[exc.sdk], parent: exc.parent, versions: exc.versions ?? '' })})`);
    }
    return nodes;
  }

  private notes(result: DecodeResult): Node[] {
    if (result.notes.length === 0) return [];
    return [el('ul', { className: 'notes' }, ...result.notes.map((n) => el('li', {}, this.label(`decode.note.${n}`))))];
  }

  private links(result: DecodeResult): Node[] {
    const out: Node[] = [];
    if (this.found.code) {
      out.push(el('p', { className: 'open' }, el('a', { href: this.found.code.url }, this.label('decode.openCode', { code: this.found.code.code }))));
    }
    if (this.found.message) out.push(el('p', { className: 'open' }, el('a', { href: this.found.message.url }, this.label('decode.openMessage'))));
    for (const m of [result.match, result.inner]) {
      if (!m) continue;
      const entry = this.entries[m.slug];
      const name = entry?.code ?? m.slug;
      if (m.published && entry?.url) {
        const link = el('a', { href: `${entry.url}#${m.section}` }, this.label('decode.openPage', { code: name, section: this.label(`section.${m.section}`) }));
        out.push(el('p', { className: 'open' }, link));
      } else {
        const home = el('a', { href: this.dataset.home ?? '../' }, this.label('decode.pendingLink'));
        out.push(el('p', { className: 'open' }, `${this.label('decode.pending', { code: name })} `, home));
      }
    }
    return out;
  }

  /** Another provider's error: say so, name the provider, and show what gave it away. */
  private notClaude(result: DecodeResult): Node[] {
    const nodes: Node[] = [el('p', {}, this.label('decode.notClaude.body', { provider: result.notClaude?.label ?? '' }))];
    if (result.evidence.length > 0) nodes.push(el('p', {}, `${this.label('decode.why')}:`), this.why(result.evidence));
    return nodes;
  }

  private unmatched(result: DecodeResult): Node[] {
    const nodes: Node[] = [el('p', {}, this.label('decode.noMatch')), el('p', {}, this.label('decode.notEnough.body'))];
    if (result.evidence.length > 0) nodes.push(this.why(result.evidence));
    nodes.push(...this.notes(result));
    if (result.searchTerm) {
      const button = el('button', { type: 'button', className: 'search-offer' }, this.label('decode.searchFor', { term: result.searchTerm }));
      button.addEventListener('click', () => this.search(result.searchTerm));
      nodes.push(el('p', {}, button, ' ', this.label('decode.searchHint')));
    }
    return nodes;
  }

  /** Opens the header search with a term, in place: the term never goes into a URL. */
  private search(term: string): void {
    const box = document.querySelector<HTMLInputElement>('#site-search');
    if (!box) return;
    box.value = term;
    box.focus();
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

customElements.define('error-decoder', ErrorDecoder);
