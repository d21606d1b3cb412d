import type { APIRoute, GetStaticPaths } from 'astro';
import { useStrings } from '../../i18n/index.ts';
import { coreLabelKeys, panelLabelKeys, type ClientLabels } from '../../components/visualiser/render.ts';
import { locales, type Locale } from '../../schemas/error-entry.ts';

// The strings the visualiser island formats its output with. It fetches them when it loads, so
// the error pages (which it may never reach) do not carry them.
export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const t = useStrings(params.lang as Locale);
  const labels = Object.fromEntries([...coreLabelKeys, ...panelLabelKeys].map((k) => [k, t(k)])) as ClientLabels;
  return new Response(JSON.stringify(labels), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
