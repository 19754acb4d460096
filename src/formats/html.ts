// Reads an HTML page as the text a reader sees: scripts, styles and templates left out, one line per
// block, headings, captions and page furniture marked by the markup itself.
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { pushValue } from './align-value.js';
import { type ReadBlock, ReadTextBuilder, type ReadText } from './offsets.js';

/** Never read: code, styling, metadata and content the page does not show. */
const skippedElements = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea']);

/** Page furniture: navigation, footers, side boxes. */
const boilerplateElements = new Set(['nav', 'footer', 'aside']);
/** ARIA landmarks that are page furniture whatever the element. */
const boilerplateRoles = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search']);
const headingElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A photo or table caption. */
const captionElements = new Set(['figcaption', 'caption']);

/** Elements that start and end a line of their own (everything else runs on inside the line). */
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);

/**
 * Reads an HTML document (a whole page or a fragment) into plain text for segmentation, with a map from
 * every offset of that text back into `html`.
 *
 * Left out: `<head>`, `<script>`, `<style>`, `<noscript>`, `<template>`, embedded SVG and MathML, form
 * controls, comments, and elements with the `hidden` attribute. Each block element (`<p>`, `<li>`,
 * `<h2>`, `<td>`, …) and each `<br>` ends a line. Character references are decoded (`&amp;` → `&`,
 * `&#1575;` → `ا`) and white space collapses as a browser shows it. Blocks inside `<h1>`–`<h6>` are
 * headings, inside `<figcaption>` or a table `<caption>` captions, inside `<nav>`, `<footer>`, `<aside>`
 * (or an ARIA navigation, contentinfo, complementary, banner or search landmark) boilerplate.
 *
 * @param html - The file's text, without a BOM.
 * @throws {TypeError} when `html` is not a string.
 */
export function readHtml(html: string): ReadText {
  if (typeof html !== 'string') throw new TypeError(`html must be a string, got ${html === null ? 'null' : typeof html}`);
  const tree = parse(html, { sourceCodeLocationInfo: true });
  const builder = new ReadTextBuilder();
  // An explicit stack: scraped markup nested thousands deep must not overflow the call stack.
  const stack: Array<{ node: Node; kind: ReadBlock['kind'] } | { close: true }> = [{ node: tree, kind: undefined }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      builder.endBlock();
      continue;
    }
    const { node, kind } = item;
    if (node.nodeName === '#text') {
      const text = node as TextNode;
      const location = text.sourceCodeLocation;
      if (!location) continue; // made up by the parser, never in the file
      const start = referenceStartBefore(html, location.startOffset, text.value);
      pushValue(builder, text.value, html, start, location.endOffset, kind, { backslashEscapes: false, skipTags: true });
      continue;
    }
    if (!('childNodes' in node)) continue; // comments, doctype
    let childKind = kind;
    if ('tagName' in node) {
      if (skippedElements.has(node.tagName) || node.attrs.some((attribute) => attribute.name === 'hidden')) continue;
      childKind = kindOf(node, kind);
      if (blockElements.has(node.tagName)) {
        builder.endBlock();
        stack.push({ close: true });
      }
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, kind: childKind });
  }
  return builder.finish();
}

/** Character references are at most this long (`&CounterClockwiseContourIntegral;`). */
const longestReference = 33;

/**
 * Where a text node really begins. parse5 places a text node that begins with a character reference
 * right after dropped white space (`\n&lt;` at the very start of a fragment) on the reference's last
 * character; the `&` that begins it is then just before.
 */
function referenceStartBefore(html: string, start: number, value: string): number {
  if (start === 0 || html.charCodeAt(start) === value.charCodeAt(0) || html.charCodeAt(start) === 0x26) return start;
  const ampersand = html.lastIndexOf('&', start);
  return ampersand >= 0 && start - ampersand < longestReference && !html.slice(ampersand, start).includes('<') ? ampersand : start;
}

type Node = DefaultTreeAdapterMap['node'];
type TextNode = DefaultTreeAdapterMap['textNode'];
type Element = DefaultTreeAdapterMap['element'];

/** The kind an element gives its text: furniture wins over headings and captions, which keep what is around them. */
function kindOf(element: Element, inherited: ReadBlock['kind']): ReadBlock['kind'] {
  if (inherited === 'boilerplate') return inherited;
  const roles = element.attrs.find((attribute) => attribute.name === 'role')?.value.toLowerCase().split(' ') ?? [];
  if (boilerplateElements.has(element.tagName) || roles.some((role) => boilerplateRoles.has(role))) return 'boilerplate';
  if (inherited !== undefined) return inherited;
  if (headingElements.has(element.tagName)) return 'heading';
  if (captionElements.has(element.tagName)) return 'caption';
  return undefined;
}
