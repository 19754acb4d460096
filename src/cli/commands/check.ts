import { formatGithub } from '../../report/github.js';
import { formatJson } from '../../report/json.js';
import { formatSarif } from '../../report/sarif.js';
import { formatText } from '../../report/text.js';
import type { Anchor, Cluster, Finding, SegmentedDocument, Severity } from '../../types.js';
import {
  type CommandContext,
  inputOptions,
  type LoadedDocument,
  type LoadedSet,
  loadInputs,
  parseChoice,
  parseCommandArgs,
  textFormatOptions,
  withPaths,
} from '../context.js';
import { readDictionaries } from '../dictionary.js';
import { UsageError } from '../errors.js';
import type { Dictionary } from '../../align/dictionaries.js';
import { type CheckOptions, type CheckResult, checkDocuments, listRules, segmentDocument } from '../pipeline.js';
import { runCheckTasks, workerScript } from '../pool.js';
import { packageVersion, rulesHelpBase } from '../version.js';
import { loadConfig } from './shared.js';

const options = {
  ...inputOptions,
  format: { type: 'string' },
  mode: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  jobs: { type: 'string' },
  source: { type: 'string' },
  dictionary: { type: 'string', multiple: true },
} as const;

const severityRank: Readonly<Record<Severity, number>> = { info: 1, warning: 2, error: 3 };
const failOnRank = { none: Number.POSITIVE_INFINITY, info: 1, warning: 2, error: 3 } as const;

/** Most documents `check` compares in one set: it compares every pair, so more is a mistake. */
export const maxDocumentsPerSet = 100;

/** `anchoralign check FILE|DIR...`: findings between versions, as text, JSON, SARIF or annotations. */
export async function checkCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, options, context);
  const format = parseChoice('format', values.format, ['text', 'json', 'sarif', 'github'] as const, 'text');
  const mode = parseChoice('mode', values.mode, ['auto', 'parallel', 'comparable'] as const, 'auto');
  const failOn = parseChoice('fail-on', values['fail-on'], ['error', 'warning', 'info', 'none'] as const, 'error');
  const jobs = parseJobs(values.jobs);
  if (positionals.length === 0) throw new UsageError('check: give the versions to compare: FILE... or DIR...');
  const config = await loadConfig(context, values.config);
  const checkOptions: CheckOptions = { ...config, ...(values.mode === undefined ? {} : { mode }) };
  // Read before the texts: a dictionary that cannot be read is a usage error, found at once.
  const dictionaries = values.dictionary === undefined ? undefined : await readDictionaries(values.dictionary, context.io.cwd);

  const loaded = await loadInputs(context, positionals, values, {
    separateDirectories: true,
    refuseEmpty: true,
    maxDocumentsPerSet,
    why: `check compares every pair, at most ${maxDocumentsPerSet} (give one directory per article set)`,
  });
  const failed = loaded.failed;
  const sets = loaded.sets;
  if (sets.length === 0) return 2;

  const withSources = withSource(sets, checkOptions, values.source);
  const optionsPerSet = dictionaries === undefined ? withSources : await withLexicons(context, sets, withSources, dictionaries);
  const results = await checkSets(context, sets, optionsPerSet, jobs);
  const merged = mergeResults(results, sets);
  const text = await formatCheck(format, merged, context, sets, values['no-color'] === true);
  context.io.stdout.write(text);
  if (failed) return 2;
  const worst = Math.max(0, ...merged.findings.map((finding) => severityRank[finding.severity]));
  return worst >= failOnRank[failOn] ? 1 : 0;
}

/**
 * Each set's options with `--source` (or the config's `source`) turned into the index of the version
 * it names in that set: a file as given on the command line, else the language of one file. A set
 * that holds no such version is checked without a source; a name no set holds is a usage error.
 */
export function withSource(sets: readonly LoadedSet[], checkOptions: CheckOptions, flag: string | undefined): CheckOptions[] {
  const { source: configured, ...rest } = checkOptions;
  const name = flag ?? (typeof configured === 'string' ? configured : undefined);
  if (name === undefined) return sets.map(() => rest);
  let matched = false;
  const perSet = sets.map((set) => {
    const byPath = set.documents.findIndex((document) => document.path === name || document.path === `./${name}`);
    const byLanguage = set.documents.flatMap((document, index) => (document.lang === name ? [index] : []));
    if (byPath < 0 && byLanguage.length > 1) {
      throw new UsageError(`--source ${name}: ${byLanguage.length} files of ${set.label === 'files' ? 'the set' : set.label} are in ${name}; name the source file instead`);
    }
    const index = byPath >= 0 ? byPath : byLanguage[0];
    if (index === undefined) return rest;
    matched = true;
    return { ...rest, source: index };
  });
  if (!matched) throw new UsageError(`--source ${name} names no file and no language of the versions given`);
  return perSet;
}

