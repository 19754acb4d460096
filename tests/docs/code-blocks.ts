// Finds the fenced code blocks of a Markdown file, for the tests that run the docs' examples.

export interface CodeBlock {
  /** First word of the info string (`ts`, `js`, `sh`, `text`). */
  lang: string;
  /** The rest of the info string (`output` marks expected output). */
  meta: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The `text output` block right after this one, if any: what running it must print. */
  expectedOutput?: string;
}

/** Shell-like blocks whose `anchoralign …` commands the docs tests run with the CLI. */
export const commandLanguages: ReadonlySet<string> = new Set(['sh', 'bash', 'shell', 'console', 'yaml', 'yml']);

/**
 * The `anchoralign` commands of a shell or YAML block: lines (or YAML `run:` values) that start with
 * `anchoralign` or `npx anchoralign`, after an optional `$ ` prompt.
 */
export function anchoralignCommands(block: CodeBlock): string[] {
  return block.code
    .split('\n')
    .map((line) => line.trim().replace(/^-?\s*run:\s*/, '').replace(/^\$\s+/, ''))
    .filter((line) => /^(npx\s+)?anchoralign(\s|$)/.test(line))
    .map((line) => line.replace(/^npx\s+/, ''));
}

/** Splits a command line into words: whitespace separates, '…' and "…" quote. No pipes or variables. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote = '';
  let inWord = false;
  for (const character of line) {
    if (quote !== '') {
      if (character === quote) quote = '';
      else current += character;
    } else if (character === "'" || character === '"') {
      quote = character;
      inWord = true;
    } else if (/\s/.test(character)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += character;
      inWord = true;
    }
  }
  if (quote !== '') throw new Error(`unclosed quote in: ${line}`);
  if (inWord) words.push(current);
  return words;
}

/** The file name a block asks to be saved as (`json file=anchoralign.config.json`), if any. */
export function blockFileName(block: CodeBlock): string | undefined {
  return /(?:^|\s)file=(\S+)/.exec(block.meta)?.[1];
}

/** Languages whose blocks the docs tests run with the library. */
export const runnableLanguages: ReadonlySet<string> = new Set(['js', 'javascript', 'mjs', 'ts', 'typescript']);

/** Code blocks in document order; a `text output` block is attached to the block before it. */
export function extractCodeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  let lastClosedAt = -1;
  for (let index = 0; index < lines.length; index++) {
    const opening = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(lines[index]!);
    if (!opening) continue;
    const fence = opening[2]!;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(fence)) body.push(lines[end++]!);
    const block: CodeBlock = {
      lang: opening[3]!.toLowerCase(),
      meta: opening[4]!.trim(),
      code: body.join('\n') + '\n',
      line: index + 1,
    };
    const previous = blocks.at(-1);
    const onlyBlankBetween = lines.slice(lastClosedAt + 1, index).every((line) => line.trim() === '');
    if (block.lang === 'text' && block.meta === 'output' && previous && onlyBlankBetween) {
      previous.expectedOutput = block.code;
    } else {
      blocks.push(block);
    }
    lastClosedAt = end;
    index = end;
  }
  return blocks;
}
