// What a search needs, loaded when the reader opens search (see search-box.ts): the key map,
// the query rewriting, the rankings, the rendering of results, and Pagefind itself on demand.
// A query is answered twice: at once from the key map (exact keys, then quickSearch over titles,
// summaries, headings, key terms and the prose's words), then by Pagefind's full-text ranking,
// excerpts and section links, which replace it unless the reader is pointing at or tabbing through it.
import { directKey, normalizeQuery } from '../../lib/search-query.ts';
import { fullAnswer, quickAnswer, type SearchKeys } from '../../lib/search-rank.ts';
import type { QuickPage } from '../../lib/quick-search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results shown per search; each one is a fragment request, so only what is shown is loaded. */
const SHOWN = 6;

export class SearchEngine {
  private keys: Promise<SearchKeys> | undefined;
  private byUrl = new Map<string, QuickPage>();
  private messages: SearchKeys['messages'] | undefined;
  private pagefind: Promise<Pagefind> | undefined;
  private seq = 0;

  constructor(private readonly box: HTMLElement) {}

  loadKeys(): Promise<SearchKeys> {
    this.keys ??= fetch(this.box.dataset['keys'] ?? '').then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.url}`);
      return r.json() as Promise<SearchKeys>;
    }).then((keys) => {
      this.byUrl = new Map(keys.pages.map((p) => [p.url, p]));
      this.messages = keys.messages;
      return keys;
    });
    this.keys.catch(() => (this.keys = undefined));
    return this.keys;
  }

  /** The page an exact status, type or slug opens, if the query is one. */
  async directTarget(raw: string): Promise<string | undefined> {
    const keys = await this.loadKeys();
    return keys.direct[directKey(raw)] ?? keys.deep?.[directKey(raw)];
  }

  private loadPagefind(): Promise<Pagefind> {
    const base = this.box.dataset['base'] ?? '/';
    this.pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      // The index is small enough to search on the main thread; a worker would cost 12 KiB more.
      await pf.options({ baseUrl: base, noWorker: true });
      return pf;
    });
    // A failed load (a dropped connection) is tried again by the next query, not remembered.
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  /** Pagefind's answer, held while the reader points at or has focus in the quick one. */
  private pending: (() => void) | undefined;
  /** The mouse has moved over the list since it was last filled. */
  private pointing = false;

  /**
   * A list the reader is pointing at or moving through is not swapped under them. Pointing means a
   * real mouse movement over it: a cursor that was resting where the list opened, or a tap that
   * leaves :hover behind on a touch screen, does not hold the answer back.
   */
  private engaged(): boolean {
    const list = this.box.querySelector('ol');
    return !!list && (this.pointing || list.contains(document.activeElement));
  }

  private watchEngagement(): void {
    const list = this.box.querySelector('ol');
    if (!list || list.dataset['watched'] !== undefined) return;
    list.dataset['watched'] = '';
    const flush = () => {
      if (!this.pending || this.engaged()) return;
      const apply = this.pending;
      this.pending = undefined;
      apply();
    };
    list.addEventListener('pointermove', (e) => {
      if (e.pointerType === 'mouse' && (e.movementX !== 0 || e.movementY !== 0)) this.pointing = true;
    });
    list.addEventListener('pointerleave', () => {
      this.pointing = false;
      flush();
    });
    // After focusout, focus has not landed yet; look once it has.
    list.addEventListener('focusout', () => setTimeout(flush, 0));
  }

  /** Runs a search; `onAnswer` runs once, when the first answer (or the failure) is on screen. */
  async search(raw: string, onAnswer?: () => void): Promise<void> {
    const panel = this.box.querySelector<HTMLElement>('.results');
    const status = this.box.querySelector('.status');
    const list = this.box.querySelector('ol');
    if (!panel || !status || !list) return;
    this.watchEngagement();
    const query = normalizeQuery(raw);
    const seq = ++this.seq;
    this.pending = undefined;
    delete list.dataset['answer'];
    if (!query) {
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    const loading = this.box.dataset['loading'] ?? '';
    status.textContent = loading;
    // Until the first answer the list is busy; the quick answer is a real one, so it clears that.
    list.setAttribute('aria-busy', 'true');
    let quickShown = false;
    try {
      const keys = await this.loadKeys();
      const fromKeys = (url: string): PagefindResultData => ({ url, excerpt: '', meta: { title: this.byUrl.get(url)?.title ?? keys.deepTitles?.[url] ?? url }, sub_results: [] });
      const first = quickAnswer(keys, raw, SHOWN).map(
        (h): PagefindResultData => ({ url: h.url, excerpt: '', meta: { title: h.title }, sub_results: h.section ? [h.section] : [] }),
      );
      if (seq !== this.seq) return;
      if (first.length > 0) {
        // The status says the full text is still being searched, so that its answer is announced too.
        this.show(first, keys, 'quick', loading);
        quickShown = true;
        onAnswer?.();
      } else {
        // The previous query's results must not stand under this one's "Searching…".
        list.replaceChildren();
      }
      const pagefind = await this.loadPagefind();
      const found = await pagefind.search(query);
      const fetched = await Promise.all((found?.results ?? []).slice(0, SHOWN).map((r) => r.data()));
      if (seq !== this.seq) return;
      // A code's card leads its page's links, as in the quick answer.
      const full = fullAnswer(keys, raw, fetched, fromKeys).slice(0, SHOWN);
      // Words the quick answer matched but Pagefind did not (its prefixes are stricter than our stems) keep their answer.
      const answer = full.length > 0 || !quickShown ? full : first;
      const apply = () => {
        if (seq === this.seq) this.show(answer, keys, 'full');
      };
      if (quickShown && this.engaged()) {
        this.pending = apply;
        status.textContent = this.countText(list.children.length);
      } else apply();
      if (!quickShown) onAnswer?.();
    } catch {
      if (seq !== this.seq) return;
      // A quick answer already shown stays; the message says the full text could not be searched.
      const failed = this.box.dataset['failed'] ?? '';
      status.textContent = quickShown ? `${this.countText(list.children.length)} · ${failed}` : failed;
      if (!quickShown) list.replaceChildren();
      list.removeAttribute('aria-busy');
      list.dataset['answer'] = quickShown ? 'quick' : 'failed';
      if (!quickShown) onAnswer?.();
    }
  }

  private countText(n: number): string {
    return (this.messages?.count ?? '{n}').replace('{n}', String(n));
  }

  private show(data: readonly PagefindResultData[], keys: SearchKeys, answer: 'quick' | 'full', more = ''): void {
    const status = this.box.querySelector('.status');
    const list = this.box.querySelector('ol');
    if (!status || !list) return;
    const text = data.length ? this.countText(data.length) : keys.messages.none;
    status.textContent = more ? `${text} · ${more}` : text;
    list.replaceChildren(...data.map((d) => this.item(d)));
    this.pointing = false;
    list.removeAttribute('aria-busy');
    list.dataset['answer'] = answer;
  }

  private item(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const excerpt = document.createElement('p');
    // Pagefind builds excerpts from our own indexed text and marks the hits with <mark>;
    // an answer from the key map shows the page's summary as text.
    if (d.excerpt) excerpt.innerHTML = d.excerpt;
    else excerpt.textContent = this.byUrl.get(d.url)?.summary ?? '';
    li.append(a, excerpt);
    for (const sub of d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3)) {
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.className = 'sub';
      // A heading's text ends with its section link, "#".
      subLink.textContent = `→ ${sub.title.replace(/\s*#$/, '')}`;
      const wrap = document.createElement('div');
      wrap.append(subLink);
      li.append(wrap);
    }
    return li;
  }
}
