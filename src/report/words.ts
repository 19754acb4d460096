/** `1 finding`, `2 findings`: a count with its noun in English, plural unless the count is one. */
export function countOf(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
