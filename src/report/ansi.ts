/** Terminal styles; every function returns its input unchanged when colour is off. */
export interface Styles {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  /** Marks the span to fix: bold red underline with colour, `⟦…⟧` without. */
  mark(text: string): string;
  /** Marks the span in a version it disagrees with: bold underline with colour, `⟦…⟧` without. */
  markOther(text: string): string;
  removed(text: string): string;
  added(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

/** The styles for colour on or off. */
export function createStyles(color: boolean): Styles {
  if (!color) {
    const plain = (text: string) => text;
    return {
      bold: plain,
      dim: plain,
      red: plain,
      yellow: plain,
      blue: plain,
      green: plain,
      cyan: plain,
      mark: (text) => `⟦${text}⟧`,
      markOther: (text) => `⟦${text}⟧`,
      removed: (text) => `[-${text}-]`,
      added: (text) => `{+${text}+}`,
    };
  }
  const red = sgr(31, 39);
  const green = sgr(32, 39);
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red,
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    green,
    cyan: sgr(36, 39),
    mark: (text) => sgr(1, 22)(sgr(4, 24)(red(text))),
    markOther: (text) => sgr(1, 22)(sgr(4, 24)(text)),
    removed: (text) => sgr(9, 29)(red(text)),
    added: (text) => sgr(1, 22)(green(text)),
  };
}

const invisible = /^[\p{M}\p{Cf}]$/u;

/**
 * How many terminal cells `text` takes: combining marks and format characters (bidi marks,
 * zero-width joiners) take none, East Asian wide characters two.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x300) {
      width += code >= 0x20 ? 1 : 0;
    } else if (invisible.test(char)) {
      // zero width
    } else if (isWide(code)) {
      width += 2;
    } else {
      width += 1;
    }
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Splits `text` into lines of at most `width` cells, breaking at spaces where it can and inside
 * words longer than a line. One pass over the text: each character is measured once.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  const limit = Math.max(1, width);
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const wordWidth = displayWidth(word);
    if (lineWidth > 0 && lineWidth + 1 + wordWidth <= limit) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
      continue;
    }
    if (lineWidth > 0) lines.push(line);
    if (wordWidth <= limit) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    // A word longer than a line: cut it into pieces of at most `limit` cells.
    line = '';
    lineWidth = 0;
    for (const char of word) {
      const charWidth = displayWidth(char);
      if (lineWidth + charWidth > limit && lineWidth > 0) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      line += char;
      lineWidth += charWidth;
    }
  }
  if (lineWidth > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Pads `text` with spaces to `width` cells, on the left when `alignRight`. */
export function pad(text: string, width: number, alignRight = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? fill + text : text + fill;
}
