// Amount-rendering probe (issue #17: scale words, number words in inflected forms): one amount written
// the ways each of the five languages writes it must be read as that amount, so that versions writing it
// differently agree and a changed one disagrees. Prints, per language, how many renderings read as the
// amount, and lists the others. Short sentences written for the probe (benchmarks/lib/amount-renderings.ts);
// no corpus text.
//
// Run: npx tsx benchmarks/amount-renderings.ts
import { extractAnchors } from '../src/index.js';
import { amountRenderings } from './lib/amount-renderings.js';

/** The amounts a sentence states: numbers (percentages marked) as the group keys write them. */
function amountsOf(text: string, lang: string): string[] {
  return extractAnchors(text, { lang }).flatMap((a) => (a.type === 'number' ? [`${a.numeric}${a.percent ? '%' : ''}`] : []));
}

/** The group key as the value it names (`2.8e9` → 2800000000, `40%` stays a percentage). */
function expected(key: string): string {
  return key.endsWith('%') ? `${Number(key.slice(0, -1))}%` : `${Number(key)}`;
}

const perLanguage = new Map<string, { read: number; total: number }>();
const misses: string[] = [];
for (const [key, byLanguage] of Object.entries(amountRenderings)) {
  for (const [lang, renderings] of Object.entries(byLanguage)) {
    const row = perLanguage.get(lang) ?? { read: 0, total: 0 };
    for (const text of renderings) {
      const amounts = amountsOf(text, lang);
      row.total++;
      if (amounts.length === 1 && amounts[0] === expected(key)) row.read++;
      else misses.push(`- ${lang} ${key}: \`${text}\` → ${amounts.length === 0 ? 'nothing' : amounts.join(', ')}`);
    }
    perLanguage.set(lang, row);
  }
}
console.log('# Amount-rendering probe\n');
console.log('| lang | renderings | read as the amount |');
console.log('|---|---|---|');
let read = 0;
let total = 0;
for (const [lang, row] of perLanguage) {
  console.log(`| ${lang} | ${row.total} | ${row.read} |`);
  read += row.read;
  total += row.total;
}
console.log(`| all | ${total} | ${read} |`);
console.log(`\n## Read otherwise\n\n${misses.join('\n') || '(none)'}`);
