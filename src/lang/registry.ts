// The one list of languages. Detection, the CLDR generator, the reporters' text direction and every
// stage read it; a language is one folder `src/lang/<code>/` plus one line here.
import { arLanguage } from './ar/index.js';
import { deLanguage } from './de/index.js';
import { enLanguage } from './en/index.js';
import { esLanguage } from './es/index.js';
import { faLanguage } from './fa/index.js';
import { frLanguage } from './fr/index.js';
import { gswLanguage } from './gsw/index.js';
import { idLanguage } from './id/index.js';
import { lbLanguage } from './lb/index.js';
import { nlLanguage } from './nl/index.js';
import type { CheckVocabulary, DemonymData, LanguageDefinition, LanguageProfile, Office, TimeUnit } from './profile.js';
import { ruLanguage } from './ru/index.js';
import { svLanguage } from './sv/index.js';
import { ukLanguage } from './uk/index.js';
import { urLanguage } from './ur/index.js';

/**
 * Every language the project knows, in the order lists are merged (an earlier language's entry wins
 * where two write a word alike) and ties in detection are broken.
 */
export const languages: readonly LanguageDefinition[] = [
  ukLanguage,
  nlLanguage,
  idLanguage,
  svLanguage,
  arLanguage,
  deLanguage,
  frLanguage,
  enLanguage,
  ruLanguage,
  esLanguage,
  faLanguage,
  urLanguage,
  lbLanguage,
  gswLanguage,
];

const byCode: ReadonlyMap<string, LanguageDefinition> = new Map(languages.map((language) => [language.code, language]));

/** The primary language subtag, lowercase (`nl-BE` → `nl`, `SV_se` → `sv`). */
export function primarySubtag(code: string): string {
  return code.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
}

/** The registered language of a BCP 47 code (by its primary subtag), if any. */
export function findLanguage(code: string): LanguageDefinition | undefined {
  return byCode.get(primarySubtag(code));
}

/** Kinds of words the project may hold for a language: its number, scale and country words, and the check stage's. */
export type WordKind = 'number' | 'scale' | 'country' | 'check';

/**
 * Whether the project holds words of a kind for a language. A version in a language it holds none for
 * is read by its digits, symbols and Latin names alone, and the rules leave what it writes in words aside.
 */
export function holdsWords(code: string, kind: WordKind): boolean {
  const key = `${kind}\u0000${primarySubtag(code)}`;
  let held = heldWords.get(key);
  if (held === undefined) {
    const language = findLanguage(code);
    const anchors = language?.profile?.anchors;
    const words = kind === 'check' ? language?.check : kind === 'number' ? anchors?.numberWords : kind === 'scale' ? anchors?.scaleWords : anchors?.countryNames;
    held = words !== undefined && Object.keys(words).length > 0;
    heldWords.set(key, held);
  }
  return held;
}

/** {@link holdsWords} by kind and primary subtag: the rules ask it for every figure they compare. */
const heldWords = new Map<string, boolean>();

/** Languages with a full profile (segmentation rules of their own), in registry order. */
export function profiledLanguages(): LanguageProfile[] {
  return languages.flatMap((language) => (language.profile ? [language.profile] : []));
}

/** Languages with anchor tables built from CLDR, in registry order (the CLDR generator writes these). */
export function tabledLanguages(): LanguageDefinition[] {
  return languages.filter((language) => language.handAnchors !== undefined);
}

/** The demonyms of a language, if it has any. */
export function demonymsOf(code: string): DemonymData | undefined {
  return findLanguage(code)?.demonyms;
}

// Scripts written right to left (ISO 15924), for languages the registry does not hold.
const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Mand', 'Samr', 'Rohg', 'Yezi']);

/** Whether text in `code` runs right to left: the registry's word, else the script Unicode's likely-subtags give. */
export function isRightToLeft(code: string): boolean {
  const language = findLanguage(code);
  if (language) return language.direction === 'rtl';
  try {
    const script = new Intl.Locale(primarySubtag(code)).maximize().script;
    return script !== undefined && rightToLeftScripts.has(script);
  } catch {
    return false;
  }
}

