// The phonetic skeleton of Latin text, for cross-script name keys (src/anchors/key.ts): consonants fall
// into classes (g/h/gh/kh/k/q/c → K; j/zh/z/dj/gi → J; s/x/sh/ch/tr/ts → S; p/ph/f/v → P; t/th → T;
// n/ng/nh → N), every run of vowels and semivowels becomes one class (A, U or I), repeated classes
// collapse, and a final vowel may be dropped. Lives here as it reads Latin letters and their sounds.

// Multi-letter units first, so that `ngh`, `kh`, `tkh` win over their single letters.
const skeletonUnits: ReadonlyArray<readonly [string, string]> = [
  ['tkh', 'T'], ['ngh', 'N'], ['nkh', 'N'], ['shch', 'S'], ['tsh', 'S'], ['ng', 'N'], ['nh', 'N'], ['nj', 'N'],
  ['kh', 'K'], ['gh', 'K'], ['gi', 'J'], ['zh', 'J'], ['dj', 'J'], ['dh', 'D'], ['ch', 'S'], ['sh', 'S'], ['tr', 'S'],
  ['ts', 'S'], ['th', 'T'], ['ph', 'P'], ['qu', 'K'],
  ['k', 'K'], ['g', 'K'], ['h', 'K'], ['q', 'K'], ['c', 'K'], ['j', 'J'], ['z', 'J'], ['s', 'S'], ['x', 'S'],
  ['p', 'P'], ['f', 'P'], ['v', 'P'], ['b', 'B'], ['t', 'T'], ['d', 'D'], ['n', 'N'], ['m', 'M'], ['l', 'L'], ['r', 'R'],
  ['a', 'a'], ['e', 'e'], ['i', 'i'], ['o', 'o'], ['u', 'u'], ['y', 'y'], ['w', 'w'],
];

/** A run of vowels as it is read so far: its class is decided by the strongest vowel in it. */
interface VowelRun {
  length: number;
  hasA: boolean;
  hasBack: boolean;
}

/**
 * One class per run of vowel letters: `A` if it has an a (Quang, Xuan, Сюань, كوانغ), else `U` if it
 * has o, u or w (Cuong, Ккуонг, كوونغ, Nguyen, نغوين), else `I` (Ninh, Нінь, نينه). Arabic writes only
 * long vowels, so finer vowel distinctions would not survive it.
 */
function vowelClass(run: VowelRun): string {
  if (run.hasA) return 'A';
  if (run.hasBack) return 'U';
  return 'I';
}

/** The phonetic skeleton of Latin text (see the module comment). */
export function skeleton(latin: string, dropFinalVowel = true): string {
  const letters = latin.toLowerCase().replace(/[^a-z]/g, '');
  // Units go into an array: `out.endsWith` on a growing string flattens it every time (O(n²) on a long word).
  const units: string[] = [];
  // Flags, not the run's text: a word of 200,000 vowels made a string that every test re-read.
  const vowels: VowelRun = { length: 0, hasA: false, hasBack: false };
  const clearVowels = () => {
    vowels.length = 0;
    vowels.hasA = false;
    vowels.hasBack = false;
  };
  const push = (unit: string) => {
    if (units[units.length - 1] !== unit) units.push(unit);
  };
  for (let i = 0; i < letters.length; ) {
    let unit = '';
    let length = 1;
    for (const [from, to] of unitsByLetter.get(letters[i]!) ?? []) {
      if (letters.startsWith(from, i)) {
        unit = to;
        length = from.length;
        break;
      }
    }
    i += length;
    // `gi` is /z/ only before a vowel (Giang); `Nghi` ends in a vowel.
    if (unit === 'J' && length === 2 && letters[i - 2] === 'g' && !/[aeouy]/.test(letters[i] ?? '')) unit = 'K';
    // v after a velar is a glide: Квионг, like Kwang.
    if (unit === 'P' && letters[i - 1] === 'v' && vowels.length === 0 && units[units.length - 1]?.endsWith('K')) unit = 'w';
    if (unit === '') continue;
    if (unit === unit.toLowerCase()) {
      vowels.length += 1;
      if (unit.includes('a')) vowels.hasA = true;
      if (/[ouw]/.test(unit)) vowels.hasBack = true;
      continue;
    }
    if (vowels.length > 0) push(vowelClass(vowels));
    clearVowels();
    push(unit);
  }
  if (vowels.length > 0) push(vowelClass(vowels));
  if (dropFinalVowel && units.length > 1 && /^[AUI]$/.test(units[units.length - 1]!)) units.pop();
  return units.join('');
}

const unitsByLetter = new Map<string, Array<readonly [string, string]>>();
for (const unit of skeletonUnits) {
  const list = unitsByLetter.get(unit[0][0]!) ?? [];
  list.push(unit);
  unitsByLetter.set(unit[0][0]!, list);
}

/** The vowel classes and vowel letters a skeleton may hold: what is left once they go are its consonants. */
export const skeletonVowels = /[AUIaeiouyw]/g;

/** The vowel classes of a name key (`A`, `U`, `I`): every other class letter is a consonant. */
export const keyVowelClasses = 'AUI';

/**
 * A key with each class `merges` names written as the class it maps to, as a script that has one
 * letter for both writes it (`{ B: 'P' }`: `SAMB`, ترامب, → `SAMP`).
 */
export function mergeKeyClasses(key: string, merges: Readonly<Record<string, string>>): string {
  let out = '';
  for (const letter of key) out += merges[letter] ?? letter;
  return out;
}

/** The consonant classes of a key, in order, merged (see {@link mergeKeyClasses}): `SUMP` → `SMP`. */
export function keyConsonants(key: string, merges: Readonly<Record<string, string>> = {}): string {
  let out = '';
  for (const letter of mergeKeyClasses(key, merges)) if (!keyVowelClasses.includes(letter)) out += letter;
  return out;
}
