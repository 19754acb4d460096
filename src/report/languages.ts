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

/** Whether the language is written right to left. */
export function isRightToLeft(code: string): boolean {
  const primary = code.toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return rightToLeft.has(primary);
}

const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