/** Letters of the scripts a profiled language may be written in (ISO 15924 → pattern). */
const scriptPatterns: Readonly<Record<string, RegExp>> = {
  Cyrl: /\p{Script=Cyrl}/u,
  Arab: /\p{Script=Arab}/u,
  Grek: /\p{Script=Grek}/u,
  Hebr: /\p{Script=Hebr}/u,
  Armn: /\p{Script=Armn}/u,
  Geor: /\p{Script=Geor}/u,
};

/** The ISO 15924 code of the script of the first letter of `text` (`Latn`, `Cyrl`, `Arab`…; `Zyyy` when it has none). */
export function scriptOfText(text: string): string {
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    if (/\p{Script=Latn}/u.test(char)) return 'Latn';
    for (const [script, pattern] of Object.entries(scriptPatterns)) if (pattern.test(char)) return script;
    return 'Zzzz';
  }
  return 'Zyyy';
}

/**
 * A language whose script `name` is written in, for keying a name given without a language: the first
 * language with a full profile in that script other than Latin (`und` for Latin and the rest, whose keys
 * need no language).
 */
export function languageForScriptOf(name: string): string {
  for (const profile of profiledLanguages()) {
    if (scriptPatterns[profile.script]?.test(name)) return profile.code;
  }
  return 'und';
}

/** The check vocabulary of every registered language, merged (lists joined in registry order). */
export interface MergedCheckVocabulary {
  and: ReadonlySet<string>;
  timeUnits: ReadonlyMap<string, TimeUnit>;
  measureWords: readonly string[];
  partWords: readonly string[];
  partPronouns: readonly string[];
  exclusionWords: readonly string[];
  exclusionConnectives: ReadonlySet<string>;
  exclusionConnectiveOpeners: ReadonlySet<string>;
  insteadWords: ReadonlySet<string>;
  restrictingWords: ReadonlySet<string>;
  /** Office stems and exact forms, offices in a fixed order (the first office that matches wins). */
  offices: ReadonlyArray<{ office: Office; stems: readonly string[]; forms: ReadonlySet<string> }>;
  deputyWords: ReadonlySet<string>;
  deputyPrefixes: readonly string[];
  officeClitics: readonly string[];
  nameBreakers: ReadonlySet<string>;
  nameBreakerPrefixes: readonly string[];
  spellingEquivalents: ReadonlyArray<readonly [string, string]>;
  /** Compass words of a place name: exact forms, and stems of declined forms (see `compassWords`). */
  compassWords: { forms: ReadonlySet<string>; stems: readonly string[] };
  /** Kinds of natural place in a place name, every language's (see `placeTypeWords`). */
  placeTypeWords: ReadonlySet<string>;
  /** Head nouns of institutions' names: exact forms, and stems (see `organisationWords`). */
  organisationWords: { forms: ReadonlySet<string>; stems: readonly string[] };
}

const officeOrder: readonly Office[] = ['secretary', 'chair', 'director', 'governor', 'mayor'];
const timeUnitOrder: readonly TimeUnit[] = ['hour', 'day', 'week', 'month', 'year'];

let merged: MergedCheckVocabulary | undefined;

