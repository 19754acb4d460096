// Each language's `relativeLength` (src/lang/<code>/index.ts): non-space characters per non-space
// character of the English source, over the NTREX development documents 1–31 (the held-out half is not
// read). Also the spread of one document pair's ratio about the ratio of the two factors, which the
// aligner's `lengthRatioTolerance` is set from.
//   npx tsx benchmarks/length-factors.ts
import { findLanguage } from '../src/lang/registry.js';
import { lastDevDocument, ntrexDir, readNtrex, type NtrexDocument } from './lib/ntrex.js';

const languages = ['en', 'uk', 'nl', 'id', 'sv', 'ar', 'ru', 'de', 'fr', 'vi'];
const documents = readNtrex(ntrexDir, languages).filter((doc) => doc.number <= lastDevDocument);
const nonSpace = (text: string) => text.replace(/\s/gu, '').length;
const total = (doc: NtrexDocument, lang: string) => doc.lines[lang]!.reduce((sum, line) => sum + nonSpace(line), 0);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const english = sum(documents.map((doc) => total(doc, 'en')));
const factor = new Map(languages.map((lang) => [lang, sum(documents.map((doc) => total(doc, lang))) / english]));

console.log(`NTREX dev 1–${lastDevDocument}, ${documents.length} documents`);
console.log('| language | measured | in the registry |');
console.log('| --- | --- | --- |');
for (const lang of languages) {
  const registered = findLanguage(lang)?.relativeLength;
  console.log(`| ${lang} | ${factor.get(lang)!.toFixed(3)} | ${registered?.toFixed(2) ?? '–'} |`);
}

// Spread (rms of the log) of one document pair's length ratio about the ratio of the factors.
const spreads: number[] = [];
for (const [i, a] of languages.entries()) {
  for (const b of languages.slice(i + 1)) {
    const expected = factor.get(b)! / factor.get(a)!;
    const logs = documents.map((doc) => Math.log(total(doc, b) / total(doc, a) / expected));
    spreads.push(Math.sqrt(sum(logs.map((x) => x * x)) / logs.length));
  }
}
spreads.sort((x, y) => x - y);
console.log(`\nspread of a document pair's log ratio about the factors' ratio, over ${spreads.length} pairs: median ${spreads[spreads.length >> 1]!.toFixed(3)}, largest ${spreads.at(-1)!.toFixed(3)}`);
