import { check } from '../../check/check.js';
import type { CheckOptions } from '../../check/index.js';
import type { DocumentInput } from '../../types.js';
import { renderReport } from './render.js';

/** Options of {@link report}: those of `check`, plus the page title. */
export interface ReportOptions extends CheckOptions {
  /** Title of the page; defaults to "anchoralign report". */
  title?: string;
}

/**
 * Checks several versions of one story and renders them side by side as one self-contained HTML
 * page: `check` once, then {@link renderReport} of its result — a column per language, the result's
 * clusters as rows (the sentences a finding compares share a row), the anchors `check` compared
 * highlighted by type (normalised value on hover), findings listed at the top with links to their rows
 * and marked in place, and a filter by rule and severity. Nothing is loaded from the network; all text
 * is escaped.
 *
 * @param docs The versions, as raw text or segmented (see {@link DocumentInput}).
 * @param options Check options (mode, rule severities, suppressions, gazetteer, aliases) and `title`.
 * @returns The HTML document as a string (write it to a `.html` file).
 * @throws {TypeError} when `docs` is not an array of documents or `options` is not an object.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * const html = report([
 *   { lang: 'nl', text: 'De provincies tekenden 29 overeenkomsten.' },
 *   { lang: 'ar', text: 'وقعت المقاطعات على 29 اتفاقية.' },
 * ], { title: 'nl and ar' });
 * writeFileSync('report.html', html);
 * ```
 */
export function report(docs: readonly DocumentInput[], options: ReportOptions = {}): string {
  if (!Array.isArray(docs)) throw new TypeError('docs must be an array of documents');
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  const { title, ...checkOptions } = options;
  return renderReport(check([...docs], checkOptions), title === undefined ? {} : { title });
}
