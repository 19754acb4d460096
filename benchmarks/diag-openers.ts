// Dev-only diagnostic: capitalised ordinary words glued to names, over the untouched development
// documents (1–31) in the nine languages with profiles. Lists
//  - cut: the names whose first word the name reader dropped as a sentence-opening ordinary word (the
//    document writes it in lowercase elsewhere), as read without that evidence → as read with it;
//  - left: names of several words (no gazetteer or country match) whose first word the document writes in
//    lowercase elsewhere and which the reader still reads whole (mid-sentence, or kept by the evidence).
// Read each: a wrong cut is a name's real first word taken for an ordinary one (`Will Smith`).
//
// Held-out documents (32–62) are never read: this lists sentences.
//
// Run: npx tsx benchmarks/diag-openers.ts [--langs uk,nl] [--docs 1,2]
import { documentCase, extractAnchors, type EntityAnchor } from '../src/index.js';
import { lastDevDocument, ntrexDir, readNtrex } from './lib/ntrex.js';

const nineLanguages = ['uk', 'nl', 'id', 'sv', 'ar', 'en', 'ru', 'de', 'fr'];
const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const languages = argument('--langs')?.split(',') ?? nineLanguages;
const onlyDocuments = argument('--docs')?.split(',').map(Number);
if (onlyDocuments?.some((d) => !(d >= 1 && d <= lastDevDocument))) throw new RangeError(`--docs must lie within the development documents 1–${lastDevDocument}`);

const documents = readNtrex(ntrexDir, languages).slice(0, lastDevDocument);
const names = (anchors: ReturnType<typeof extractAnchors>) => anchors.filter((a): a is EntityAnchor => a.type === 'entity');
const noEvidence = documentCase('');
const cut: string[] = [];
const left: string[] = [];
let total = 0;
for (const lang of languages) {
  documents.forEach((document, d) => {
    if (onlyDocuments && !onlyDocuments.includes(d + 1)) return;
    const lines = document.lines[lang]!;
    const evidence = documentCase(lines.join('\n'));
    lines.forEach((line, k) => {
      const options = { lang, demonyms: true, lowercaseWords: evidence.lowercase };
      const read = names(extractAnchors(line, { ...options, documentCase: evidence }));
      const unaided = names(extractAnchors(line, { ...options, documentCase: noEvidence }));
      total += read.length;
      const texts = new Set(read.map((a) => a.text));
      const lost = unaided.filter((a) => !texts.has(a.text)).map((a) => a.text);
      const gained = read.filter((a) => !unaided.some((b) => b.text === a.text)).map((a) => a.text);
      if (lost.length > 0) cut.push(`${lang} doc ${d + 1} line ${k}: ${lost.join(', ')} → ${gained.join(', ') || '(none)'} | ${line.slice(0, 100)}`);
      for (const anchor of read) {
        const words = anchor.text.split(/\s+/u);
        if (words.length < 2 || anchor.gazetteerId !== undefined || anchor.country !== undefined) continue;
        if (evidence.lowercase.has(words[0]!.toLowerCase())) left.push(`${lang} doc ${d + 1} line ${k}: ${anchor.text} | ${line.slice(0, 100)}`);
      }
    });
  });
}
console.log(`# Sentence-opening words and names, dev documents 1–${lastDevDocument}, ${languages.join(' ')}: ${total} names\n`);
console.log(`## cut (${cut.length})\n`);
for (const row of cut) console.log(`- ${row}`);
console.log(`\n## left whole, first word written in lowercase elsewhere (${left.length})\n`);
for (const row of left) console.log(`- ${row}`);
