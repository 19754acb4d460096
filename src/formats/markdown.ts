// Reads Markdown as the text a reader sees: headings as headings, link text without its URL, images,
// code blocks and raw HTML left out.
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { pushValue } from './align-value.js';
import { type ReadBlock, ReadTextBuilder, type ReadText } from './offsets.js';

/** Never read as sentences: pictures, code, raw markup and link definitions. */
const skippedNodes = new Set(['image', 'imageReference', 'code', 'html', 'definition', 'yaml', 'toml']);
/** Nodes that end a line of their own. */
const blockNodes = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'thematicBreak', 'break']);

/**
 * Reads a CommonMark document into plain text for segmentation, with a map from every offset of that
 * text back into `markdown`.
 *
 * Headings (`#`, underlined) are headings; link text is read and its URL is not; images, code blocks,
 * raw HTML and link definitions are left out; emphasis marks, backslash escapes and character references
 * are read as what they stand for. Each paragraph, heading, list item and hard line break ends a line.
 *
 * @param markdown - The file's text, without a BOM.
 * @throws {TypeError} when `markdown` is not a string.
 */
export function readMarkdown(markdown: string): ReadText {
  if (typeof markdown !== 'string') throw new TypeError(`markdown must be a string, got ${markdown === null ? 'null' : typeof markdown}`);
  const tree = fromMarkdown(markdown);
  const builder = new ReadTextBuilder();
  const stack: Array<{ node: Nodes; kind: ReadBlock['kind'] } | { close: true }> = [{ node: tree, kind: undefined }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      builder.endBlock();
      continue;
    }
    const { node, kind } = item;
    if (skippedNodes.has(node.type)) continue;
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      pushValue(builder, node.value, markdown, start, end, kind, { backslashEscapes: true });
      continue;
    }
    if (blockNodes.has(node.type)) {
      builder.endBlock();
      stack.push({ close: true });
    }
    if (!('children' in node)) continue;
    const childKind: ReadBlock['kind'] = node.type === 'heading' ? 'heading' : kind;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, kind: childKind });
  }
  return builder.finish();
}
