// A dual count carries its noun in its own word (Arabic `قدمين`, "two feet"; `يومين`, "two days"): the
// anchor stage's table of dual forms gives the noun, so the unit rules read the unit there.
import { foldWord, languageTables } from './deps.js';

/** The singular noun a spelled-out count of `lang` is the dual of (clitics and all), as a list: empty when none. */
export function dualNounsOf(text: string, lang: string): readonly string[] {
  if (text.includes(' ')) return [];
  const tables = languageTables(lang);
  const noun = tables.lookup(tables.dualNouns, foldWord(text));
  return noun === undefined ? [] : [noun];
}
