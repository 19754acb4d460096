import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  align,
  type Alignment,
  type GoldAlignment,
  linksToBeads,
  parseBeadLines,
  resolveGoldBeads,
  restrictToCovered,
  scoreAlignments,
  type SegmentedDocument,
  type Sentence,
  type SentenceKind,
} from '../../src/index.js';
import { parallelYearbook, yearbookClauseCount } from './yearbook-fixture.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpusDir = `${root}corpora/spring-meeting-2025/`;

/** Every invariant a result must keep, in any mode. */
function assertWellFormed(result: Alignment): void {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const link of result.links) {
    assert.ok(link.score >= 0 && link.score <= 1, `score ${link.score} out of [0, 1]`);
    assert.ok(link.a.length > 0 && link.b.length > 0, 'links join sentences on both sides');
    for (const x of link.a) {
      assert.ok(x >= 0 && x < result.a.sentences.length);
      assert.ok(!usedA.has(x), `sentence ${x} of A used twice`);
      usedA.add(x);
    }
    for (const y of link.b) {
      assert.ok(y >= 0 && y < result.b.sentences.length);
      assert.ok(!usedB.has(y), `sentence ${y} of B used twice`);
      usedB.add(y);
    }
  }
  for (let k = 1; k < result.links.length; k++) assert.ok(result.links[k]!.a[0]! > result.links[k - 1]!.a[0]!, 'links in order of A');
}

function assertMonotone(result: Alignment): void {
  for (let k = 1; k < result.links.length; k++) {
    const previous = result.links[k - 1]!;
    const current = result.links[k]!;
    assert.ok(current.a[0]! > previous.a.at(-1)! && current.b[0]! > previous.b.at(-1)!, `link ${k} crosses the one before`);
  }
}

/** A SegmentedDocument from (text, kind) pairs, one per line. */
function documentOf(lang: string, parts: ReadonlyArray<readonly [string, SentenceKind]>): SegmentedDocument {
  let text = '';
  const sentences: Sentence[] = parts.map(([sentence, kind], index) => {
    if (index > 0) text += '\n';
    const start = text.length;
    text += sentence;
    return { index, start, end: text.length, text: sentence, paragraph: index, kind };
  });
  return { lang, text, sentences };
}

