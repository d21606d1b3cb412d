import type { Locale } from '../schemas/error-entry.ts';
import { en, type UiKey, type UiStrings } from './en.ts';
import { ko } from './ko.ts';

export const dictionaries: Record<Locale, UiStrings> = { en, ko };

/** Returns a lookup function for one language. */
export function useStrings(lang: Locale): (key: UiKey) => string {
  const dict = dictionaries[lang];
  return (key) => dict[key];
}

/** Narrows a route parameter to a supported locale. */
export function isLocale(value: string | undefined): value is Locale {
  return value === 'en' || value === 'ko';
}

export type { UiKey, UiStrings };
