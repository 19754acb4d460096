// Per-language look-up tables for the scanners, built once per language from its AnchorRules.
import { getProfile } from '../lang/index.js';
import { extraAnchorRules, arAnchorRules, idAnchorRules, nlAnchorRules, svAnchorRules, ukAnchorRules } from '../lang/anchors/index.js';
import type { AnchorRules } from '../lang/profile.js';
import type { NumberRelation } from '../types.js';
import { entityKey } from './key.js';
import { memoize } from './memo.js';
import { foldWord } from './text.js';

/** Folded look-up tables of one language. */
export interface LanguageTables {
  code: string;
  rules: AnchorRules;
  arabicScript: boolean;
  numberWords: Map<string, number>;
  ordinalWords: Map<string, number>;
  scaleWords: Map<string, number>;
  /** Words after a unit that add to it (Indonesian `belas`: `empat belas` = 14). */
  addendWords: Map<string, number>;
  monthContextWords: Set<string>;
  monthNames: Map<string, number>;
  monthAbbreviations: Map<string, number>;
  /** Approximation phrases (one to four words, folded, joined by one space). */
  approximations: Map<string, Exclude<NumberRelation, 'exact'>>;
  yearMarkers: Set<string>;
  percentWords: Set<string>;
  ordinalSuffixes: Set<string>;
  ordinalPrefixes: Set<string>;
  stopWords: Set<string>;
  personTitles: Set<string>;
  /** Label words (exact) and label prefixes (from entries ending in `*`). */
  labelWords: Set<string>;
  labelPrefixes: readonly string[];
  nameEndings: readonly string[];
  /** Words joining list items, "and"/"or" (`und`, `en`, `і`, `أو`), folded. */
  coordinators: Set<string>;
  /** Coordinators that are also clitic prefixes and may be glued to the next number (Arabic `و` in `و16`). */
  cliticCoordinators: Set<string>;
  /** Words between the ends of a range, "to" (`bis`, `tot`, `по`, `إلى`), folded. */
  rangeWords: Set<string>;
  /** Words before a day that a list may repeat (`den`, `le`, `am`), folded. */
  dayWords: Set<string>;
  groupSeparators: Set<string>;
  decimalSeparators: Set<string>;
  /** Whether `.` and `,` may each group thousands or mark decimals (languages without tables). */
  ambiguousSeparators: boolean;
  /** {@link entityKey} in this language, memoised. */
  entityKey(name: string): string;
  /** Look-up of an Arabic-script word in one of these tables, trying it without clitics too (memoised). */
  arabicLookup<V>(table: Map<string, V>, folded: string): V | undefined;
}

const fullRules: Readonly<Record<string, AnchorRules>> = {
  uk: ukAnchorRules, nl: nlAnchorRules, id: idAnchorRules, sv: svAnchorRules, ar: arAnchorRules, ...extraAnchorRules,
};

const cache = new Map<string, LanguageTables>();

/** The primary language subtag, lowercase (`nl-BE` → `nl`). */
export function primaryLanguage(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
}

/** The anchor rules of a language: its profile's, or (for de/fr/en) generated ones, or the generic profile's. */
export function anchorRulesFor(lang: string): AnchorRules {
  const primary = primaryLanguage(lang);
  const own = fullRules[primary];
  if (own) return own;
  return getProfile(lang).anchors;
}

const byRawCode = new Map<string, LanguageTables>();

/** Folded tables for `lang`, built on first use. */
export function languageTables(lang: string): LanguageTables {
  const known = byRawCode.get(lang);
  if (known) return known;
  const primary = primaryLanguage(lang);
  let tables = cache.get(primary);
  if (!tables) {
    tables = buildTables(primary, anchorRulesFor(primary));
    cache.set(primary, tables);
  }
  if (byRawCode.size < 1000) byRawCode.set(lang, tables);
  return tables;
}

function foldedMap<V>(table: Readonly<Record<string, V>> | undefined): Map<string, V> {
  const map = new Map<string, V>();
  for (const [key, value] of Object.entries(table ?? {})) {
    const folded = foldWord(key);
    if (!map.has(folded)) map.set(folded, value);
  }
  return map;
}

function foldedSet(list: readonly string[] | undefined): Set<string> {
  return new Set((list ?? []).map(foldWord));
}