describe('align: parallel mode', () => {
  // Our own de–fr yearbook text in the shape of Text+Berg dev (which the tests may not read):
  // ~400 sentences a side, 1-2 / 2-1 beads, passages only one side has; the Text+Berg figure itself
  // is measured by benchmarks/align.ts.
  const { de, fr, gold } = parallelYearbook({ seed: 1, beads: 400 });
  const yearbook = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'parallel' });

  it('gives monotone links, each sentence at most once, scores in [0, 1]', () => {
    assertWellFormed(yearbook);
    assertMonotone(yearbook);
    assert.ok(yearbook.links.length > 300);
  });

  it('reaches strict F1 ≥ 0.85 on a de–fr parallel text with split, joined and one-sided sentences (no language profile)', () => {
    const scores = scoreAlignments([gold], [linksToBeads(yearbook.links, de.length, fr.length)]);
    assert.ok(scores.f1Strict >= 0.85, `strict F1 ${scores.f1Strict.toFixed(3)}`);
    assert.ok(scores.f1Lax >= 0.9, `lax F1 ${scores.f1Lax.toFixed(3)}`);
  });

  it('matches the hand-made nl–ar gold of the showcase corpus (strict F1 ≥ 0.95) and picks parallel on its own', () => {
    const result = align(
      { text: readFileSync(`${corpusDir}nl.txt`, 'utf8'), lang: 'nl' },
      { text: readFileSync(`${corpusDir}ar.txt`, 'utf8'), lang: 'ar' },
    );
    assert.equal(result.mode, 'parallel');
    assertWellFormed(result);
    assertMonotone(result);
    const goldFile = JSON.parse(readFileSync(`${corpusDir}gold/alignment.nl-ar.json`, 'utf8')) as GoldAlignment;
    const gold = resolveGoldBeads(goldFile, result.a, result.b);
    const test = restrictToCovered(linksToBeads(result.links, result.a.sentences.length, result.b.sentences.length), gold.coveredA, gold.coveredB);
    const scores = scoreAlignments([gold.beads], [test]);
    assert.ok(scores.f1Strict >= 0.95, `strict F1 ${scores.f1Strict.toFixed(3)}`);
  });

  it('aligns long documents (searched in a band, not the full grid) with deletions on both sides', () => {
    // The first 3000 1-1 sentence pairs of a long yearbook, 3% deleted on each side (seeded).
    const long = parallelYearbook({ seed: 2, beads: 4800 });
    const oneToOne = long.gold.filter(([x, y]) => x.length === 1 && y.length === 1).slice(0, 3000);
    assert.equal(oneToOne.length, 3000);
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const a: string[] = [];
    const b: string[] = [];
    const truth = new Map<number, number>();
    for (const [[x], [y]] of oneToOne) {
      const keepA = next() >= 0.03;
      const keepB = next() >= 0.03;
      if (keepA && keepB) truth.set(a.length, b.length);
      if (keepA) a.push(long.de[x!]!);
      if (keepB) b.push(long.fr[y!]!);
    }
    const result = align({ sentences: a, lang: 'de' }, { sentences: b, lang: 'fr' }, { mode: 'parallel' });
    assertWellFormed(result);
    assertMonotone(result);
    let right = 0;
    for (const link of result.links) if (link.a.length === 1 && link.b.length === 1 && truth.get(link.a[0]!) === link.b[0]) right++;
    assert.ok(right / truth.size >= 0.9, `${right} of ${truth.size} pairs found`);
  });

  it('joins a sentence split in two in the other version (1-2 bead)', () => {
    const result = align(
      { sentences: ['Die Hütte liegt auf 2400 Metern und bietet 40 Schlafplätze für Bergsteiger aus Zermatt.', 'Sie ist im Sommer offen.'], lang: 'de' },
      { sentences: ['La cabane se trouve à 2400 mètres.', 'Elle offre 40 places pour les alpinistes de Zermatt.', 'Elle est ouverte en été.'], lang: 'fr' },
      { mode: 'parallel' },
    );
    assert.deepEqual(result.links[0]?.a, [0]);
    assert.deepEqual(result.links[0]?.b, [0, 1]);
  });

  it('leaves OCR debris unaligned instead of joining it to a neighbour', () => {
    const result = align(
      {
        sentences: [
          'Die Hütte liegt auf 2400 Metern und bietet 40 Schlafplätze.',
          'Im Sommer 1956 war sie von Juni bis September offen.',
          'Der Hüttenwart heisst Peter Zurbriggen.',
        ],
        lang: 'de',
      },
      {
        sentences: [
          'La cabane se trouve à 2400 mètres et offre 40 places.',
          '- _-',
          "En été 1956 elle était ouverte de juin à septembre.",
          '24 a !',
          'Le gardien est Peter Zurbriggen.',
        ],
        lang: 'fr',
      },
      { mode: 'parallel' },
    );
    assert.deepEqual(
      result.links.map((link) => [link.a, link.b]),
      [
        [[0], [0]],
        [[1], [2]],
        [[2], [4]],
      ],
    );
  });

  it('lets boilerplate take part in nothing and captions link only to captions', () => {
    const a = documentOf('nl', [
      ['Menu Nieuws Sport', 'boilerplate'],
      ['Kameraad Vu Dai Thang ontmoette Tran Cuong in Quang Ninh op 20 februari 2025.', 'body'],
      ['Kameraad Vu Dai Thang ontmoette Tran Cuong in Quang Ninh op 20 februari 2025.', 'caption'],
      ['De twee provincies tekenden 29 overeenkomsten.', 'body'],
      ['Reactie (0)', 'boilerplate'],
    ]);
    const b = documentOf('sv', [
      ['Kamrat Vu Dai Thang träffade Tran Cuong i Quang Ninh den 20 februari 2025.', 'body'],
      ['De två provinserna undertecknade 29 avtal.', 'body'],
      ['Kommentar (0)', 'boilerplate'],
    ]);
    for (const mode of ['parallel', 'comparable'] as const) {
      const result = align(a, b, { mode });
      assertWellFormed(result);
      for (const link of result.links) {
        for (const x of link.a) for (const y of link.b) assert.equal(a.sentences[x]!.kind, b.sentences[y]!.kind, `${mode}: ${x}–${y} mixes kinds`);
      }
      assert.deepEqual(
        result.links.map((link) => [link.a, link.b]),
        [
          [[1], [0]],
          [[3], [1]],
        ],
        mode,
      );
    }
  });
});

