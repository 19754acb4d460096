// Untouched single-language news (the same articles as lib/monolingual-untouched.ts: UD dev sets of uk
// nl id sv, Arabic news commentary, cut into articles of at most 40 sentences) made into two identical
// versions, one fact changed in one copy with the ntrex injector (lib/ntrex-check.ts: changesAt,
// takeSpread), checked in parallel mode. Both copies are one language, so a miss is a form of that
// language the extractor does not read (a value not read cannot be compared): text the project was
// never fitted to, many times larger than the 31 ntrex development documents.
import { check } from '../../src/check/index.js';
import type { Finding } from '../../src/types.js';
import { articles, sources } from './monolingual-untouched.js';
import { isAlarm } from './ntrex.js';
import { changesAt, emptyTally, getOr, kinds, takeSpread, type Kind, type Tally } from './ntrex-check.js';
import { seededRandom, seedFrom } from './random.js';

/** Changes drawn per article and kind, each on its own sentence. */
export const monolingualInjectionsPerArticleAndKind = 4;
/** Person names need the English referee of ntrex to be told from places and things: not drawn here. */
export const monolingualKinds = kinds.filter((k): k is Exclude<Kind, 'person name'> => k !== 'person name');

export interface MonolingualInjection {
  kind: Kind;
  lang: string;
  article: number;
  line: number;
  /** Which copy (0 or 1) holds the change. */
  copy: number;
  before: string;
  after: string;
  statedBy: number[];
}

export interface MonolingualMiss {
  injection: MonolingualInjection;
  findings: string[];
  kind: 'miss' | 'wrong';
}

export interface MonolingualInjectedRun {
  byKind: Map<string, Tally>;
  byLang: Map<string, Tally>;
  /** `${lang} ${kind}` → tally. */
  byLangKind: Map<string, Tally>;
  total: Tally;
  articles: Map<string, number>;
  sentences: Map<string, number>;
  /** Alarms on the two untouched copies (each within-version finding once). */
  untouchedAlarms: Map<string, number>;
  misses: MonolingualMiss[];
  seconds: number;
}

export function runMonolingualInjected(seed: number): MonolingualInjectedRun {
  const started = performance.now();
  const run: MonolingualInjectedRun = {
    byKind: new Map(), byLang: new Map(), byLangKind: new Map(), total: emptyTally(),
    articles: new Map(), sentences: new Map(), untouchedAlarms: new Map(), misses: [], seconds: 0,
  };
  for (const { lang, file } of sources) {
    articles(file).forEach((sentences, article) => {
      // One generator per article, so an article's draw does not depend on the others.
      const random = seededRandom(seedFrom('monolingual-injected', seed, lang, article));
      run.articles.set(lang, (run.articles.get(lang) ?? 0) + 1);
      run.sentences.set(lang, (run.sentences.get(lang) ?? 0) + sentences.length);
      const drawn: MonolingualInjection[] = [];
      for (const kind of monolingualKinds) {
        const all: MonolingualInjection[] = [];
        sentences.forEach((text, line) => {
          const site = { lang, text, witnesses: [{ lang, text }] };
          for (const c of changesAt(site, kind, random)) all.push({ kind, lang, article, line, copy: 0, before: text, after: c.after, statedBy: c.statedBy });
        });
        for (const injection of takeSpread(all, random, monolingualInjectionsPerArticleAndKind, false)) drawn.push({ ...injection, copy: random() < 0.5 ? 0 : 1 });
      }
      const clean = check([{ lang, sentences }, { lang, sentences }], { mode: 'parallel' });
      const cleanIds = new Set(clean.findings.map((f) => f.id));
      run.untouchedAlarms.set(lang, (run.untouchedAlarms.get(lang) ?? 0) + new Set(clean.findings.filter(isAlarm).map((f) => f.message)).size);
      for (const injection of drawn) {
        const changed = sentences.map((s, i) => (i === injection.line ? injection.after : s));
        const versions = injection.copy === 0 ? [changed, sentences] : [sentences, changed];
        const result = check(versions.map((v) => ({ lang, sentences: v })), { mode: 'parallel' });
        const fresh = result.findings.filter((f) => isAlarm(f) && !cleanIds.has(f.id));
        const hits = (f: Finding) => f.evidence.some((e) => e.document === injection.copy && e.sentence === injection.line);
        const correct = fresh.filter(hits).length;
        for (const t of [run.total, getOr(run.byKind, injection.kind), getOr(run.byLang, lang), getOr(run.byLangKind, `${lang} ${injection.kind}`)]) {
          t.injected++;
          if (correct > 0) t.detected++;
          t.correct += correct;
          t.wrong += fresh.length - correct;
        }
        if (correct === 0 || correct < fresh.length) {
          const describe = (f: Finding) => `${hits(f) ? '' : 'WRONG '}${f.severity} ${f.rule}: ${f.message} [${f.evidence.map((e) => `${e.document}#${e.sentence + 1} ${e.text}`).join(' / ')}]`;
          run.misses.push({ injection, findings: fresh.map(describe), kind: correct === 0 ? 'miss' : 'wrong' });
        }
      }
    });
  }
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

export function monolingualMissList(run: MonolingualInjectedRun): string {
  const out: string[] = [];
  for (const m of run.misses) {
    const i = m.injection;
    out.push(`### ${m.kind} · ${i.lang} article ${i.article + 1} line ${i.line + 1} · ${i.kind} (copy ${i.copy})`, '');
    out.push(`- before: ${i.before}`, `- after: ${i.after}`);
    for (const f of m.findings) out.push(`- finding: ${f}`);
    out.push('');
  }
  return out.join('\n');
}
