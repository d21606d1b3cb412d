// The text of the highlighted <pre> is the file without its trailing newlines (the e2e test
// compares the clipboard with the file byte for byte).
class CopyCode extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('.status');
    const pre = this.parentElement?.querySelector('pre');
    if (!button || !status || !pre) return;
    button.addEventListener('click', async () => {
      try {
        const newlines = '\n'.repeat(Number(this.dataset.trailingNewlines ?? 0));
        await navigator.clipboard.writeText((pre.textContent ?? '') + newlines);
        status.textContent = this.dataset.done ?? '';
      } catch {
        status.textContent = this.dataset.failed ?? '';
      }
      setTimeout(() => { status.textContent = ''; }, 2500);
    });
  }
}
customElements.define('copy-code', CopyCode);
