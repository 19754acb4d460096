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
