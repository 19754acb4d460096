// The showcase corpus: the anchors of every body sentence of the five articles, kept as a reviewed
// snapshot (corpora/spring-meeting-2025/gold/anchors.snapshot.md; `UPDATE_SNAPSHOT=1` rewrites it —
// review the diff), and every person and place resolving to one key across the languages.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractAnchors, segment, type Anchor, type EntityAnchor, type Sentence } from '../../src/index.js';

const languages = ['uk', 'nl', 'id', 'sv', 'ar'] as const;
const corpus = new URL('../../corpora/spring-meeting-2025/', import.meta.url);
const snapshotUrl = new URL('gold/anchors.snapshot.md', corpus);
const update = process.env.UPDATE_SNAPSHOT === '1';

interface CorpusEntity {
  name: string;
  kind: 'person' | 'place';
  key: string;
  forms: Partial<Record<(typeof languages)[number], string[]>>;
}
const { entities } = JSON.parse(readFileSync(new URL('../fixtures/anchors/corpus/entities.json', import.meta.url), 'utf8')) as {
  entities: CorpusEntity[];
};

/**
 * Sentences of the given kinds and their anchors; Arabic gets the names found in the four other
 * versions.
 */
function extractCorpus(kinds: ReadonlySet<string>): Map<string, Array<{ sentence: Sentence; anchors: Anchor[] }>> {
  const result = new Map<string, Array<{ sentence: Sentence; anchors: Anchor[] }>>();
  const bodies = new Map(
    languages.map((lang) => {
      const text = readFileSync(new URL(`${lang}.txt`, corpus), 'utf8');
      return [lang, segment(text, { lang }).filter((s) => kinds.has(s.kind))] as const;
    }),
  );
  const seen = new Set<string>();
  for (const lang of languages.filter((l) => l !== 'ar')) {
    const rows = bodies.get(lang)!.map((sentence) => ({ sentence, anchors: extractAnchors(sentence, { lang }) }));
    for (const { anchors } of rows) for (const a of anchors) if (a.type === 'entity') seen.add(a.value);
    result.set(lang, rows);
  }
  const knownNames = [...seen].sort();
  result.set('ar', bodies.get('ar')!.map((sentence) => ({ sentence, anchors: extractAnchors(sentence, { lang: 'ar', knownNames }) })));
  return result;
}

function describeAnchor(a: Anchor): string {
  const extra: string[] = [];
  if (a.type === 'number' && a.relation !== 'exact') extra.push(a.relation);
  if (a.type === 'number' && a.spelledOut) extra.push('word');
  if (a.type === 'number' && a.label) extra.push('label');
  if (a.type === 'entity') {
    extra.push(a.entityKind);
    if (a.gazetteerId) extra.push(`@${a.gazetteerId}`);
    if (a.country) extra.push(a.country);
  }
  return `${a.type} «${a.text}» = ${a.value}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
}

function renderSnapshot(extracted: Map<string, Array<{ sentence: Sentence; anchors: Anchor[] }>>): string {
  let md = `# Anchors of the showcase corpus\n\nEvery body sentence of the five articles (segmented by \`segment()\`) and the anchors \`extractAnchors()\` finds in it:\n\`type «surface» = normalised value (details)\`. Arabic is given the entity keys found in the four other versions as \`knownNames\`.\nWritten by \`UPDATE_SNAPSHOT=1 node scripts/run-tests.mjs tests/anchors/corpus\`; every change is reviewed as a diff.\n\n`;
  md += `## People and places: one key across languages\n\n| name | kind | key | forms (language: surface forms) |\n| --- | --- | --- | --- |\n`;
  for (const e of entities) {
    const forms = Object.entries(e.forms).map(([lang, list]) => `${lang}: ${list!.join(', ')}`).join('; ');
    md += `| ${e.name} | ${e.kind} | \`${e.key}\` | ${forms} |\n`;
  }
  for (const lang of languages) {
    md += `\n## ${lang}\n\n`;
    for (const { sentence, anchors } of extracted.get(lang)!) {
      const text = sentence.text.replace(/\s+/g, ' ');
      md += `- **${sentence.index}** ${text.length > 140 ? `${text.slice(0, 140)}…` : text}\n`;
      for (const a of anchors) md += `  - ${describeAnchor(a)}\n`;
    }
  }
  return md;
}

const extracted = extractCorpus(new Set(['body']));
/** People are also named in photo captions and headings (Чан Ккуонг, Чень Ган only appear there). */
const extractedWithCaptions = extractCorpus(new Set(['body', 'caption', 'heading']));

test('the anchors of every body sentence match the reviewed snapshot', () => {
  const rendered = renderSnapshot(extracted);
  if (update) writeFileSync(snapshotUrl, rendered);
  assert.equal(rendered, readFileSync(snapshotUrl, 'utf8'));
});

test('every anchor of the corpus slices back to its text', () => {
  for (const lang of languages) {
    const text = readFileSync(new URL(`${lang}.txt`, corpus), 'utf8');
    for (const { anchors } of extracted.get(lang)!) for (const a of anchors) assert.equal(text.slice(a.start, a.end), a.text);
  }
});

test('every person and place of the five articles resolves to one key across languages', () => {
  for (const entity of entities) {
    for (const [lang, forms] of Object.entries(entity.forms)) {
      const found = extractedWithCaptions.get(lang)!.flatMap(({ anchors }) => anchors).filter((a): a is EntityAnchor => a.type === 'entity');
      for (const form of forms!) {
        const matches = found.filter((a) => a.text === form);
        assert.ok(matches.length > 0, `${entity.name}: «${form}» not found in ${lang}`);
        for (const a of matches) assert.equal(a.value, entity.key, `${entity.name}: «${form}» (${lang})`);
      }
    }
  }
});

test('places carry the gazetteer country; people are not places', () => {
  const expected: Record<string, string> = { KANS: 'CN', DUNSIN: 'CN', PANSINKAN: 'CN', BAS: 'CN', LUNBIN: 'CN', KANIN: 'VN', KAJAN: 'VN', KAPUN: 'VN', MUNK: 'VN' };
  for (const lang of languages) {
    for (const { anchors } of extractedWithCaptions.get(lang)!) {
      for (const a of anchors) {
        if (a.type !== 'entity') continue;
        if (expected[a.value]) assert.equal(a.country, expected[a.value], `${a.text} (${lang})`);
        if (a.entityKind === 'person') assert.ok(a.gazetteerId === undefined || a.gazetteerId === 'ho-chi-minh' || a.gazetteerId === 'mao-zedong', `${a.text} (${lang})`);
      }
    }
  }
});
