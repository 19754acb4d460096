import type { Evidence, Finding, SegmentedDocument, Sentence } from '../../src/index.js';

/** A segmented document built by hand: each string is one sentence, joined by `separator`. */
export function makeDocument(path: string, lang: string, sentences: readonly string[], separator = ' '): SegmentedDocument {
  const parts: Sentence[] = [];
  let text = '';
  sentences.forEach((sentence, index) => {
    if (index > 0) text += separator;
    parts.push({ index, start: text.length, end: text.length + sentence.length, text: sentence, paragraph: 0, kind: 'body' });
    text += sentence;
  });
  return { path, lang, text, sentences: parts };
}

/** Evidence pointing at the first occurrence of `needle` in sentence `sentence` of `document`. */
export function evidenceOf(documents: readonly SegmentedDocument[], document: number, sentence: number, needle: string, value?: string): Evidence {
  const target = documents[document]?.sentences[sentence];
  if (!target) throw new Error(`no sentence ${sentence} in document ${document}`);
  const local = target.text.indexOf(needle);
  if (local < 0) throw new Error(`${needle} not in ${target.text}`);
  const start = target.start + local;
  return { document, sentence, start, end: start + needle.length, text: needle, ...(value === undefined ? {} : { value }) };
}

/** A three-version check result with one error (12 vs 29) and one warning, for the reporters. */
export function sampleCheckResult(): { documents: SegmentedDocument[]; findings: Finding[] } {
  const documents = [
    makeDocument('corpora/x/sv.txt', 'sv', ['Mötet hölls i Ha Long.', 'De undertecknade 12 avtal.'], '\n'),
    makeDocument('corpora/x/id.txt', 'id', ['Pertemuan di Ha Long.', 'Kedua pihak menandatangani 29 perjanjian.'], '\n\n'),
    makeDocument('corpora/x/ar.txt', 'ar', ['عقد الاجتماع في ها لونغ.', 'وقع الجانبان 29 اتفاقية.'], '\n'),
  ];
  const findings: Finding[] = [
    {
      id: 'count-mismatch:abc123',
      rule: 'count-mismatch',
      severity: 'error',
      message: 'Swedish says 12 agreements where Indonesian and Arabic say 29.',
      evidence: [evidenceOf(documents, 0, 1, '12', '12'), evidenceOf(documents, 1, 1, '29', '29'), evidenceOf(documents, 2, 1, '29', '29')],
    },
    {
      id: 'date-mismatch:def456',
      rule: 'date-mismatch',
      severity: 'warning',
      message: 'Dates disagree, with a comma, a colon: and 100% certainty.',
      evidence: [evidenceOf(documents, 0, 0, 'Ha Long', '2025-02-20'), evidenceOf(documents, 1, 0, 'Ha Long', '2025-03-20')],
    },
  ];
  return { documents, findings };
}
