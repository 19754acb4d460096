// The letters a language writes, read off its own word tables: a line written mostly in letters of the
// same script that the language never uses (Vietnamese `Độc lập - Tự do` on an Indonesian page, Russian
// `ы э` on a Ukrainian one) is in another language.
import type { AnchorRules, LanguageProfile } from './profile.js';

/** Letters of the scripts a profile may be written in (ISO 15924 → one letter of that script). */
const scriptLetter: Readonly<Record<string, RegExp>> = {
  Latn: /^\p{Script=Latn}$/u,
  Cyrl: /^\p{Script=Cyrl}$/u,
  Arab: /^\p{Script=Arab}$/u,
  Grek: /^\p{Script=Grek}$/u,
};

/** Every word the profile lists: segmentation abbreviations and page markers, anchor word tables. */
function wordsOf(profile: LanguageProfile): string[] {
  const segmentation = profile.segmentation;
  const anchors: AnchorRules = profile.anchors;
  const markers = Object.values(segmentation.pageMarkers ?? {}).flat();
  const tables = [anchors.numberWords, anchors.ordinalWords, anchors.scaleWords, anchors.monthNames, anchors.monthAbbreviations ?? {}, anchors.countryNames, anchors.approximations];
  const lists = [anchors.yearMarkers, anchors.percentWords, anchors.stopWords, anchors.openingWords, anchors.personTitles, anchors.coordinators, anchors.rangeWords, anchors.dayWords];
  return [...segmentation.abbreviations, ...markers, ...tables.flatMap((table) => Object.keys(table)), ...lists.flatMap((list) => list ?? [])];
}

/**
 * A test for letters foreign to the profile's language: letters of its own script that none of its
 * words uses, compared lowercase. Undefined when the profile lists too few words to know its alphabet
 * (the generic profile).
 */
export function foreignLetterTest(profile: LanguageProfile): ((char: string) => boolean) | undefined {
  const ownScript = scriptLetter[profile.script];
  if (ownScript === undefined) return undefined;
  const alphabet = new Set<string>();
  for (const word of wordsOf(profile)) for (const char of word.normalize('NFC').toLowerCase()) alphabet.add(char);
  if (alphabet.size < minimumAlphabet) return undefined;
  return (char) => ownScript.test(char) && !alphabet.has(char.toLowerCase());
}

/** Fewer distinct letters than this in a profile's words tell too little about its alphabet. */
const minimumAlphabet = 20;
