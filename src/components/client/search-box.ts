import type { SearchEngine } from './search-engine.ts';

// Nothing search-related loads with the page. Opening search (focus, / or Ctrl/Cmd+K, ?q=) loads
// the engine and the key map (18–25 KiB), which answers any query at once: an exact status, type or
// class by its page, anything else by quickSearch. Pagefind (about 120 KiB with its index) loads with
// the first query and replaces that answer with its full-text ranking.
class SearchBox extends HTMLElement {
  private engine: Promise<SearchEngine> | undefined;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const form = this.querySelector('form');
    if (!input || !form) return;
    input.addEventListener('focus', () => void this.load().then((e) => e.loadKeys()).catch(() => undefined), { once: true });
    // Wait for a pause in typing: every search loads result fragments, wasted on a half-typed word.
    let typing: ReturnType<typeof setTimeout> | undefined;
    let searched: string | undefined;
    const search = (query: string, onAnswer?: () => void) => {
      searched = query;
      void this.load().then((e) => e.search(query, onAnswer), () => this.failed());
    };
    input.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => search(input.value), 180);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const focusFirst = () => this.querySelector<HTMLAnchorElement>('.results a')?.focus();
      void this.load()
        .then((e) => e.directTarget(input.value))
        .then(
          (target) => {
            if (target) return location.assign(target);
            // Enter inside the typing pause: search now, and focus this query's results, not the last one's.
            clearTimeout(typing);
            if (searched === input.value) focusFirst();
            else search(input.value, focusFirst);
          },
          () => undefined,
        );
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      const panel = this.querySelector<HTMLElement>('.results');
      if (panel) panel.hidden = true;
      input.focus();
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
      search(q);
    } else if (input.value.trim()) {
      // Typed before this module loaded (it starts after the first paint).
      search(input.value);
    }
  }

  private load(): Promise<SearchEngine> {
    this.engine ??= import('./search-engine.ts').then((m) => new m.SearchEngine(this));
    this.engine.catch(() => (this.engine = undefined));
    return this.engine;
  }

  private failed(): void {
    const panel = this.querySelector<HTMLElement>('.results');
    const status = this.querySelector('.status');
    if (!panel || !status) return;
    panel.hidden = false;
    status.textContent = this.dataset.failed ?? '';
  }
}
customElements.define('search-box', SearchBox);
