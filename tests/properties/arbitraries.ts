// Generators shared by the property tests: text that is hostile to a segmenter, an anchor
// extractor and a reporter. Not a test file (the runner picks up *.test.ts only).
import fc from 'fast-check';

/** Pieces that break naive text handling: lone surrogates, marks, joiners, odd line breaks. */
export const nastyPieces: readonly string[] = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83D', '\uDE00b', // lone surrogate halves
  '\u0301', '\u0651', 'e\u0301\u0302', // combining marks (acute, Arabic shadda)
  '\u200F', '\u200E', '\u061C', '\u202E', '\u2066', '\u2069', // RTL/LTR marks and overrides
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width characters, BOM
  '👩‍👩‍👧', '🇺🇦', '👍🏽', '😀', // emoji with ZWJ, flags, skin tone
  '\u00A0', '\u202F', '\u3000', '\t', '\v', '\f', // unusual spaces
  '\r\n', '\r', '\n', '\n\n', '\u2028', '\u2029', '\u0085', // line breaks
  '. ', '.', '!', '?', '…', '...', '؟', '۔', '?!', '.\u00A0', // terminators
  '«', '»', '„', '“', '”', '"', "'", '’', '(', ')', '|', '<', '>', '&', // quotes, brackets, HTML
  'р.', 'ім.', 'bijv.', 'o.a.', 'bl.a.', 't.ex.', 'Tn.', 'dll.', 'J.', 'A. B.', // abbreviations, initials
  '1.435', '1 435', '18.30', '1,5', '٢٠٢٥', '١٬٤٣٥', '20/02/2025', '1950–2025', '10-ї', '15:e', 'ke-10', // numbers
  'Київ', 'Нгуєн Суан Тханг', 'Китаю', 'лютого', 'В\'єтнаму', // Cyrillic
  'والصين', 'نغوين شوان ثانغ', 'فبراير', 'وووو', 'ال', // Arabic with clitics
  'Quang Ninh', 'Guangxi', 'februari', 'Tiongkok', 'Kinas', 'COVID-19', 'v1.2.3', 'https://a.b/c?d=1', // Latin
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '%0A::error::x', '\u0000', '\u001B[31m', // injection
];

/** Any single UTF-16 code unit, surrogate halves included. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Strings mixing nasty pieces, arbitrary code points and arbitrary code units. */
export const nastyText = (maxPieces = 40): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...nastyPieces) },
        { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
        { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 4 }) },
        { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '. ', '\n') },
        { weight: 3, arbitrary: fc.stringMatching(/^[A-ZА-Я][a-zа-яі]{1,8}$/) },
      ),
      { maxLength: maxPieces },
    )
    .map((pieces) => pieces.join(''));

/** Language codes the public functions must accept: full profiles, generic, unknown, regional. */
export const anyLang = fc.constantFrom('uk', 'nl', 'id', 'sv', 'ar', 'und', 'xx', 'nl-BE', 'zz-Latn');

/** Every property file counts its properties and runs through this, for the closing note. */
export const propertyTally = { properties: 0, runs: 0 };

/** fc.assert with a fixed seed (repeatable in CI) and the run count recorded. */
export async function assertProperty<Ts>(property: fc.IRawProperty<Ts>, numRuns: number): Promise<void> {
  propertyTally.properties += 1;
  propertyTally.runs += numRuns;
  await fc.assert(property, { numRuns, seed: 20250220 });
}

/** One line for the test log: how many properties and generated cases a file ran. */
export function tallyLine(file: string): string {
  return `${file}: ${propertyTally.properties} properties, ${propertyTally.runs} runs`;
}
