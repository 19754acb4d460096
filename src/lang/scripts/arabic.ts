// Arabic-script orthography shared by the languages written in it: the article and the one-letter
// clitics written glued to the next word, and the letter variants folded before a look-up.

/** The definite article, written glued to its word (`الصين`). */
export const arabicArticle = 'ال';

/** The one-letter clitics that are conjunctions, "and" (`و`) and "so" (`ف`), written first when a preposition follows (`وب`). */
const conjunctionClitics: readonly string[] = ['و', 'ف'];
/** The one-letter clitics that are prepositions: "with/in" (`ب`), "to" (`ل`). */
const prepositionClitics: readonly string[] = ['ب', 'ل'];

/** One-letter clitics written glued to the next word: the conjunctions and the prepositions. */
export const arabicProclitics: readonly string[] = [...conjunctionClitics, ...prepositionClitics];

/** The preposition "to" (`ل`) before the article: the two are written `لل` (`للولايات`, not `لالولايات`). */
const contractedArticle = 'لل';

/**
 * The forms a word takes with the clitics written glued before it: a conjunction (`و`, `ف`), a
 * preposition (`ب`, `ل`) or both (`وب`), `ل` and the article contracted (`الولايات` → `للولايات`,
 * `وللولايات`). The forms {@link arabicCliticCandidates} takes apart again.
 */
export function arabicCliticForms(word: string): string[] {
  const forms: string[] = [];
  for (const conjunction of ['', ...conjunctionClitics]) {
    for (const preposition of ['', ...prepositionClitics]) {
      if (conjunction === '' && preposition === '') continue;
      forms.push(preposition === 'ل' && word.startsWith(arabicArticle) ? conjunction + contractedArticle + word.slice(arabicArticle.length) : conjunction + preposition + word);
    }
  }
  return forms;
}

/** A token that is the article alone, tatweel removed first (`الـ` before `10`). */
export const bareArticle = /^ال?ـ*$/;

/** The article drawn out with tatweel before digits (`الـ10`): an ordinal prefix. */
export const articleWithTatweel = /^ال?ـ+$/;

const arabicMarks = /[\u064b-\u065f\u0670\u0640]/g; // harakat, superscript alef, tatweel

/** The word without short vowels, tanween and tatweel, which are written or not (`ميلاً`, `ميلا`). */
export function withoutArabicMarks(word: string): string {
  return word.replace(arabicMarks, '');
}

/**
 * Whether a word ends in the feminine ending (ta marbuta, `ة`): native nouns and adjectives do
 * (`قانونية`, "legal"); a foreign name written in Arabic letters ends in alif instead (`روزا`, Rosa).
 */
export function endsInTaMarbuta(word: string): boolean {
  return withoutArabicMarks(word).endsWith('ة');
}

/** Whether the character is an Arabic-script letter. */
export function isArabicLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff);
}

/** Folds Arabic letter variants: no harakat or tatweel, hamza-carrying alefs as `ا`, `ى` as `ي`, `ة` as `ه`. */
export function foldArabicLetters(word: string): string {
  if (!/[\u0600-\u06ff]/.test(word)) return word;
  return word.replace(arabicMarks, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
}

/** Arabic names borrowed from other languages do not take the article; a leading ال is a clitic. */
export function stripArabicArticle(word: string): string {
  return word.length > 4 && word.startsWith(arabicArticle) ? word.slice(2) : word;
}

/**
 * The forms an Arabic-script word may stand for once its clitics are removed: `والصين` → `الصين`, `صين`;
 * `للصين` → `الصين`; `بالمئة` → `المئة`, `مئة`. The word itself comes first.
 */
export function arabicCliticCandidates(folded: string): string[] {
  const out = [folded];
  const push = (w: string) => {
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  };
  const afterConjunction = conjunctionClitics.includes(folded[0]!) && folded.length >= 3 ? [folded, folded.slice(1)] : [folded];
  for (const w of afterConjunction) {
    push(w);
    if (w.startsWith(contractedArticle) && w.length > 3) push(arabicArticle + w.slice(contractedArticle.length));
    else if (/^[بلك]/.test(w) && w.length > 3) push(w.slice(1));
  }
  for (const w of [...out]) if (w.startsWith(arabicArticle) && w.length > 3) push(w.slice(2));
  return out;
}
