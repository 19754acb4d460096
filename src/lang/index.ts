import { ar } from './ar.js';
import { generic } from './generic.js';
import { id } from './id.js';
import { nl } from './nl.js';
import type { LanguageProfile } from './profile.js';
import { sv } from './sv.js';
import { uk } from './uk.js';

export type { AnchorRules, LanguageProfile, SegmentationRules } from './profile.js';
export { ar, generic, id, nl, sv, uk };

/** The languages with a full profile. */
export const supportedLanguages: readonly string[] = ['uk', 'nl', 'id', 'sv', 'ar'];

const profilesByCode: ReadonlyMap<string, LanguageProfile> = new Map([
  ['uk', uk],
  ['nl', nl],
  ['id', id],
  ['sv', sv],
  ['ar', ar],
]);

/** Whether `code` (any BCP 47 tag, such as `nl-BE`) has a full profile. */
export function isSupportedLanguage(code: string): boolean {
  return profilesByCode.has(primarySubtag(code));
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
  const profile = profilesByCode.get(primarySubtag(code));
  return profile ?? { ...generic, code };
}

function primarySubtag(code: string): string {
  return code.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
