import { writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { type CommandContext, inputOptions, loadInputs, parseChoice, parseCommandArgs } from '../context.js';
import { describeFsError, UsageError } from '../errors.js';
import { renderHtmlReport } from '../pipeline.js';
import { readDictionaries } from '../dictionary.js';
import { maxDocumentsPerSet, withLexicon, withSource } from './check.js';
import { loadConfig } from './shared.js';

const options = {
  ...inputOptions,
  out: { type: 'string', short: 'o' },
  config: { type: 'string' },
  mode: { type: 'string' },
  source: { type: 'string' },
  dictionary: { type: 'string', multiple: true },
} as const;

/** `anchoralign report FILE|DIR... --out report.html`: the side-by-side HTML report. Writes only `--out`. */
export async function reportCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, options, context);
  const mode = parseChoice('mode', values.mode, ['auto', 'parallel', 'comparable'] as const, 'auto');
  if (values.out === undefined || values.out === '') throw new UsageError('report: give --out FILE, where to write the HTML report');
  if (positionals.length === 0) throw new UsageError('report: give the versions to show: FILE... or DIR...');
  const config = await loadConfig(context, values.config);
  // Read before the texts, as check does: a dictionary that cannot be read is a usage error, found at once.
  const dictionaries = values.dictionary === undefined ? undefined : await readDictionaries(values.dictionary, context.io.cwd);
  const loaded = await loadInputs(context, positionals, values, {
    separateDirectories: true,
    refuseEmpty: true,
    maxDocumentsPerSet,
    why: `a report compares every pair, at most ${maxDocumentsPerSet}`,
  });
  if (loaded.sets.length > 1) throw new UsageError('report: give one article set (one directory, or files); one report shows one set');
  const documents = loaded.sets[0]?.documents ?? [];
  if (documents.length === 0) return 2;
  const [withSourceOptions] = withSource(loaded.sets, config, values.source);
  const set = loaded.sets[0]!;
  const lexicon = dictionaries === undefined || documents.length < 2 ? undefined : withLexicon(context, set, (await import('../lexicons.js')).lexiconsFrom(dictionaries), 'reporting');
  const html = await renderHtmlReport(
    documents.map((document) => document.input),
    {
      ...withSourceOptions,
      ...(values.mode === undefined ? {} : { mode }),
      ...(lexicon === undefined ? {} : { lexicon }),
      onProgress: (done: number, total: number) => context.progress.update(done, total, 'pairs of versions aligned'),
    },
  );
  context.progress.clear();
  const out = isAbsolute(values.out) ? values.out : join(context.io.cwd, values.out);
  try {
    writeFileSync(out, html);
  } catch (error) {
    context.error(`${values.out}: cannot write the report: ${describeFsError(error)}`);
    return 2;
  }
  context.note(`wrote ${values.out} (${documents.length} document${documents.length === 1 ? '' : 's'})`);
  return loaded.failed ? 2 : 0;
}