describe('align: comparable mode', () => {
  it('finds matches out of order and leaves unrelated sentences unaligned', () => {
    const a = [
      'Quang Ninh and Guangxi signed 29 agreements on 21 February.',
      'The weather was cold in the morning.',
      'Nguyen Xuan Thang opened the conference in Ha Long.',
      'The 75th anniversary of relations falls in 2025.',
    ];
    const b = [
      'Het 75-jarig jubileum van de betrekkingen valt in 2025.',
      'Nguyen Xuan Thang opende de conferentie in Ha Long.',
      'Er werd veel gegeten.',
      'Quang Ninh en Guangxi tekenden op 21 februari 29 overeenkomsten.',
    ];
    const result = align({ sentences: a, lang: 'en' }, { sentences: b, lang: 'nl' }, { mode: 'comparable' });
    assert.equal(result.mode, 'comparable');
    assertWellFormed(result);
    const pairs = new Set(result.links.map((link) => `${link.a[0]}-${link.b[0]}`));
    assert.ok(pairs.has('0-3'), 'first sentence matches the last');
    assert.ok(pairs.has('2-1'));
    assert.ok(pairs.has('3-0'));
    assert.ok(!result.links.some((link) => link.a[0] === 1 || link.b[0] === 2), 'unrelated sentences stay unaligned');
  });

  it('finds few confident links between two unrelated articles on one topic', () => {
    // A German yearbook from the first half of the clauses, a French one from the second half:
    // the same topic and register, no sentence in common.
    const half = Math.floor(yearbookClauseCount / 2);
    const { de } = parallelYearbook({ seed: 5, beads: 230, clauseRange: [0, half] });
    const { fr } = parallelYearbook({ seed: 6, beads: 270, clauseRange: [half, yearbookClauseCount] });
    const result = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'comparable' });
    const confident = result.links.filter((link) => link.score >= 0.7).length;
    assert.ok(confident <= 10, `${confident} links with confidence ≥ 0.7`);
  });

  it('honours minScore', () => {
    const a = { sentences: ['Guangxi signed 29 agreements in 2025.', 'Nothing in common here at all.'], lang: 'en' };
    const b = { sentences: ['Guangxi tekende 29 overeenkomsten in 2025.', 'Helemaal niets gemeen.'], lang: 'nl' };
    const strict = align(a, b, { mode: 'comparable', minScore: 0.99 });
    const loose = align(a, b, { mode: 'comparable', minScore: 0.1 });
    assert.ok(strict.links.every((link) => link.score >= 0.99));
    assert.ok(loose.links.length >= 1);
  });

  it('is what auto picks for two different articles on the same event', () => {
    const result = align(
      { text: readFileSync(`${corpusDir}uk.txt`, 'utf8'), lang: 'uk' },
      { text: readFileSync(`${corpusDir}id.txt`, 'utf8'), lang: 'id' },
    );
    assert.equal(result.mode, 'comparable');
    assertWellFormed(result);
    assert.ok(result.links.length > 0);
  });
});

