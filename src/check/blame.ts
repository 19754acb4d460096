// Who is to fix a disagreement between versions: the fewer versions, the translation of a named
// source, or, between two versions and no source, nobody in particular.
import type { Blame, Finding, SegmentedDocument } from '../types.js';

/**
 * The document `source` names: an index into `documents`, else a document's path, else the language
 * of exactly one document.
 *
 * @throws {RangeError} when `source` names no document, or a language several documents are in.
 */
export function resolveSource(source: number | string, documents: readonly SegmentedDocument[]): number {
  if (typeof source === 'number') {
    if (source >= documents.length) throw new RangeError(`options.source ${source} is not an index into the ${documents.length} documents`);
    return source;
  }
  const byPath = documents.findIndex((document) => document.path === source);
  if (byPath >= 0) return byPath;
  const byLanguage = documents.flatMap((document, index) => (document.lang === source ? [index] : []));
  if (byLanguage.length === 1) return byLanguage[0]!;
  if (byLanguage.length > 1) throw new RangeError(`options.source "${source}" is the language of ${byLanguage.length} documents; name one by its path`);
  throw new RangeError(`options.source "${source}" names no document (give a path, a language code or an index)`);
}

/**
 * Sets `blame` on every finding between versions and, where a source is named, puts the translation's
 * place first. `documents` and the evidence indices must be in the same order; `source` indexes them.
 */
export function assignBlame(findings: Finding[], documents: readonly SegmentedDocument[], source: number | undefined): void {
  for (const finding of findings) {
    const versions = [...new Set(finding.evidence.map((evidence) => evidence.document))];
    if (versions.length < 2) continue; // within one version: the rule's own vote stands
    if (source !== undefined && versions.includes(source)) {
      finding.blame = 'source';
      if (finding.evidence[0]?.document === source) {
        // The source is what the others translate: the first translation that disagrees is to fix.
        const translation = finding.evidence.find((evidence) => evidence.document !== source)!;
        finding.evidence = [translation, ...finding.evidence.filter((evidence) => evidence !== translation)];
      }
      const fixed = documents[finding.evidence[0]!.document]!;
      finding.message = `${finding.message} Fix the ${fixed.lang} translation of the ${documents[source]!.lang} source.`;
      continue;
    }
    const blame: Blame = versions.length === 2 ? 'none' : 'majority';
    finding.blame = blame;
    if (blame === 'none') {
      const [first, second] = versions.map((index) => documents[index]!.lang);
      const who = first === second ? `The two ${first} versions` : `${first} and ${second}`;
      finding.message = `${who} disagree: ${finding.message}`;
    }
  }
}
