import { directKey, normalizeQuery } from '../../lib/search-query.ts';
import { rankOwnersFirst, type SearchKeys } from '../../lib/search-rank.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results shown per search; each one is a fragment request, so only what is shown is loaded. */
const SHOWN = 6;

// Nothing loads until the reader opens search. Opening it fetches the small key map, which
// answers an exact status, type or class at once; Pagefind (about 120 KiB with its index) loads
// only for a query that needs the full text, or to list further pages under an exact answer.
class SearchBox extends HTMLElement {
  private keys: Promise<SearchKeys> | undefined;
  private pagefind: Promise<Pagefind> | undefined;
  private seq = 0;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const form = this.querySelector('form');
    if (!input || !form) return;
    input.addEventListener('focus', () => void this.loadKeys().catch(() => undefined), { once: true });
    // Wait for a pause in typing: every search loads result fragments, wasted on a half-typed word.
    let typing: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => void this.search(input.value), 180);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.loadKeys().then(
        (keys) => {
          const target = keys.direct[directKey(input.value)];
          if (target) location.assign(target);
          else this.querySelector<HTMLAnchorElement>('.results a')?.focus();
        },
        () => undefined,
      );
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close(input);
    });
    document.addEventListener('keydown', (event) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
      if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
    const q = new URLSearchParams(location.search).get('q');
    if (q) {
      input.value = q;
      input.focus();
      void this.search(q);
    }
  }

  private loadKeys(): Promise<SearchKeys> {
    this.keys ??= fetch(this.dataset.keys ?? '').then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.url}`);
      return r.json() as Promise<SearchKeys>;
    });
    this.keys.catch(() => (this.keys = undefined));
    return this.keys;
  }

  private loadPagefind(): Promise<Pagefind> {
    this.pagefind ??= import(/* @vite-ignore */ `${this.dataset.base ?? '/'}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      // The index is small enough to search on the main thread; a worker would cost 12 KiB more.
      await pf.options({ baseUrl: this.dataset.base ?? '/', noWorker: true });
      return pf;
    });
    return this.pagefind;
  }

  private close(input: HTMLInputElement): void {
    const panel = this.querySelector<HTMLElement>('.results');
    if (panel) panel.hidden = true;
    input.focus();
  }

  private async search(raw: string): Promise<void> {
    const panel = this.querySelector<HTMLElement>('.results');
    const status = this.querySelector('.status');
    const list = this.querySelector('ol');
    if (!panel || !status || !list) return;
    const query = normalizeQuery(raw);
    const seq = ++this.seq;
    if (!query) {
      panel.hidden = true;
      panel.removeAttribute('aria-busy');
      return;
    }
    panel.hidden = false;
    status.textContent = this.dataset.loading ?? '';
    // Busy until Pagefind's results are in, also while an exact key's answer is already shown.
    panel.setAttribute('aria-busy', 'true');
    try {
      const keys = await this.loadKeys();
      const fromKeys = (url: string): PagefindResultData => ({ url, excerpt: '', meta: { title: keys.pages[url]?.title ?? url }, sub_results: [] });
      const exact = keys.owners[directKey(raw)] ?? [];
      if (seq !== this.seq) return;
      if (exact.length > 0) this.show(exact.map(fromKeys), keys);
      const pagefind = await this.loadPagefind();
      const found = await pagefind.search(query);
      const fetched = await Promise.all((found?.results ?? []).slice(0, SHOWN).map((r) => r.data()));
      if (seq !== this.seq) return;
      this.show(rankOwnersFirst(fetched, raw, keys.owners, fromKeys).slice(0, SHOWN), keys);
      panel.removeAttribute('aria-busy');
    } catch {
      if (seq !== this.seq) return;
      status.textContent = this.dataset.failed ?? '';
      panel.removeAttribute('aria-busy');
    }
  }

  private show(data: readonly PagefindResultData[], keys: SearchKeys): void {
    const status = this.querySelector('.status');
    const list = this.querySelector('ol');
    if (!status || !list) return;
    status.textContent = data.length ? `${data.length} ${keys.messages.count}` : keys.messages.none;
    list.replaceChildren(...data.map((d) => this.item(d, keys)));
  }

  private item(d: PagefindResultData, keys: SearchKeys): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const excerpt = document.createElement('p');
    // Pagefind builds excerpts from our own indexed text and marks the hits with <mark>;
    // an answer from the key map shows the entry's summary as text.
    if (d.excerpt) excerpt.innerHTML = d.excerpt;
    else excerpt.textContent = keys.pages[d.url]?.summary ?? '';
    li.append(a, excerpt);
    for (const sub of d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3)) {
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.className = 'sub';
      subLink.textContent = `→ ${sub.title}`;
      const wrap = document.createElement('div');
      wrap.append(subLink);
      li.append(wrap);
    }
    return li;
  }
}
customElements.define('search-box', SearchBox);
