import { formatJson } from '../../report/json.js';
import { formatText } from '../../report/text.js';
import { countOf } from '../../report/words.js';
import { type CommandContext, inputOptions, loadInputs, parseChoice, parseCommandArgs, textFormatOptions, withPaths } from '../context.js';
import { UsageError } from '../errors.js';
import { loadDictionaries } from '../dictionary.js';
import { alignDocuments } from '../pipeline.js';

const options = { ...inputOptions, format: { type: 'string' }, mode: { type: 'string' }, dictionary: { type: 'string', multiple: true } } as const;

/** `anchoralign align A B`: the two versions' sentences side by side, or the links as JSON. */
export async function alignCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('align', args, options, context);
  const format = parseChoice('format', values.format, ['text', 'json'] as const, 'text');
  const mode = parseChoice('mode', values.mode, ['auto', 'parallel', 'comparable'] as const, 'auto');
  if (positionals.length !== 2) {
    throw new UsageError(`align: give exactly two files, A and B (got ${positionals.length})`);
  }
  const loaded = await loadInputs(context, positionals, values, { separateDirectories: false, refuseEmpty: true });
  const documents = loaded.sets.flatMap((set) => set.documents);
  if (documents.length !== 2) {
    if (!loaded.failed) throw new UsageError(`align: the arguments name ${countOf(documents.length, 'file')}; give exactly two files, A and B`);
    return 2;
  }
  const [a, b] = documents as [(typeof documents)[0], (typeof documents)[0]];
  const dictionaries = values.dictionary ?? [];
  const lexicon = await loadDictionaries(dictionaries, context.io.cwd, [a.lang, b.lang]);
  if (dictionaries.length > 0 && lexicon === undefined) {
    context.note(`--dictionary: no dictionary covers ${a.lang}–${b.lang}, directly or through a language both share; aligning without one`);
  }
  const alignment = await alignDocuments(a.input, b.input, mode, lexicon);
  const [docA, docB] = withPaths([alignment.a, alignment.b], documents);
  const result = { ...alignment, a: docA ?? alignment.a, b: docB ?? alignment.b };
  context.io.stdout.write(
    format === 'json'
      ? formatJson(result)
      : formatText(result, textFormatOptions(context, values['no-color'] === true, [result.a, result.b], documents)),
  );
  return loaded.failed ? 2 : 0;
}
