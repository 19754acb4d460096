#!/usr/bin/env node
// Checks every article set in a directory and prints a summary per set.
//
//   npm run build
//   node examples/check-directory.mjs corpora
//
// An article set is a folder of `*.txt` files, one per language, named after the language
// (`sv.txt`, `report.sv.txt`); a file whose name says no language is identified from its text.
// If the directory itself holds `*.txt` files, it is one set.
//
// The script imports the package by its name: inside this repository that resolves to the built
// output (`dist/`) through the package's self-reference, exactly as it would after `npm install anchoralign`.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { check, detectLanguage } from 'anchoralign';

const root = process.argv[2];
if (root === undefined) {
  console.error('usage: node examples/check-directory.mjs DIRECTORY');
  process.exit(2);
}

/** Language from the file name (`sv.txt`, `report.sv.txt`), else detected from the text. */
function languageOf(file, text) {
  const named = /(?:^|\.)([a-z]{2,3})\.txt$/i.exec(basename(file));
  return named ? named[1].toLowerCase() : detectLanguage(text).lang;
}

function readSet(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      return { path, text, lang: languageOf(name, text) };
    });
}

function countOf(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function shorten(text) {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

const entries = readdirSync(root, { withFileTypes: true });
const sets = entries.some((entry) => entry.isFile() && entry.name.endsWith('.txt'))
  ? [root]
  : entries.filter((entry) => entry.isDirectory()).map((entry) => join(root, entry.name)).sort();

let errorCount = 0;
for (const dir of sets) {
  const docs = readSet(dir);
  if (docs.length < 2) {
    console.log(`${dir}: ${docs.length} document(s), nothing to compare`);
    continue;
  }
  const { documents, findings, clusters } = check(docs);
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) bySeverity[finding.severity]++;
  errorCount += bySeverity.error;
  const sentenceCount = documents.reduce((sum, document) => sum + document.sentences.length, 0);
  console.log(
    `${dir}: ${countOf(documents.length, 'document')} (${documents.map((document) => document.lang).join(' ')}), ` +
      `${countOf(sentenceCount, 'sentence')}, ${countOf(clusters.length, 'aligned group')}, ` +
      `${countOf(findings.length, 'finding')} (${countOf(bySeverity.error, 'error')}, ${countOf(bySeverity.warning, 'warning')}, ${bySeverity.info} info)`,
  );
  for (const finding of findings.filter((candidate) => candidate.severity !== 'info')) {
    const [fix, ...others] = finding.evidence;
    const langs = [...new Set(others.map((evidence) => documents[evidence.document].lang))].join(', ');
    console.log(
      `  ${finding.severity.padEnd(7)} ${finding.rule.padEnd(15)} fix ${documents[fix.document].lang} “${shorten(fix.text)}”` +
        (langs === '' ? '' : ` (disagrees with ${langs})`),
    );
  }
}
console.log(`${sets.length} set(s) checked, ${errorCount} error(s)`);
process.exitCode = errorCount > 0 ? 1 : 0;
