// "Copy as runbook step" (issue 17): a short Markdown block in the page's language with the verdict,
// the first two actions of the page's #fix section, the short link, and the SDK versions the facts
// were checked against. Pure: the page passes its facts, its fix section's Markdown and the labels.

/** The first `count` items of the first list in Markdown text, each reduced to its lead. */
export function firstActions(markdown: string, count = 2): string[] {
  const items = [...markdown.matchAll(/^(?:\d+\.|[-*])\s+(.+)$/gm)].map((m) => m[1] ?? '');
  return items.slice(0, count).map(lead);
}

/** An item's bold lead (`**Let the SDK retry.** More…` → `Let the SDK retry.`), else its first sentence. */
export function lead(item: string): string {
  const bold = /^\*\*(.+?)\*\*/.exec(item.trim());
  if (bold?.[1]) return bold[1].trim();
  const sentence = /^(.+?[.!?。])(\s|$)/.exec(item.trim());
  return (sentence?.[1] ?? item).trim();
}

/** The labels of a runbook block, per language. */
export interface RunbookLabels {
  verdict: string;
  sdkRetried: string;
  actions: string;
  reference: string;
  checked: string;
}

/** The block itself. */
export function runbookStep(opts: {
  code: string;
  title: string;
  verdict: string;
  sdkRetries: boolean;
  actions: readonly string[];
  url: string;
  checkedWith: string;
  lastChecked: string;
  labels: RunbookLabels;
}): string {
  const l = opts.labels;
  return [
    `#### ${opts.code}: ${opts.verdict}`,
    '',
    `- ${l.verdict}: ${opts.verdict}${opts.sdkRetries ? ` (${l.sdkRetried})` : ''}`,
    ...opts.actions.map((a, i) => `- ${l.actions} ${i + 1}: ${a}`),
    `- ${l.reference}: ${opts.url}`,
    `- ${l.checked}: ${opts.checkedWith}; ${opts.lastChecked}`,
    '',
  ].join('\n');
}
