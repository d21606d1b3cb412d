class ThemeSwitch extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset.theme ?? 'system';
    select.addEventListener('change', () => {
      const value = select.value;
      if (value === 'light' || value === 'dark') {
        document.documentElement.dataset.theme = value;
        localStorage.setItem('theme', value);
      } else {
        delete document.documentElement.dataset.theme;
        localStorage.removeItem('theme');
      }
    });
  }
}
customElements.define('theme-switch', ThemeSwitch);
