import type { Locale } from '../schemas/error-entry.ts';
import { codesEn, type CodesKey, type CodesStrings } from './codes-en.ts';
import { codesKo } from './codes-ko.ts';

const codeDictionaries: Record<Locale, CodesStrings> = { en: codesEn, ko: codesKo };

/** Lookup of the error-code catalogue's UI strings in one language. */
export function codeStrings(lang: Locale): (key: CodesKey) => string {
  const dict = codeDictionaries[lang];
  return (key) => dict[key];
}

/** Fills `{name}` placeholders; throws on a placeholder without a value so a typo fails the build. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`No value for {${name}} in "${template}".`);
    return String(v);
  });
}

export { codeDictionaries, type CodesKey };
