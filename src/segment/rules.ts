// Compiles a LanguageProfile's segmentation data into look-up tables, once per profile object.
import { foreignLetterTest } from '../lang/alphabet.js';
import { generic } from '../lang/generic.js';
import type { LanguageProfile, PageMarkers } from '../lang/profile.js';
import { closingBrackets, openingBrackets } from './chars.js';

/** The segmentation rules of one profile, ready for the scanner and the kind classifier. */
export interface CompiledRules {
  /** Terminator code units (all terminators are single UTF-16 code units). */
  terminators: ReadonlySet<number>;
  /** `isTerminator[code] === 1` for terminators: the scanner's per-character test, faster than a Set. */
  isTerminator: Uint8Array;
  /** Full-width terminators (`。！？`): CJK writes no space after them. */
  spacelessTerminators: ReadonlySet<number>;
  /** Terminators that end a sentence whatever follows, except a lowercase word (`?`, `!`, `؟`). */
  strongTerminators: ReadonlySet<number>;
  closers: ReadonlySet<number>;
  openers: ReadonlySet<number>;
  /** Lowercased abbreviations (their last word), with the final dot. */
  abbreviations: ReadonlySet<string>;
  /** Lowercased abbreviations that may also end a sentence. */
  mayEndAbbreviations: ReadonlySet<string>;
  /**
   * Both lists as the profile writes them, looked up first: a form listed with its capitals is that
   * word (sv `St.`, "Saint", before a name) even where the lowercase form (`st.`, "pieces") may end one.
   */
  abbreviationsAsWritten: ReadonlySet<string>;
  mayEndAbbreviationsAsWritten: ReadonlySet<string>;
  /** Abbreviations the profile lists in lowercase only (nl `vs.`): in capitals (`VS.`) another word. */
  lowercaseOnlyAbbreviations: ReadonlySet<string>;
  /** Lowercased words before digits that make `N.` an ordinal (`am 3.`), when the profile writes ordinals so. */
  ordinalDotAfter?: ReadonlySet<string>;
  /** Lowercased month names: `N.` before one is an ordinal day, when the profile writes ordinals with a dot. */
  ordinalDotMonths?: ReadonlySet<string>;
  /** Lowercased page markers, the profile's merged with the generic ones. */
  markers: Required<{ [K in keyof PageMarkers]: ReadonlySet<string> }>;
  imageLabels: readonly string[];
  languageCode: string;
  /** Letters of the language's script that the language does not write (see src/lang/alphabet.ts). */
  isForeignLetter?: (char: string) => boolean;
}

const cache = new WeakMap<LanguageProfile, CompiledRules>();

/** Compiled rules for `profile` (cached per profile object, so extended profiles work too). */
export function compileRules(profile: LanguageProfile): CompiledRules {
  let rules = cache.get(profile);
  if (rules === undefined) {
    rules = compile(profile);
    cache.set(profile, rules);
  }
  return rules;
}

function compile(profile: LanguageProfile): CompiledRules {
  const seg = profile.segmentation;
  const terminators = new Set<number>();
  for (const terminator of seg.terminators) {
    if (terminator.length === 1) terminators.add(terminator.charCodeAt(0));
  }
  const strongTerminators = new Set<number>();
  for (const code of terminators) {
    const char = String.fromCharCode(code);
    if (char !== '.' && char !== '…' && char !== '۔') strongTerminators.add(code);
  }
  const closers = new Set<number>(closingBrackets.map((c) => c.charCodeAt(0)));
  const openers = new Set<number>(openingBrackets.map((c) => c.charCodeAt(0)));
  for (const [open, close] of seg.quotePairs) {
    if (close.length === 1) closers.add(close.charCodeAt(0));
    if (open.length === 1) openers.add(open.charCodeAt(0));
  }
  const lastWordAsWritten = (abbreviation: string) => {
    const parts = abbreviation.trim().split(/\s+/);
    return parts[parts.length - 1] ?? '';
  };
  const lower = (word: string) => word.toLowerCase();
  const abbreviationsAsWritten = seg.abbreviations.map(lastWordAsWritten);
  const mayEndAbbreviationsAsWritten = (seg.mayEndAbbreviations ?? []).map(lastWordAsWritten);
  const mayEndAbbreviations = new Set(mayEndAbbreviationsAsWritten.map(lower));
  const abbreviations = new Set(abbreviationsAsWritten.map(lower));
  const capitalised = new Set(abbreviationsAsWritten.filter((word) => word !== lower(word)).map(lower));
  const own = seg.pageMarkers ?? {};
  const shared = profile === generic ? {} : (generic.segmentation.pageMarkers ?? {});
  const merge = (key: keyof PageMarkers) =>
    new Set([...(own[key] ?? []), ...(shared[key] ?? [])].map((marker) => normaliseLine(marker)));
  const isTerminator = new Uint8Array(0x10000);
  for (const code of terminators) isTerminator[code] = 1;
  const spacelessTerminators = new Set([...terminators].filter((code) => code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff61));
  return {
    terminators,
    isTerminator,
    spacelessTerminators,
    strongTerminators,
    closers,
    openers,
    abbreviations,
    mayEndAbbreviations,
    abbreviationsAsWritten: new Set(abbreviationsAsWritten),
    mayEndAbbreviationsAsWritten: new Set(mayEndAbbreviationsAsWritten),
    lowercaseOnlyAbbreviations: new Set([...abbreviations].filter((word) => !capitalised.has(word))),
    markers: {
      source: merge('source'),
      comments: merge('comments'),
      endOfArticle: merge('endOfArticle'),
      byline: merge('byline'),
      lines: merge('lines'),
      imageLabels: merge('imageLabels'),
    },
    imageLabels: [...merge('imageLabels')],
    languageCode: profile.code,
    ...optionalForeignLetters(profile),
    ...optionalOrdinalDots(profile),
  };
}

function optionalOrdinalDots(profile: LanguageProfile): Pick<CompiledRules, 'ordinalDotAfter' | 'ordinalDotMonths'> {
  const ordinalDots = profile.segmentation.ordinalDots;
  if (ordinalDots === undefined) return {};
  return {
    ordinalDotAfter: new Set(ordinalDots.after.map((word) => word.toLowerCase())),
    ordinalDotMonths: new Set(Object.keys(profile.anchors.monthNames).map((word) => word.toLowerCase())),
  };
}

function optionalForeignLetters(profile: LanguageProfile): Pick<CompiledRules, 'isForeignLetter'> {
  const isForeignLetter = foreignLetterTest(profile);
  return isForeignLetter ? { isForeignLetter } : {};
}

/** Lowercase, single-spaced, trimmed: how lines are compared with markers. */
export function normaliseLine(line: string): string {
  let out = '';
  let pendingSpace = false;
  for (const char of line) {
    const code = char.charCodeAt(0);
    if (code <= 0x20 || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200f) || code === 0xfeff) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += char;
  }
  return out.toLowerCase().replace(/[’‘`]/g, "'");
}
