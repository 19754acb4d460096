// Hand-built inputs for the HTML report tests: documents, clusters, anchors and findings that do not
// depend on the other stages.
import type { Anchor, Cluster, Finding, SegmentedDocument, SentenceKind } from '../../src/index.js';

/** A document whose sentences are joined with single spaces; offsets are computed, not typed. */
export function buildDocument(
  lang: string,
  sentences: ReadonlyArray<string | { text: string; kind: SentenceKind }>,
  path?: string,
): SegmentedDocument {
  let text = '';
  const built = sentences.map((entry, index) => {
    const sentenceText = typeof entry === 'string' ? entry : entry.text;
    if (index > 0) text += ' ';
    const start = text.length;
    text += sentenceText;
    return {
      index,
      start,
      end: text.length,
      text: sentenceText,
      paragraph: 0,
      kind: typeof entry === 'string' ? ('body' as const) : entry.kind,
    };
  });
  return { ...(path === undefined ? {} : { path }), lang, text, sentences: built };
}

/** An anchor over the first occurrence of `written` in sentence `sentence` of `document`. */
export function anchorAt(
  document: SegmentedDocument,
  sentence: number,
  written: string,
  type: 'number' | 'date' | 'entity' | 'country',
  value: string,
): Anchor {
  const holder = document.sentences[sentence]!;
  const local = holder.text.indexOf(written);
  if (local === -1) throw new Error(`fixture: "${written}" not in sentence ${sentence}`);
  const start = holder.start + local;
  const span = { start, end: start + written.length, text: written, value };
  switch (type) {
    case 'number':
      return { ...span, type, numeric: Number(value), relation: 'exact' };
    case 'date':
      return { ...span, type };
    case 'entity':
      return { ...span, type, entityKind: 'place' };
    case 'country':
      return { ...span, type };
  }
}

export function evidenceAt(
  documents: readonly SegmentedDocument[],
  document: number,
  sentence: number,
  written: string,
  value?: string,
): Finding['evidence'][number] {
  const holder = documents[document]!.sentences[sentence]!;
  const local = holder.text.indexOf(written);
  if (local === -1) throw new Error(`fixture: "${written}" not in document ${document} sentence ${sentence}`);
  const start = holder.start + local;
  return { document, sentence, start, end: start + written.length, text: written, ...(value ? { value } : {}) };
}

/** Three short versions of one story: sv labels Guangxi as Vietnamese, nl and ar say China. */
export function showcaseLike(): {
  documents: SegmentedDocument[];
  clusters: Cluster[];
  findings: Finding[];
  anchors: Anchor[][];
} {
  const nl = buildDocument(
    'nl',
    [
      'Het overleg vond plaats op 20 februari.',
      'De vijf provincies tekenden 29 overeenkomsten.',
      'De autonome regio Guangxi (China) was gastheer.',
      { text: 'Foto: de delegaties.', kind: 'caption' },
    ],
    'corpora/x/nl.txt',
  );
  const sv = buildDocument(
    'sv',
    [
      { text: 'Hem | Nyheter', kind: 'boilerplate' },
      'Parterna undertecknade 12 avtal.',
      'Den autonoma regionen Guangxi (Vietnam) deltog.',
    ],
    'corpora/x/sv.txt',
  );
  const ar = buildDocument(
    'ar',
    ['عقد الاجتماع في 20 فبراير.', 'وقعت المقاطعات 29 اتفاقية.', 'منطقة قوانغشي (الصين) استضافت الاجتماع.'],
    'corpora/x/ar.txt',
  );
  const documents = [nl, sv, ar];
  const clusters: Cluster[] = [
    { members: [{ document: 0, sentences: [0] }, { document: 2, sentences: [0] }], score: 0.9 },
    {
      members: [
        { document: 0, sentences: [1] },
        { document: 1, sentences: [1] },
        { document: 2, sentences: [1] },
      ],
      score: 0.8,
    },
    {
      members: [
        { document: 0, sentences: [2] },
        { document: 1, sentences: [2] },
        { document: 2, sentences: [2] },
      ],
      score: 0.85,
    },
  ];
  const findings: Finding[] = [
    {
      id: 'country-label:guangxi',
      rule: 'country-label',
      severity: 'error',
      message: 'sv places Guangxi in Vietnam (VN); nl and ar say China (CN).',
      evidence: [
        evidenceAt(documents, 1, 2, 'Vietnam', 'VN'),
        evidenceAt(documents, 0, 2, 'China', 'CN'),
        evidenceAt(documents, 2, 2, 'الصين', 'CN'),
      ],
    },
    {
      id: 'count-mismatch:agreements',
      rule: 'count-mismatch',
      severity: 'warning',
      message: 'sv says 12 agreements; nl and ar say 29.',
      evidence: [evidenceAt(documents, 1, 1, '12', '12'), evidenceAt(documents, 0, 1, '29', '29')],
    },
  ];
  const anchors: Anchor[][] = [
    [
      anchorAt(nl, 0, '20 februari', 'date', '--02-20'),
      anchorAt(nl, 1, '29', 'number', '29'),
      anchorAt(nl, 2, 'Guangxi', 'entity', 'guangxi'),
      anchorAt(nl, 2, 'China', 'country', 'CN'),
    ],
    [anchorAt(sv, 1, '12', 'number', '12'), anchorAt(sv, 2, 'Vietnam', 'country', 'VN')],
    [anchorAt(ar, 1, '29', 'number', '29'), anchorAt(ar, 2, 'الصين', 'country', 'CN')],
  ];
  return { documents, clusters, findings, anchors };
}
