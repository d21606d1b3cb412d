// SDK version ranges as data (MDN's browser-compat-data keeps version_added / version_removed the
// same way): a small subset of npm's range syntax, enough for the facts on these pages.
//   `*`                any version
//   `1.13.0`           exactly that version
//   `>=2.5.0`          that version and later
//   `<1.5.0`           every version before it
//   `>=0.47.0 <2.5.0`  from the first up to, not including, the second
import type { Locale } from '../schemas/error-entry.ts';

/** A parsed range: inclusive lower bound and exclusive upper bound, either may be open. */
export interface VersionRange {
  /** Inclusive lower bound, or null for "any older version". */
  min: Version | null;
  /** Exclusive upper bound, or null for "any newer version". */
  below: Version | null;
  /** True for a single version (`1.13.0`): then `min` is that version and `below` is null. */
  exact: boolean;
}

/** A release version as major, minor, patch. */
export type Version = readonly [number, number, number];

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** Parses `1.13.0`; throws on anything else, so a typo in the registry fails the build. */
export function parseVersion(text: string): Version {
  const m = VERSION.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a version (expected major.minor.patch, e.g. 2.5.0)`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Negative, zero or positive as a is older than, equal to or newer than b. */
export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Parses a range in the syntax above; throws with the offending text otherwise. */
export function parseRange(text: string): VersionRange {
  const t = text.trim();
  if (t === '*') return { min: null, below: null, exact: false };
  if (VERSION.test(t)) return { min: parseVersion(t), below: null, exact: true };
  let min: Version | null = null;
  let below: Version | null = null;
  for (const part of t.split(/\s+/)) {
    if (part.startsWith('>=') && min === null) min = parseVersion(part.slice(2));
    else if (part.startsWith('<') && !part.startsWith('<=') && below === null) below = parseVersion(part.slice(1));
    else throw new Error(`"${text}" is not a version range (use *, 1.2.3, >=1.2.3, <1.2.3 or ">=1.2.3 <2.0.0")`);
  }
  if (min && below && compareVersions(min, below) >= 0) throw new Error(`"${text}" is empty: the lower bound is not below the upper one`);
  return { min, below, exact: false };
}

/** True when `version` lies in `range`. */
export function inRange(version: string, range: string): boolean {
  const v = parseVersion(version);
  const r = parseRange(range);
  if (r.exact) return compareVersions(v, r.min!) === 0;
  if (r.min && compareVersions(v, r.min) < 0) return false;
  if (r.below && compareVersions(v, r.below) >= 0) return false;
  return true;
}

/** True when two ranges share at least one version (used to reject overlapping facts). */
export function rangesOverlap(a: string, b: string): boolean {
  const ra = parseRange(a);
  const rb = parseRange(b);
  const lo = (r: VersionRange): Version => r.min ?? [0, 0, 0];
  const hi = (r: VersionRange): Version | null => (r.exact ? [r.min![0], r.min![1], r.min![2] + 1] : r.below);
  const aHi = hi(ra);
  const bHi = hi(rb);
  const aBeforeB = aHi !== null && compareVersions(aHi, lo(rb)) <= 0;
  const bBeforeA = bHi !== null && compareVersions(bHi, lo(ra)) <= 0;
  return !aBeforeB && !bBeforeA;
}

/** The sort key of a range: newest lower bound first, so the current range leads a list. */
export function rangeOrder(a: string, b: string): number {
  const la = parseRange(a).min ?? [0, 0, 0];
  const lb = parseRange(b).min ?? [0, 0, 0];
  return compareVersions(lb, la);
}

/** A range as a reader reads it: `2.5.0 and later`, `0.47.0 to 2.4.x`, `before 1.5.0`, `all versions`. */
export function describeRange(range: string, lang: Locale): string {
  const r = parseRange(range);
  const v = (x: Version) => x.join('.');
  const last = (x: Version) => (x[2] > 0 ? `${x[0]}.${x[1]}.${x[2] - 1}` : x[1] > 0 ? `${x[0]}.${x[1] - 1}.x` : `${x[0] - 1}.x`);
  if (r.exact) return v(r.min!);
  if (!r.min && !r.below) return lang === 'ko' ? '모든 버전' : 'all versions';
  if (r.min && !r.below) return lang === 'ko' ? `${v(r.min)} 이상` : `${v(r.min)} and later`;
  if (!r.min && r.below) return lang === 'ko' ? `${v(r.below)} 미만` : `before ${v(r.below)}`;
  return lang === 'ko' ? `${v(r.min!)}–${last(r.below!)}` : `${v(r.min!)} to ${last(r.below!)}`;
}
