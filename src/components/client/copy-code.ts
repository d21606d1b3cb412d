// Copies text to the clipboard. Where the text comes from, in order:
// - `data-src`: a URL fetched on click (a page's Markdown twin or runbook step: never shipped with the page);
// - a <template> child: text built at build time;
// - the sibling <pre>: the highlighted file without its trailing newlines (the e2e test compares
//   the clipboard with the file byte for byte), plus `data-trailing-newlines`.
class CopyCode extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('.status');
    if (!button || !status) return;
    const src = this.dataset.src;
    const template = this.querySelector('template');
    const pre = this.parentElement?.querySelector('pre');
    if (!src && !template && !pre) return;
    button.addEventListener('click', async () => {
      try {
        if (src) await copyFetched(src);
        else if (template) await navigator.clipboard.writeText(template.content.textContent ?? '');
        else await navigator.clipboard.writeText((pre?.textContent ?? '') + '\n'.repeat(Number(this.dataset.trailingNewlines ?? 0)));
        status.textContent = this.dataset.done ?? '';
      } catch {
        status.textContent = this.dataset.failed ?? '';
      }
      setTimeout(() => { status.textContent = ''; }, 2500);
    });
  }
}

/** Passing the fetch as a promise keeps the click's permission in browsers that require it (Safari). */
async function copyFetched(src: string): Promise<void> {
  const text = fetch(src).then((r) => {
    if (!r.ok) throw new Error(`${r.status}`);
    return r.text();
  });
  if (typeof ClipboardItem !== 'undefined' && 'write' in navigator.clipboard) {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })]);
      return;
    } catch {
      /* fall back to writeText below */
    }
  }
  await navigator.clipboard.writeText(await text);
}

customElements.define('copy-code', CopyCode);
