// Reporters: they only format results (segmented documents, alignments, check results).
export { formatGithub, type GithubFormatOptions } from './github.js';
export { formatJson, jsonFormatVersion } from './json.js';
export { formatSarif, type SarifFormatOptions } from './sarif.js';
export type { CheckedRun, ReportInput, RuleDescription, SegmentedRun } from './shapes.js';
export { formatText, type LanguageSource, type TextFormatOptions } from './text.js';
// HTML report (src/report/html/) is exported below by its owner.
export { renderReport, report, type RenderOptions, type ReportData, type ReportOptions } from './html/index.js';