/** The words the check stage reads, of all languages at once (a version may quote another language). */
export function checkVocabulary(): MergedCheckVocabulary {
  if (merged) return merged;
  const vocabularies = languages.flatMap((language) => (language.check ? [language.check] : []));
  const all = (pick: (vocabulary: CheckVocabulary) => readonly string[] | undefined) => vocabularies.flatMap((vocabulary) => pick(vocabulary) ?? []);
  const timeUnits = new Map<string, TimeUnit>();
  for (const unit of timeUnitOrder) for (const vocabulary of vocabularies) for (const word of vocabulary.timeUnits?.[unit] ?? []) timeUnits.set(word, unit);
  merged = {
    and: new Set(all((v) => v.and)),
    timeUnits,
    measureWords: all((v) => v.measureWords),
    partWords: all((v) => v.partWords),
    partPronouns: all((v) => v.partPronouns),
    exclusionWords: all((v) => v.exclusionWords),
    exclusionConnectives: new Set(all((v) => v.exclusionConnectives)),
    exclusionConnectiveOpeners: new Set(all((v) => v.exclusionConnectiveOpeners)),
    insteadWords: new Set(all((v) => v.insteadWords)),
    restrictingWords: new Set(all((v) => v.restrictingWords)),
    offices: officeOrder.map((office) => ({
      office,
      stems: vocabularies.flatMap((vocabulary) => vocabulary.officeStems?.[office] ?? []),
      forms: new Set(vocabularies.flatMap((vocabulary) => vocabulary.officeForms?.[office] ?? [])),
    })),
    deputyWords: new Set(all((v) => v.deputyWords)),
    deputyPrefixes: all((v) => v.deputyPrefixes),
    officeClitics: all((v) => v.officeClitics),
    nameBreakers: new Set(all((v) => v.nameBreakers)),
    nameBreakerPrefixes: all((v) => v.nameBreakerPrefixes),
    spellingEquivalents: vocabularies.flatMap((vocabulary) => vocabulary.spellingEquivalents ?? []),
    compassWords: {
      forms: new Set(all((v) => v.compassWords).filter((w) => !w.endsWith('*'))),
      stems: all((v) => v.compassWords).filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
    },
    placeTypeWords: new Set(all((v) => v.placeTypeWords)),
    organisationWords: {
      forms: new Set(all((v) => v.organisationWords).filter((w) => !w.endsWith('*'))),
      stems: all((v) => v.organisationWords).filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
    },
  };
  return merged;
}

/** Nouns that number their instances (`Lager 3`), of every language, lowercase. */
export function numberedNouns(): string[] {
  return languages.flatMap((language) => language.anchors?.numberedNouns ?? []);
}

/**
 * Every word the registry lists for any language (lowercase): anchor word lists, check words, detection
 * words. The test that keeps language words inside src/lang/ recognises them by this.
 */
export function languageVocabulary(): Set<string> {
  const words = new Set<string>();
  const addAll = (list: Iterable<string> | undefined) => {
    for (const word of list ?? []) words.add(word.toLowerCase());
  };
  for (const language of languages) {
    const anchors = language.handAnchors;
    if (anchors) {
      for (const key of ['stopWords', 'openingWords', 'personTitles', 'coordinators', 'rangeWords', 'dayWords', 'yearMarkers', 'percentWords', 'numberedNouns', 'approximationPrepositions', 'decadeSuffixes', 'monthContextWords', 'monthContextWordsAfter', 'bareMonthNames', 'bareMonthSurfaces'] as const) addAll(anchors[key]);
      for (const key of ['numberWords', 'ordinalWords', 'scaleWords', 'monthNames', 'approximations', 'approximationsAfter'] as const) addAll(Object.keys(anchors[key] ?? {}));
    }
    const check = language.check;
    if (check) {
      for (const key of ['and', 'measureWords', 'partWords', 'partPronouns', 'exclusionWords', 'exclusionConnectives', 'exclusionConnectiveOpeners', 'insteadWords', 'restrictingWords', 'deputyWords', 'nameBreakers'] as const) addAll(check[key]);
      for (const list of Object.values(check.timeUnits ?? {})) addAll(list);
      for (const list of Object.values(check.officeStems ?? {})) addAll(list);
      addAll(check.compassWords?.map((w) => w.replace(/\*$/u, '')));
      addAll(check.placeTypeWords);
      addAll(check.organisationWords?.map((w) => w.replace(/\*$/u, '')));
    }
    addAll(language.detection?.functionWords);
  }
  return words;
}
