// Which format a file is in: its extension, else a look at how it begins.
import type { InputFormat } from '../types.js';

/** The formats callers may name (`auto` is resolved with {@link resolveInputFormat}). */
export const inputFormatNames: readonly InputFormat[] = ['text', 'html', 'markdown'];

export function isInputFormat(value: unknown): value is InputFormat {
  return typeof value === 'string' && (inputFormatNames as readonly string[]).includes(value);
}

const extensionFormats: ReadonlyMap<string, InputFormat> = new Map([
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['txt', 'text'],
]);

/** The format a file name's extension names (`.html`, `.htm`, `.md`, `.markdown`, `.txt`), if any. */
export function formatFromFileName(path: string): InputFormat | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? undefined : extensionFormats.get(name.slice(dot + 1).toLowerCase());
}

/** How many characters are looked at to tell an HTML page from text. */
const sniffLength = 1024;
/** Longest XML declaration or comment skipped before the first tag. */
const maxPrologPartLength = 200;
// A page begins (after white space, an XML declaration or comments) with a doctype or one of these tags.
const pageTag = /^<(?:!doctype\s+html|html|head|body|meta|title|article)[\s>]/i;

/** Where `text` goes on after a part of the prolog opening at `at` (`open` … `close`, no `>` inside), or -1. */
function skipPrologPart(text: string, at: number, open: string, close: string): number {
  if (!text.startsWith(open, at)) return -1;
  const end = text.indexOf('>', at + open.length);
  const contentLength = end - close.length + 1 - (at + open.length);
  if (end < 0 || contentLength < 0 || contentLength > maxPrologPartLength || !text.startsWith(close, end - close.length + 1)) return -1;
  return end + 1;
}

/** Whether the text begins like a page: white space, XML declarations and comments, then a page tag. */
function beginsLikePage(text: string): boolean {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const next = Math.max(skipPrologPart(text, at, '<?xml', '?>'), skipPrologPart(text, at, '<!--', '-->'));
    if (next < 0) break;
    at = next;
  }
  return pageTag.test(text.slice(at));
}

/**
 * The format of a text whose name says nothing: `html` when it begins like a page (`<!DOCTYPE html>`,
 * `<html>`, `<head>`, …), else `text`. Markdown is never guessed from content: plain articles also
 * hold `#` and `*`.
 */
export function sniffFormat(text: string): InputFormat {
  return beginsLikePage(text.slice(0, sniffLength)) ? 'html' : 'text';
}

/**
 * `auto` resolved: `.html`, `.htm`, `.md` and `.markdown` files are what their extension says; any other
 * file (`.txt` too: scrapes are often saved so) is {@link sniffFormat}ed.
 */
export function resolveInputFormat(path: string | undefined, text: string): InputFormat {
  const named = path === undefined ? undefined : formatFromFileName(path);
  return named === 'html' || named === 'markdown' ? named : sniffFormat(text);
}
