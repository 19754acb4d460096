// check() as callers use it: argument errors, options (severity, off, suppress, aliases), determinism,
// and the link repairs the rules rely on for translations.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { withImpliedLinks } from '../../src/check/check.js';
import { check, parseConfig } from '../../src/index.js';
import { makeDocument } from './helpers.js';

const pair = [
  { lang: 'nl', sentences: ['De partijen ondertekenden 29 samenwerkingsovereenkomsten in Ha Long.', 'Het bezoek duurde twee dagen.'] },
  { lang: 'ar', sentences: ['وقع الطرفان 12 اتفاقية تعاون في ها لونغ.', 'استمرت الزيارة يومين.'] },
];

describe('check()', () => {
  it('throws on arguments of the wrong shape, naming them', () => {
    assert.throws(() => check('nl.txt' as never), (e: unknown) => e instanceof TypeError && /docs/u.test(e.message));
    assert.throws(() => check([null as never]), (e: unknown) => e instanceof TypeError && /docs\[0\]/u.test(e.message));
    assert.throws(() => check(pair, { rules: { 'no-such-rule': 'error' } } as never), (e: unknown) => e instanceof RangeError && /no-such-rule/u.test(e.message));
    assert.throws(() => check(pair, { colour: true } as never), (e: unknown) => e instanceof RangeError && /colour/u.test(e.message));
  });

  it('applies configured severities, turns rules off and suppresses findings by id', () => {
    const base = check(pair, { mode: 'parallel' });
    const finding = base.findings.find((f) => f.rule === 'count-mismatch');
    assert.ok(finding);
    assert.equal(check(pair, { mode: 'parallel', rules: { 'count-mismatch': 'warning' } }).findings.find((f) => f.rule === 'count-mismatch')?.severity, 'warning');
    assert.equal(check(pair, { mode: 'parallel', rules: { 'count-mismatch': 'off' } }).findings.some((f) => f.rule === 'count-mismatch'), false);
    assert.equal(check(pair, { mode: 'parallel', suppress: [finding.id] }).findings.some((f) => f.id === finding.id), false);
  });

  it('gives the same findings and ids in every run and any order, and nothing to compare for one document', () => {
    const once = check(pair, { mode: 'parallel' });
    const again = check([...pair].reverse(), { mode: 'parallel' });
    assert.deepEqual(again.findings.map((f) => f.id), once.findings.map((f) => f.id));
    assert.deepEqual(
      again.findings.map((f) => f.evidence.map((e) => again.documents[e.document]!.lang)),
      once.findings.map((f) => f.evidence.map((e) => once.documents[e.document]!.lang)),
    );
    const single = check([pair[0]!]);
    assert.deepEqual(single.findings, []);
    assert.deepEqual(single.clusters, []);
    assert.deepEqual(check([]).findings, []);
  });

  it('dismisses the showcase name variants with the aliases of a config file', () => {
    const corpus = new URL('../../corpora/spring-meeting-2025/', import.meta.url);
    const docs = ['uk', 'nl', 'id', 'sv', 'ar'].map((lang) => ({ lang, text: readFileSync(new URL(`${lang}.txt`, corpus), 'utf8') }));
    const options = parseConfig(
      JSON.stringify({ aliases: { 'Tran Cuong': ['Chen Gang', 'Чень Ган', 'Чан Ккуонг', 'Чан Квионг', 'تران كونج'], 'Nguyen Xuan Thang': ['Нгуєн Сюань Тханг'] } }),
    );
    const variants = check(docs, options).findings.filter((f) => f.rule === 'name-variant');
    const touches = (text: string) => variants.some((f) => f.evidence.some((e) => e.text.includes(text)));
    assert.equal(touches('Chen Gang'), false);
    assert.equal(touches('Нгуєн Сюань Тханг'), false);
  });
});

