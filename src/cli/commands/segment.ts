import { formatJson } from '../../report/json.js';
import { formatText } from '../../report/text.js';
import type { SegmentedDocument } from '../../types.js';
import { type CommandContext, inputOptions, loadInputs, parseChoice, parseCommandArgs, textFormatOptions, withPaths } from '../context.js';
import { UsageError } from '../errors.js';
import { segmentDocument } from '../pipeline.js';

const options = { ...inputOptions, format: { type: 'string' } } as const;

/** `anchoralign segment FILE...`: sentences of each file, as text or JSON. */
export async function segmentCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('segment', args, options, context);
  const format = parseChoice('format', values.format, ['text', 'json'] as const, 'text');
  if (positionals.length === 0) throw new UsageError('segment: give at least one FILE (or - for standard input)');
  const loaded = await loadInputs(context, positionals, values, { separateDirectories: false });
  const documentsLoaded = loaded.sets.flatMap((set) => set.documents);
  if (documentsLoaded.length === 0) return 2;
  const documents: SegmentedDocument[] = [];
  for (const [index, document] of documentsLoaded.entries()) {
    context.progress.update(index, documentsLoaded.length, 'segmenting');
    documents.push(await segmentDocument(document.input));
  }
  context.progress.clear();
  const result = { documents: withPaths(documents, documentsLoaded) };
  context.io.stdout.write(
    format === 'json'
      ? formatJson(result)
      : formatText(result, textFormatOptions(context, values['no-color'] === true, result.documents, documentsLoaded)),
  );
  return loaded.failed ? 2 : 0;
}
