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
