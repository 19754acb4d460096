// Adversarial inputs per pattern family, shared by tests/adversarial/linear-time.slow.test.ts and
// benchmarks/robustness.ts. Each is one short unit repeated: runs of digits with separators, dots,
// initials, capitals, letter runs in each script, clitic chains, pipes, URLs, hyphens, quotes — the
// shapes that make backtracking regexes over overlapping classes go quadratic or exponential.

/** A unit repeated to the wanted length, and the language whose rules read it. */
export interface AdversarialFamily {
  name: string;
  unit: string;
  lang: string;
}

export const adversarialFamilies: readonly AdversarialFamily[] = [
  { name: 'digits with dot separators 1.1.1.1…', unit: '1.', lang: 'nl' },
  { name: 'digits with space and NBSP separators 1 1 1 …', unit: '1 1\u00a0', lang: 'uk' },
  { name: 'Arabic-Indic digits with Arabic separators ٢٬٣٫', unit: '٢٬٣٫', lang: 'ar' },
  { name: 'dots ....', unit: '.', lang: 'nl' },
  { name: 'initials a.a.a.', unit: 'a.', lang: 'sv' },
  { name: 'spaces and tabs', unit: ' \t', lang: 'nl' },
  { name: 'capitalised words A A A', unit: 'A ', lang: 'id' },
  { name: 'one long capitalised word Balalala…', unit: 'Bala', lang: 'nl' },
  { name: 'Cyrillic letter run with apostrophes', unit: "жʼ", lang: 'uk' },
  { name: 'Arabic letter run', unit: 'ن', lang: 'ar' },
  { name: 'Arabic clitic chain وووو', unit: 'و', lang: 'ar' },
  { name: 'Arabic clitic prefixes as one word وبالوبال…', unit: 'وبال', lang: 'ar' },
  { name: 'pipes |||', unit: '|', lang: 'uk' },
  { name: 'URL-ish http://a.a.a…', unit: 'http://a.a', lang: 'nl' },
  { name: 'hyphen chains a-a-a-', unit: 'a-', lang: 'uk' },
  { name: 'quotes «««', unit: '«', lang: 'uk' },
  { name: 'date- and ordinal-like 20/02/10-ї', unit: '20/02/10-ї', lang: 'uk' },
];

/** `unit` repeated and cut to exactly `length` UTF-16 code units. */
export function buildAdversarial(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
