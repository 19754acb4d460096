// Versions do not always agree on which lines are headings: a translator ends a headline with a full
// stop (body text), a page tags its title as a paragraph. Such a headline still aligns with the other
// version's heading, one to one, for a named extra cost (kindChange).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, check, defaultPenalties, toSegmentedDocument } from '../../src/index.js';

const nl = [
  'Overstromingen in Jakarta eisen 12 levens',
  '',
  'Bij zware overstromingen in de Indonesische hoofdstad Jakarta zijn op dinsdag 12 mensen om het leven gekomen. Volgens de autoriteiten moesten meer dan 19.000 inwoners hun huizen verlaten.',
].join('\n');
const sv = (deaths: number) =>
  [
    `Översvämningar i Jakarta kräver ${deaths} liv.`,
    '',
    'Vid svåra översvämningar i Indonesiens huvudstad Jakarta dog 12 personer på tisdagen. Enligt myndigheterna fick mer än 19 000 invånare lämna sina hem.',
  ].join('\n');

const pairs = (result: ReturnType<typeof align>) => result.links.map((link) => [link.a, link.b]);

describe('align: a headline that is a heading in one version and body text in another', () => {
  const docNl = toSegmentedDocument({ text: nl, lang: 'nl' });
  const docSv = toSegmentedDocument({ text: sv(12), lang: 'sv' });

  it('is segmented as a heading on one side and body on the other (the case under test)', () => {
    assert.equal(docNl.sentences[0]!.kind, 'heading');
    assert.equal(docSv.sentences[0]!.kind, 'body');
  });

  it('still shares a one-to-one bead with the other headline', () => {
    assert.ok(defaultPenalties.kindChange > 0);
    assert.deepEqual(pairs(align(docNl, docSv, { mode: 'parallel' })), [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    // A prohibitive price leaves the headlines unaligned: the cost, not a wall, is what decides.
    const forbidden = pairs(align(docNl, docSv, { mode: 'parallel', penalties: { kindChange: 100 } }));
    assert.ok(!forbidden.some(([a, b]) => a!.includes(0) || b!.includes(0)), JSON.stringify(forbidden));
  });

  it('never joins a heading into a wider bead with body text', () => {
    const result = align(docNl, docSv, { mode: 'parallel', penalties: { kindChange: 0 } });
    for (const link of result.links) if (link.a.includes(0) || link.b.includes(0)) assert.deepEqual([link.a, link.b], [[0], [0]]);
  });
});

describe('check: a fact in a headline that disagrees with the other version’s headline', () => {
  it('is a finding although one headline is a heading and the other body text', () => {
    const findings = check([{ lang: 'nl', text: nl }, { lang: 'sv', text: sv(15) }], { mode: 'parallel' }).findings;
    const inHeadline = findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info' && f.evidence.some((e) => e.sentence === 0));
    assert.equal(inHeadline.length, 1, JSON.stringify(findings.map((f) => [f.rule, f.severity, f.message])));
  });
});
