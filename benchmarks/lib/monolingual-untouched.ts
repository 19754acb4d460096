// Untouched news in one language (the segmentation dev sets: UD Ukrainian-IU, Dutch-Alpino,
// Indonesian-GSD, Swedish-Talbanken, Arabic news commentary), cut into articles and checked as two
// identical versions. Nothing differs between the versions, so every alarm comes from a rule that reads
// one version alone (one name spelt two ways, internal counts): published text, rich in names the
// NTREX documents do not hold, that the within-version rules were never fitted to.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check } from '../../src/index.js';
import { isAlarm } from './ntrex.js';

const segmentationDir = fileURLToPath(new URL('../../../shared/data/segmentation-dev/', import.meta.url));

/** Sentences an article holds at most: the UD sets run whole books or one long stream together. */
const articleSentences = 40;

export const sources = [
  { lang: 'uk', file: 'uk.ud-iu-dev.jsonl' },
  { lang: 'nl', file: 'nl.ud-alpino-dev.jsonl' },
  { lang: 'id', file: 'id.ud-gsd-dev.jsonl' },
  { lang: 'sv', file: 'sv.ud-talbanken-dev.jsonl' },
  { lang: 'ar', file: 'ar.news-commentary-dev.txt' },
] as const;

/** Articles of one source: its documents (UD `newdoc`), each cut every {@link articleSentences}. */
export function articles(file: string): string[][] {
  const documents: string[][] = [];
  const text = readFileSync(`${segmentationDir}${file}`, 'utf8');
  if (file.endsWith('.txt')) {
    documents.push(text.split('\n').map((line) => line.trim()).filter((line) => line !== ''));
  } else {
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const sentence = JSON.parse(line) as { newdoc: boolean; text: string };
      if (sentence.newdoc || documents.length === 0) documents.push([]);
      documents.at(-1)!.push(sentence.text);
    }
  }
  return documents.flatMap((sentences) => {
    const cut: string[][] = [];
    for (let k = 0; k < sentences.length; k += articleSentences) cut.push(sentences.slice(k, k + articleSentences));
    return cut;
  });
}

export interface MonolingualAlarm {
  lang: string;
  rule: string;
  message: string;
}

export interface MonolingualRow {
  lang: string;
  articles: number;
  sentences: number;
  alarms: MonolingualAlarm[];
}

export function runMonolingual(): MonolingualRow[] {
  return sources.map(({ lang, file }) => {
    const row: MonolingualRow = { lang, articles: 0, sentences: 0, alarms: [] };
    for (const sentences of articles(file)) {
      const result = check([{ lang, sentences }, { lang, sentences }], { mode: 'parallel' });
      row.articles++;
      row.sentences += sentences.length;
      // The two versions are one text: a within-version finding comes once per version.
      const seen = new Set<string>();
      for (const f of result.findings.filter(isAlarm)) {
        if (seen.has(f.message)) continue;
        seen.add(f.message);
        row.alarms.push({ lang, rule: f.rule, message: f.message });
      }
    }
    return row;
  });
}
