const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// One character class, no quantifier: linear on any input.
const htmlSpecial = /[&<>"']/g;

/**
 * Escapes `& < > " '` so that `text` is safe both as element content and inside a quoted attribute.
 * Every piece of text from documents, paths, languages, findings and anchors goes through here.
 */
export function escapeHtml(text: string): string {
  return text.replace(htmlSpecial, (character) => htmlEntities[character] ?? character);
}

/** Hebrew, Arabic, Syriac, Thaana and the Arabic presentation forms: letters written right to left. */
function isRightToLeft(code: number): boolean {
  return (
    (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)
  );
}

/** Characters that stay inside a right-to-left run when they stand between two of its letters. */
function joinsRun(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x27 || code === 0x200c || code === 0x200d;
}

/**
 * Escapes `text` like {@link escapeHtml} and wraps each run of right-to-left words in `<bdi>`, so an
 * English message quoting Arabic names ("ar spells one name two ways: "تران كونج" …") keeps its order
 * on screen. One forward pass: every character is looked at most twice.
 */
export function escapeHtmlIsolatingRightToLeft(text: string): string {
  const parts: string[] = [];
  let plainStart = 0;
  let position = 0;
  while (position < text.length) {
    if (!isRightToLeft(text.charCodeAt(position))) {
      position++;
      continue;
    }
    let lastLetter = position;
    let scan = position + 1;
    while (scan < text.length) {
      const code = text.charCodeAt(scan);
      if (isRightToLeft(code)) lastLetter = scan;
      else if (!joinsRun(code)) break;
      scan++;
    }
    parts.push(escapeHtml(text.slice(plainStart, position)), '<bdi>', escapeHtml(text.slice(position, lastLetter + 1)), '</bdi>');
    plainStart = position = lastLetter + 1;
  }
  parts.push(escapeHtml(text.slice(plainStart)));
  return parts.join('');
}
