import { ar } from './ar/index.js';
import { generic } from './generic.js';
import { id } from './id/index.js';
import { nl } from './nl/index.js';
import type { LanguageProfile } from './profile.js';
import { findLanguage, profiledLanguages } from './registry.js';
import { sv } from './sv/index.js';
import { uk } from './uk/index.js';

export type { AnchorRules, CheckVocabulary, DemonymData, DetectionData, LanguageDefinition, LanguageProfile, SegmentationRules } from './profile.js';
export { ar, generic, id, nl, sv, uk };

/** The languages with a full profile. */
export const supportedLanguages: readonly string[] = profiledLanguages().map((profile) => profile.code);

/** Whether `code` (any BCP 47 tag, such as `nl-BE`) has a full profile. */
export function isSupportedLanguage(code: string): boolean {
  return findLanguage(code)?.profile !== undefined;
}

/**
 * The profile for a BCP 47 code. `nl-BE` uses `nl`; a code with no profile gets the generic rules
 * with its own code, so results still say which language they are in.
 *
 * @throws {TypeError} when `code` is not a non-empty string.
 */
export function getProfile(code: string): LanguageProfile {
  if (typeof code !== 'string' || code.trim() === '') {
    throw new TypeError(`lang must be a non-empty BCP 47 language code, got ${describe(code)}`);
  }
  return findLanguage(code)?.profile ?? { ...generic, code };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
