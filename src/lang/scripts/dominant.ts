// Which script a text is mostly written in, counted over its first letters by code point (fast: it reads
// every letter up to the sample).

/** A script as {@link dominantScriptOf} tells it. */
export type DominantScript = 'latin' | 'cyrillic' | 'arabic' | 'other';

/** Letters read to tell a text's script. */
const scriptSampleLetters = 2000;

/** The script most of the first letters of `sentences` are in: 'latin', 'cyrillic', 'arabic' or 'other'. */
export function dominantScriptOf(sentences: ReadonlyArray<{ readonly text: string }>): DominantScript {
  const counts = { latin: 0, cyrillic: 0, arabic: 0, other: 0 };
  let seen = 0;
  for (const sentence of sentences) {
    const text = sentence.text;
    for (let i = 0; i < text.length && seen < scriptSampleLetters; i++) {
      const code = text.charCodeAt(i);
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) counts.latin++;
      else if (code >= 0x400 && code <= 0x52f) counts.cyrillic++;
      else if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f)) counts.arabic++;
      else if (code > 0x24f && /\p{L}/u.test(text[i]!)) counts.other++;
      else continue;
      seen++;
    }
    if (seen >= scriptSampleLetters) break;
  }
  let best: keyof typeof counts = 'latin';
  for (const script of ['cyrillic', 'arabic', 'other'] as const) if (counts[script] > counts[best]) best = script;
  return best;
}
