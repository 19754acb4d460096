/**
 * Debris: lines that translate to nothing. OCR and page extraction leave lines such as `- _-`,
 * `.....` or `24 a !` in one version only; joining them to a neighbour spoils a good bead, so they are
 * cheap to leave unaligned.
 *
 * @module
 */

/** Skip factor of a debris sentence (times the `skip` penalty). */
export const debrisSkipFactor = 0.25;

const letter = /\p{L}/u;
const digit = /\p{Nd}/u;

/**
 * Whether a sentence is debris: no two letters in a row and fewer than 3 digits (`- _-`, `24 a !`,
 * `C ) .`), so short real sentences (`Ja.`) and list numbers (`1. 1950 :`) are not.
 */
export function isDebris(text: string): boolean {
  let run = 0;
  let digits = 0;
  for (const char of text) {
    if (letter.test(char)) {
      if (++run >= 2) return false;
    } else {
      run = 0;
      if (digit.test(char) && ++digits >= 3) return false;
    }
  }
  return true;
}

/** For each sentence, the factor of the skip penalty: {@link debrisSkipFactor} for debris, else 1. */
export function skipFactors(texts: readonly string[]): Float64Array {
  return Float64Array.from(texts, (text) => (isDebris(text) ? debrisSkipFactor : 1));
}
