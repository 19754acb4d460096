let displayNames: Intl.DisplayNames | undefined;

/** The English name of a BCP 47 language code ("nl" → "Dutch"); the code itself when unknown. */
export function languageName(code: string): string {
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Whether the language is written right to left (the language registry's word). */
export { isRightToLeft } from '../lang/registry.js';
