// The rules, in the order they are documented.
import type { Rule, RuleInfo } from '../types.js';
import { codeMismatch } from './code-mismatch.js';
import { countMismatch } from './count-mismatch.js';
import { countryLabel } from './country-label.js';
import { dateMismatch } from './date-mismatch.js';
import { internalCount } from './internal-count.js';
import { missingNumber } from './missing-number.js';
import { nameVariant } from './name-variant.js';
import { roleMismatch } from './role-mismatch.js';
import { weekdayDate } from './weekday-date.js';
import { weekdayMismatch } from './weekday-mismatch.js';

/** Every rule with its implementation. */
export const ruleImplementations: readonly Rule[] = [
  countMismatch,
  dateMismatch,
  weekdayMismatch,
  countryLabel,
  roleMismatch,
  nameVariant,
  internalCount,
  missingNumber,
  weekdayDate,
  codeMismatch,
];

/** The rules: id, default severity and a one-line description. */
export const rules: readonly RuleInfo[] = ruleImplementations.map(({ id, defaultSeverity, description }) => ({ id, defaultSeverity, description }));

/** Rule ids. */
export const ruleIds: readonly string[] = rules.map((r) => r.id);