function buildTables(code: string, rules: AnchorRules): LanguageTables {
  const decimal = new Set([rules.decimalSeparator]);
  const groups = new Set(rules.groupSeparators);
  // A dot never means a decimal in languages with a decimal comma, so it can only group thousands there.
  if (rules.decimalSeparator === ',') groups.add('.');
  if (rules.decimalSeparator === '٫') decimal.add('.');
  // Languages without tables of their own: a dot or comma before exactly three digits groups
  // thousands (`1.000`, `1,000`), before other digit counts it is a decimal mark (`1,5`, `2.25`).
  const ambiguousSeparators = !(code in fullRules) && code !== 'en';
  if (ambiguousSeparators) for (const mark of ['.', ',']) {
    groups.add(mark);
    decimal.add(mark);
  }
  return {
    code,
    rules,
    arabicScript: code === 'ar' || code === 'fa' || code === 'ur',
    numberWords: foldedMap(rules.numberWords),
    ordinalWords: foldedMap(rules.ordinalWords),
    // CLDR's rule text `eine Million` / `un million` also yields the article (`eine`, `un`): a word that
    // spells a number is no scale, or `1955 eine Expedition` reads as 1955 million.
    scaleWords: foldedMap(Object.fromEntries(Object.entries(rules.scaleWords).filter(([word]) => !(word in rules.numberWords)))),
    addendWords: foldedMap(rules.addendWords),
    monthContextWords: foldedSet(rules.monthContextWords ?? []),
    monthNames: foldedMap(rules.monthNames),
    monthAbbreviations: foldedMap(rules.monthAbbreviations),
    approximations: foldedMap(rules.approximations),
    yearMarkers: foldedSet(rules.yearMarkers.map((m) => m.replace(/\.$/, ''))),
    percentWords: foldedSet(rules.percentWords),
    ordinalSuffixes: foldedSet(rules.ordinalSuffixes),
    ordinalPrefixes: foldedSet(rules.ordinalPrefixes),
    stopWords: foldedSet(rules.stopWords),
    personTitles: foldedSet(rules.personTitles),
    labelWords: foldedSet((rules.labelWords ?? []).filter((w) => !w.endsWith('*'))),
    labelPrefixes: (rules.labelWords ?? []).filter((w) => w.endsWith('*')).map((w) => foldWord(w.slice(0, -1))),
    nameEndings: [...(rules.nameEndings ?? [])].map(foldWord).sort((a, b) => b.length - a.length),
    coordinators: foldedSet(rules.coordinators),
    rangeWords: foldedSet(rules.rangeWords),
    dayWords: foldedSet(rules.dayWords),
    cliticCoordinators: foldedSet((rules.coordinators ?? []).filter((word) => rules.cliticPrefixes.includes(word))),
    groupSeparators: groups,
    decimalSeparators: decimal,
    ambiguousSeparators,
    arabicLookup: memoizedArabicLookup(),
    entityKey: memoize((name) => entityKey(name, code), 20_000),
  };
}

/** Every language with anchor tables (for country names written in another language's form). */
export function tableLanguages(): string[] {
  return Object.keys(fullRules);
}

/**
 * The forms an Arabic-script word may stand for once its clitics are removed: `والصين` → `الصين`, `صين`;
 * `للصين` → `الصين`; `بالمئة` → `المئة`, `مئة`. The word itself comes first.
 */
export function arabicCandidates(folded: string): readonly string[] {
  return memoCandidates(folded);
}

const memoCandidates = memoize(computeArabicCandidates);

function computeArabicCandidates(folded: string): string[] {
  const out = [folded];
  const push = (w: string) => {
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  };
  const afterConjunction = /^[وف]/.test(folded) && folded.length >= 3 ? [folded, folded.slice(1)] : [folded];
  for (const w of afterConjunction) {
    push(w);
    if (w.startsWith('لل') && w.length > 3) push(`ال${w.slice(2)}`);
    else if (/^[بلك]/.test(w) && w.length > 3) push(w.slice(1));
  }
  for (const w of [...out]) if (w.startsWith('ال') && w.length > 3) push(w.slice(2));
  return out;
}

function memoizedArabicLookup(): LanguageTables['arabicLookup'] {
  const memos = new Map<Map<string, unknown>, (folded: string) => unknown>();
  return <V>(table: Map<string, V>, folded: string): V | undefined => {
    let memo = memos.get(table);
    if (!memo) {
      memo = memoize((word) => {
        for (const candidate of arabicCandidates(word)) {
          const value = table.get(candidate);
          if (value !== undefined) return value;
        }
        return null;
      });
      memos.set(table, memo);
    }
    return (memo(folded) as V | null) ?? undefined;
  };
}
