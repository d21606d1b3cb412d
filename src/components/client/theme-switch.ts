class ThemeSwitch extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    const apply = () => {
      const value = select.value;
      try {
        if (value === 'light' || value === 'dark') localStorage.setItem('theme', value);
        else localStorage.removeItem('theme');
      } catch {
        // Private mode: the choice lasts for this page.
      }
      if (value === 'light' || value === 'dark') document.documentElement.dataset.theme = value;
      else delete document.documentElement.dataset.theme;
    };
    // The markup selects "system"; a different value was picked before this module loaded.
    if (select.value !== 'system') apply();
    else select.value = document.documentElement.dataset.theme ?? 'system';
    select.addEventListener('change', apply);
  }
}
customElements.define('theme-switch', ThemeSwitch);
