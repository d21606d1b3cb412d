// A hast step for Markdown and MDX pages (Sätteri processor, astro.config.mjs), for layout on narrow screens:
// - every table sits in a box that scrolls sideways on its own (`.table-scroll`, shadows as the cue),
//   so the page never does; the box is focusable and labelled so a keyboard can scroll it;
// - long inline code gets <wbr> where an identifier may break (components/identifier-breaks.ts).
import type { Element, ElementContent } from 'hast';
import { identifierPieces } from '../components/identifier-breaks.ts';
import { en } from '../i18n/en.ts';
import { ko } from '../i18n/ko.ts';

interface Ctx {
  readonly fileURL: URL | undefined;
  parent(node: Readonly<Element>): { type: string; tagName?: string; properties?: Record<string, unknown> } | undefined;
  wrapNode(node: Readonly<Element>, parent: Element): void;
  replaceNode(node: Readonly<Element>, next: Element): void;
}

const isKorean = (ctx: Ctx) => /(^|\/)ko\.mdx?$/.test(ctx.fileURL?.pathname ?? '');

export const layoutHastPlugin = {
  name: 'site-layout',
  element: {
    filter: ['table', 'code'],
    visit(node: Readonly<Element>, ctx: Ctx) {
      const parent = ctx.parent(node);
      if (node.tagName === 'table') {
        const classes = parent?.properties?.className;
        if (Array.isArray(classes) && classes.includes('table-scroll')) return;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'group', tabIndex: 0, ariaLabel: (isKorean(ctx) ? ko : en)['table.scrollLabel'] },
          children: [],
        });
        return;
      }
      if (parent?.type === 'element' && parent.tagName === 'pre') return;
      if (!node.children.every((c) => c.type === 'text')) return;
      const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      const pieces = identifierPieces(text);
      if (pieces.length < 2) return;
      const children: ElementContent[] = pieces.flatMap((value, i) => [
        ...(i > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
        { type: 'text', value } as const,
      ]);
      ctx.replaceNode(node, { ...node, children });
    },
  },
};
