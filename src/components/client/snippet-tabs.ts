type CodeLang = 'python' | 'typescript';
const STORAGE_KEY = 'snippet-lang';

// The choice is stored once for the whole site, so every page opens on the reader's language.
class SnippetTabs extends HTMLElement {
  connectedCallback(): void {
    const tabs = [...this.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    this.select(document.documentElement.dataset.codeLang === 'typescript' ? 'typescript' : 'python', false);
    tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => this.select(tab.dataset.codeLang as CodeLang, true));
      tab.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft' && event.key !== 'Home' && event.key !== 'End') return;
        event.preventDefault();
        const next =
          event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1
          : (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
        const target = tabs[next];
        if (!target) return;
        this.select(target.dataset.codeLang as CodeLang, true);
        target.focus();
      });
    });
  }

  select(lang: CodeLang, remember: boolean): void {
    document.documentElement.dataset.codeLang = lang;
    if (remember) {
      try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* private mode: the choice lasts for this page */ }
    }
    for (const tabs of document.querySelectorAll('snippet-tabs')) {
      for (const tab of tabs.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
        const selected = tab.dataset.codeLang === lang;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
      }
      for (const panel of tabs.querySelectorAll<HTMLElement>('[role="tabpanel"]')) {
        panel.hidden = panel.dataset.codeLang !== lang;
      }
    }
  }
}
customElements.define('snippet-tabs', SnippetTabs);
