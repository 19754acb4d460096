// Name-reading probe (issues #14, #17): how often the extractor reads a person's name where a sentence
// writes it, per language, before any rule compares names. The stories of the name-rendering probe
// (benchmarks/lib/name-stories.ts, synthetic; no corpus text), all nine versions analysed together as
// `check` analyses them. A name counts where the sentence writes it as the table does (a name a
// language declines, Russian and Ukrainian mostly, is found only in the nominative); it is read
// exactly when one entity covers it and at most a glued clitic, with extra words when an entity
// covers it and another word, in part when entities cover only some of it.
//
// Run: npx tsx benchmarks/name-reads.ts [--list] [--lang ar]
import { analyse } from '../src/analyse/index.js';
import { renderingLanguages } from './lib/name-renderings.js';
import { stories, storyNames, storyPlan, storyVersion } from './lib/name-stories.js';
import { argument } from './lib/args.js';
import { markdownTable } from './lib/results.js';

type Verdict = 'exact' | 'extra words' | 'in part' | 'not read';
const verdicts: readonly Verdict[] = ['exact', 'extra words', 'in part', 'not read'];
/** Letters a proclitic glued to a name may add before it (Arabic `و`, `ب`, `لل`) and still be read exactly. */
const maxGluedLetters = 3;

const list = process.argv.includes('--list');
const onlyLang = argument('--lang');
const langs = renderingLanguages.filter((lang) => onlyLang === undefined || lang === onlyLang);
const tally = new Map(langs.map((lang) => [lang, new Map(verdicts.map((v) => [v, 0]))]));
const listed: string[] = [];

stories.forEach((story, s) => {
  const versions = renderingLanguages.map((lang) => storyVersion(story, lang));
  const { documents, anchors } = analyse(renderingLanguages.map((lang, d) => ({ lang, sentences: versions[d]! })));
  renderingLanguages.forEach((lang, d) => {
    const counts = tally.get(lang);
    if (counts === undefined) return;
    for (let k = 0; k < storyPlan.length; k++) {
      const text = versions[d]![k]!;
      const base = documents[d]!.sentences[k]!.start;
      const entities = anchors[d]![k]!.filter((a) => a.type === 'entity').map((a) => ({ start: a.start - base, end: a.end - base, text: a.text }));
      for (const name of storyNames(story, lang, k)) {
        const start = text.indexOf(name);
        if (start < 0) continue;
        const end = start + name.length;
        const verdict = readingOf(text, start, end, entities);
        counts.set(verdict, counts.get(verdict)! + 1);
        if (list && verdict !== 'exact') listed.push(`- ${lang} ${verdict}, story ${s} sentence ${k} [${name}]: ${entities.filter((e) => e.start < end && e.end > start).map((e) => `\`${e.text}\``).join(', ')} — ${text}`);
      }
    }
  });
});

function readingOf(text: string, start: number, end: number, entities: ReadonlyArray<{ start: number; end: number }>): Verdict {
  const over = entities.filter((e) => e.start < end && e.end > start);
  if (over.length === 0) return 'not read';
  const covering = over.find((e) => e.start <= start && e.end >= end);
  if (covering === undefined) return 'in part';
  const outside = text.slice(covering.start, start) + text.slice(end, covering.end);
  return /\s/u.test(outside) || outside.length > maxGluedLetters ? 'extra words' : 'exact';
}

console.log(`# Name-reading probe: ${stories.length} stories × ${storyPlan.length} sentences, nine versions analysed together\n`);
console.log(
  markdownTable(
    ['lang', 'names written as the table writes them', ...verdicts],
    [...tally].map(([lang, counts]) => {
      const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
      return [lang, String(total), ...verdicts.map((v) => (total === 0 ? '–' : `${counts.get(v)} (${((100 * counts.get(v)!) / total).toFixed(0)}%)`))];
    }),
  ),
);
if (list) console.log(`\n## Not read exactly\n\n${listed.join('\n')}`);