/**
 * Each set's options with the lexicon `--dictionary` gives for its languages: `lexiconForLanguages`,
 * one pooled lexicon for all its pairs (`check` aligns every pair with one); every file's pairs as they
 * are when a version's language is unknown. A set no dictionary covers is checked without one, with a note.
 */
async function withLexicons(
  context: CommandContext,
  sets: readonly LoadedSet[],
  optionsPerSet: readonly CheckOptions[],
  dictionaries: readonly Dictionary[],
): Promise<CheckOptions[]> {
  const { lexiconForLanguages } = await import('../../align/dictionaries.js');
  return sets.map((set, index) => {
    const setOptions = optionsPerSet[index] as CheckOptions;
    const languages = [...new Set(set.documents.map((document) => document.lang))].sort();
    if (set.documents.length < 2) return setOptions;
    const lexicon = languages.includes('und') ? dictionaries.flatMap((dictionary) => dictionary.pairs) : lexiconForLanguages(dictionaries, languages);
    if (lexicon === undefined || lexicon.length === 0) {
      const where = set.label === 'files' ? '' : ` of ${set.label}`;
      context.note(`--dictionary: no dictionary covers the languages${where} (${languages.join(', ')}), directly or through a language they share; checking without one`);
      return setOptions;
    }
    return { ...setOptions, lexicon };
  });
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return 1;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, got ${JSON.stringify(value)}`);
  return jobs;
}

async function checkSets(context: CommandContext, sets: readonly LoadedSet[], optionsPerSet: readonly CheckOptions[], jobs: number): Promise<CheckResult[]> {
  const results = new Array<CheckResult>(sets.length);
  const comparable: number[] = [];
  for (const [index, set] of sets.entries()) {
    if (set.documents.length === 1) {
      const only = set.documents[0] as LoadedDocument;
      context.note(`${set.label === 'files' ? only.path : set.label}: only one document, nothing to compare`);
      results[index] = { documents: [await segmentDocument(only.input)], findings: [], clusters: [], anchors: [[]] };
    } else {
      comparable.push(index);
    }
  }
  const script = jobs > 1 && comparable.length > 1 ? workerScript() : undefined;
  if (script) {
    const tasks = comparable.map((setIndex) => ({
      id: setIndex,
      documents: (sets[setIndex] as LoadedSet).documents.map((document) => document.input),
      options: optionsPerSet[setIndex] as CheckOptions,
    }));
    const answers = await runCheckTasks(tasks, jobs, script, (done) => context.progress.update(done, tasks.length, 'checking'));
    answers.forEach((result, index) => {
      results[comparable[index] as number] = result;
    });
  } else {
    for (const [done, setIndex] of comparable.entries()) {
      context.progress.update(done, comparable.length, 'checking');
      // One set: the bar moves with the pairs of versions aligned inside it (check is one long call).
      const onProgress =
        comparable.length === 1 ? (pairsDone: number, pairs: number) => context.progress.update(pairsDone, pairs, 'pairs of versions aligned') : undefined;
      const checkOptions = optionsPerSet[setIndex] as CheckOptions;
      results[setIndex] = await checkDocuments(
        (sets[setIndex] as LoadedSet).documents.map((document) => document.input),
        onProgress ? { ...checkOptions, onProgress } : checkOptions,
      );
    }
  }
  context.progress.clear();
  return results;
}

/** Several sets become one result: documents one after another, evidence indices shifted. */
function mergeResults(results: readonly CheckResult[], sets: readonly LoadedSet[]): CheckResult {
  const documents: SegmentedDocument[] = [];
  const findings: Finding[] = [];
  const clusters: Cluster[] = [];
  const anchors: Anchor[][] = [];
  results.forEach((result, setIndex) => {
    const offset = documents.length;
    documents.push(...withPaths(result.documents, (sets[setIndex] as LoadedSet).documents));
    for (const finding of result.findings) {
      findings.push({ ...finding, evidence: finding.evidence.map((evidence) => ({ ...evidence, document: evidence.document + offset })) });
    }
    for (const cluster of result.clusters) {
      clusters.push({ ...cluster, members: cluster.members.map((member) => ({ ...member, document: member.document + offset })) });
    }
    anchors.push(...result.anchors);
  });
  return { documents, findings, clusters, anchors };
}

async function formatCheck(
  format: 'text' | 'json' | 'sarif' | 'github',
  result: CheckResult,
  context: CommandContext,
  sets: readonly LoadedSet[],
  noColor: boolean,
): Promise<string> {
  if (format === 'json') return formatJson(result);
  if (format === 'github') return formatGithub(result);
  if (format === 'sarif') {
    const helpUriBase = rulesHelpBase();
    const rules = await listRules();
    return formatSarif(result, {
      toolVersion: packageVersion(),
      rules: rules.map((rule) => ({ id: rule.id, description: rule.description, severity: rule.defaultSeverity })),
      ...(helpUriBase ? { helpUriBase } : {}),
    });
  }
  return formatText(result, textFormatOptions(context, noColor, result.documents, sets.flatMap((set) => set.documents)));
}
