// A dual count carries its noun in its own word (Arabic `قدمين`, "two feet"; `يومين`, "two days"): the
// singular it is made from (AnchorRules.duals), so the unit rules read the unit there.
import { getProfile } from '../lang/index.js';
import { memoize } from '../anchors/memo.js';

/** Most clitics glued before a dual (`وبال` + noun: `و`, `ب`, `ال`). */
const maxClitics = 3;

/**
 * The singular nouns a word of `lang` may be the dual of, once its clitics are stripped (`بساعتين` →
 * `ساعة`); empty for a language without duals or a word with no dual ending. Lowercase.
 */
export const dualSingulars = memoize((key: string): readonly string[] => {
  const cut = key.indexOf('\u0000');
  const lang = key.slice(0, cut);
  const anchors = getProfile(lang).anchors;
  const duals = anchors.duals;
  if (duals === undefined) return [];
  let forms = [key.slice(cut + 1).toLowerCase()];
  for (let n = 0; n < maxClitics; n++) {
    const stripped = forms.flatMap((form) => anchors.cliticPrefixes.filter((p) => form.startsWith(p) && form.length > p.length + duals.minNounLetters).map((p) => form.slice(p.length)));
    forms = [...new Set([...forms, ...stripped])];
  }
  const singulars = new Set<string>();
  for (const form of forms) {
    for (const ending of duals.endings) {
      if (!form.endsWith(ending)) continue;
      const stem = form.slice(0, form.length - ending.length);
      singulars.add(stem);
      for (const [from, to] of duals.stemChanges ?? []) if (stem.endsWith(to)) singulars.add(stem.slice(0, stem.length - to.length) + from);
    }
  }
  return [...singulars].filter((noun) => noun.length >= duals.minNounLetters);
});

/** {@link dualSingulars} of a spelled-out count's text in `lang`. */
export function dualNounsOf(text: string, lang: string): readonly string[] {
  return text.includes(' ') ? [] : dualSingulars(`${lang}\u0000${text}`);
}