describe('links of translations', () => {
  const a = makeDocument({ lang: 'de', sentences: ['Eins.', 'Zwei mit 3 Bildern.', 'Drei.', 'Vier.', 'Fünf.'] });
  const b = makeDocument({ lang: 'fr', sentences: ['Un.', 'Deux avec 8 illustrations.', 'Trois.', 'Quatre.', 'Cinq.'] });

  it('reads sentences left unaligned between two links as each other\'s translation', () => {
    const links = withImpliedLinks([{ a: [0], b: [0], score: 0.9 }, { a: [], b: [1], score: 0 }, { a: [1], b: [], score: 0 }, { a: [2], b: [2], score: 0.8 }], a, b);
    assert.deepEqual(links.map((l) => [l.a, l.b]), [[[0], [0]], [[1], [1]], [[2], [2]]]);
    assert.equal(links[1]!.score, 0.8);
  });

  it('attaches a sentence on one side only to the neighbouring link it balances', () => {
    const long = makeDocument({ lang: 'de', sentences: ['Eins.', 'Zwei und drei, ein langer Satz mit vielen Wörtern darin.', 'Vier.'] });
    const short = makeDocument({ lang: 'fr', sentences: ['Un.', 'Deux,', 'et trois, une longue phrase avec des mots.', 'Quatre.'] });
    const links = withImpliedLinks([{ a: [0], b: [0], score: 0.9 }, { a: [1], b: [1], score: 0.9 }, { a: [2], b: [3], score: 0.9 }], long, short);
    assert.deepEqual(links.map((l) => [l.a, l.b]), [[[0], [0]], [[1], [1, 2]], [[2], [3]]]);
  });

  it('finds a changed number in a pre-segmented translation', () => {
    const de = [
      'Die Expedition von Ernst Reiss erreichte am 18. Mai 1956 den Gipfel des Lhotse in Nepal.',
      'Mit 3 Bildern und einer Karte von Marcel Kurz.',
      'Die Mannschaft von Albert Eggler stieg über den Khumbu-Gletscher zum Südsattel auf.',
      'Am 23. Mai standen Jürg Marmet und Ernst Schmied auf dem Mount Everest.',
    ];
    const fr = [
      "L' expédition d' Ernst Reiss atteignit le 18 mai 1956 le sommet du Lhotse au Népal.",
      'Avec 8 illustrations et une carte de Marcel Kurz.',
      "L' équipe d' Albert Eggler monta par le glacier du Khumbu jusqu' au col Sud.",
      'Le 23 mai , Jürg Marmet et Ernst Schmied se tenaient sur le Mont Everest.',
    ];
    const result = check([{ lang: 'de', sentences: de }, { lang: 'fr', sentences: fr }], { mode: 'parallel' });
    const finding = result.findings.find((f) => f.rule === 'count-mismatch');
    assert.ok(finding, JSON.stringify(result.findings));
    assert.deepEqual(new Set(finding.evidence.map((e) => e.text)), new Set(['3', '8']));
  });

  it('reads "camp IV" as the "Lager 4" of the translation, not as a count left over', () => {
    const de = [
      'Die Expedition von Ernst Reiss erreichte am 18. Mai 1956 den Gipfel des Lhotse in Nepal.',
      'Zurück blieben nur die vier Bergsteiger ; sie stampften den Platz für Lager 4 ( 6300 m ) fest.',
      'Am 23. Mai standen Jürg Marmet und Ernst Schmied auf dem Mount Everest.',
    ];
    const fr = [
      "L' expédition d' Ernst Reiss atteignit le 18 mai 1956 le sommet du Lhotse au Népal.",
      'Les deux porteurs redescendent , laissant les quatre hommes tasser la neige pour la tente du camp IV ( 6300 m ).',
      'Le 23 mai , Jürg Marmet et Ernst Schmied se tenaient sur le Mont Everest.',
    ];
    const result = check([{ lang: 'de', sentences: de }, { lang: 'fr', sentences: fr }], { mode: 'parallel' });
    assert.deepEqual(result.findings.filter((f) => f.severity !== 'info'), []);
  });
});

describe('clusters of check()', () => {
  it('put each sentence in at most one cluster, of neighbouring sentences, across two or more documents', () => {
    const corpus = new URL('../../corpora/spring-meeting-2025/', import.meta.url);
    const docs = ['nl', 'ar', 'sv'].map((lang) => ({ lang, text: readFileSync(new URL(`${lang}.txt`, corpus), 'utf8') }));
    const { clusters } = check(docs);
    assert.ok(clusters.length > 5);
    const seen = new Set<string>();
    for (const cluster of clusters) {
      assert.ok(cluster.members.length >= 2);
      assert.ok(cluster.score >= 0 && cluster.score <= 1);
      for (const member of cluster.members) {
        assert.ok(Math.max(...member.sentences) - Math.min(...member.sentences) <= 2);
        for (const s of member.sentences) {
          const key = `${member.document}:${s}`;
          assert.equal(seen.has(key), false, `sentence ${key} in two clusters`);
          seen.add(key);
        }
      }
    }
  });
});