describe('align: bad input', () => {
  it('gives no links for empty documents or one empty side', () => {
    assert.deepEqual(align({ sentences: [], lang: 'nl' }, { sentences: [], lang: 'ar' }).links, []);
    assert.deepEqual(align({ text: '', lang: 'nl' }, { text: 'Een zin. Nog een zin.', lang: 'nl' }).links, []);
    assert.deepEqual(align({ text: 'Een zin.', lang: 'nl' }, { sentences: [], lang: 'sv' }, { mode: 'comparable' }).links, []);
  });

  it('aligns identical documents on the diagonal with full confidence', () => {
    const text = readFileSync(`${corpusDir}sv.txt`, 'utf8');
    const result = align({ text, lang: 'sv' }, { text, lang: 'sv' });
    assert.equal(result.mode, 'parallel');
    assert.ok(result.links.length > 10);
    for (const link of result.links) {
      assert.deepEqual(link.a, link.b);
      assert.equal(link.score, 1);
    }
  });

  it('copes with 50,000 one-word sentences against a short document and against themselves', () => {
    const words = Array.from({ length: 50_000 }, (_, i) => ['Haus', 'Baum', 'Berg', 'See', '12', 'Zürich'][i % 6]!);
    const short = align({ sentences: words, lang: 'xx' }, { sentences: ['Berg', 'See', 'Zürich'], lang: 'yy' }, { mode: 'parallel' });
    assertWellFormed(short);
    assert.ok(short.links.length <= 3);
    const same = align({ sentences: words, lang: 'xx' }, { sentences: words, lang: 'xx' });
    assert.equal(same.links.length, 50_000);
  });

  it('reads adversarial 200 kB sentences in linear time (no regex backtracking)', () => {
    const digitsAndDots = '1.'.repeat(100_000);
    const letters = 'a'.repeat(200_000) + '1';
    const mixed = '12 345 '.repeat(30_000);
    const started = performance.now();
    const result = align({ sentences: [digitsAndDots, letters, mixed], lang: 'xx' }, { sentences: [mixed, letters], lang: 'yy' });
    assertWellFormed(result);
    assert.ok(performance.now() - started < 20_000);
    const lineStarted = performance.now();
    assert.throws(() => parseBeadLines(`[${'1,'.repeat(500_000)}`), SyntaxError);
    assert.ok(performance.now() - lineStarted < 5_000);
  });

  it('works for a language with no profile', () => {
    const result = align(
      { text: 'Le refuge est à 2400 m. Il ouvre en juin. Zermatt est proche.', lang: 'fr' },
      { text: 'Die Hütte liegt auf 2400 m. Sie öffnet im Juni. Zermatt ist nah.', lang: 'de' },
      { mode: 'parallel' },
    );
    assertWellFormed(result);
    assert.equal(result.links.length, 3);
  });

  it('rejects wrong arguments with errors that name them', () => {
    const doc = { sentences: ['x'], lang: 'nl' };
    const names = (pattern: RegExp) => (error: unknown) => error instanceof Error && pattern.test(error.message);
    assert.throws(() => align(doc, { lang: 'nl' } as never), TypeError);
    assert.throws(() => align({ text: 42, lang: 'nl' } as never, doc), names(/a\.text/));
    assert.throws(() => align(doc, { sentences: ['x'] } as never), names(/b\.lang/));
    assert.throws(() => align(doc, doc, 'parallel' as never), names(/options/));
    assert.throws(() => align(doc, doc, { minScore: 2 }), (error: unknown) => error instanceof RangeError && /minScore/.test(error.message));
    assert.throws(() => align(doc, doc, { beads: [[0, 0]] }), (error: unknown) => error instanceof RangeError && /beads/.test(error.message));
    assert.throws(() => align(doc, doc, { penalties: { jump: 1 } as never }), (error: unknown) => error instanceof RangeError && /penalties\.jump/.test(error.message));
  });
});
