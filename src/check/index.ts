// Public API of the consistency checks.
export { check } from './check.js';
export { parseConfig } from './config.js';
export { rules } from './rules/index.js';
export type { CheckGazetteerEntry, CheckOptions, CheckResult, RuleInfo } from './types.js';
