// A unified plugin: re-groups the words of a retext (nlcst) tree into anchoralign's paragraphs and
// sentences, so retext users get the same boundaries, positions and kinds as `segment()`.
import type { Paragraph, Root, Sentence as NlcstSentence, SentenceContent, WhiteSpace } from 'nlcst';
import type { Point as UnistPoint, Position } from 'unist';
import type { LanguageProfile } from '../lang/profile.js';
import type { Sentence, SentenceKind } from '../types.js';
import { LineIndex } from './position.js';
import { resolveProfile, segment } from './segment.js';

declare module 'nlcst' {
  interface SentenceData {
    /** Set by `retextAnchoralign`: body, heading, caption or boilerplate. */
    kind?: SentenceKind;
    /** Set by `retextAnchoralign`: 0-based index of the sentence in the document. */
    index?: number;
  }
}

/** Options of {@link retextAnchoralign}. */
export interface RetextAnchoralignOptions {
  /** BCP 47 language code of the text (generic rules when absent or unknown). */
  lang?: string;
  /** A profile to use instead of the one `lang` names. */
  profile?: LanguageProfile;
}

type Leaf = SentenceContent;

/**
 * What the plugin reads of unified's `VFile`: its text. Written out instead of importing `vfile`,
 * so that the published types need no package that only retext users have.
 */
export interface RetextFile {
  value?: unknown;
}

/**
 * unified plugin for retext: after a parser such as `retext-latin` has built the nlcst tree, it
 * regroups the tree's words, punctuation and white space into anchoralign's paragraphs (one per
 * non-empty line) and sentences. Every `SentenceNode` gets `position` (line and column 1-based, offset
 * 0-based UTF-16, end exclusive — the same span as `segment()` gives) and `data.kind`; white space
 * between sentences sits in the paragraph, and line breaks between paragraphs in the root.
 *
 * @example
 * ```ts
 * import { retext } from 'retext';
 * const processor = retext().use(retextAnchoralign, { lang: 'nl' });
 * const tree = processor.runSync(processor.parse(text), text);
 * // tree.children: ParagraphNodes (one per non-empty line) whose SentenceNodes carry
 * // position.start/end and data.kind ('body' | 'heading' | 'caption' | 'boilerplate')
 * ```
 * @throws {TypeError} when `options` has the wrong shape (as `segment()`).
 */
export function retextAnchoralign(options: RetextAnchoralignOptions = {}) {
  const profile = resolveProfile(options);
  return function transformer(tree: Root, file: RetextFile): Root {
    const text = String(file.value ?? '');
    return regroup(tree, text, segment(text, { profile }));
  };
}

/** Rebuilds `tree` around `sentences`; the leaves (and their positions) are kept as they are. */
function regroup(tree: Root, text: string, sentences: readonly Sentence[]): Root {
  const leaves: Leaf[] = [];
  collectLeaves(tree, leaves);
  const lines = new LineIndex(text);
  const locate = (offset: number): UnistPoint => lines.point(offset);
  const rootChildren: Root['children'] = [];
  let leafIndex = 0;
  let paragraph: Paragraph | undefined;
  let paragraphIndex = -1;

  const startOf = (leaf: Leaf) => leaf.position?.start.offset ?? 0;
  const endOf = (leaf: Leaf) => leaf.position?.end.offset ?? startOf(leaf);
  // Leaves before `limit` that belong to no sentence: white space in the paragraph or the root.
  const flushGap = (limit: number, into: Paragraph | undefined) => {
    while (leafIndex < leaves.length && endOf(leaves[leafIndex]!) <= limit) {
      const leaf = leaves[leafIndex++]!;
      const gap = asWhiteSpace(leaf);
      if (into) into.children.push(gap);
      else rootChildren.push(gap);
    }
  };

  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraphIndex) {
      closeParagraph(paragraph);
      flushGap(sentence.start, undefined);
      paragraphIndex = sentence.paragraph;
      paragraph = { type: 'ParagraphNode', children: [] };
      rootChildren.push(paragraph);
    }
    flushGap(sentence.start, paragraph);
    const node: NlcstSentence = {
      type: 'SentenceNode',
      children: [],
      position: { start: locate(sentence.start), end: locate(sentence.end) },
      data: { kind: sentence.kind, index: sentence.index },
    };
    while (leafIndex < leaves.length && startOf(leaves[leafIndex]!) < sentence.end) {
      node.children.push(leaves[leafIndex++]!);
    }
    paragraph!.children.push(node);
  }
  closeParagraph(paragraph);
  flushGap(Number.POSITIVE_INFINITY, undefined);
  tree.children = rootChildren;
  tree.position = { start: locate(0), end: locate(text.length) };
  return tree;
}

/** The children of every sentence (words, punctuation, symbols, white space), and loose white space. */
function collectLeaves(node: Root | Paragraph | NlcstSentence | Leaf, into: Leaf[]): void {
  if (node.type === 'RootNode' || node.type === 'ParagraphNode' || node.type === 'SentenceNode') {
    for (const child of node.children) collectLeaves(child as Paragraph | NlcstSentence | Leaf, into);
  } else {
    into.push(node);
  }
}

function asWhiteSpace(leaf: Leaf): WhiteSpace {
  if (leaf.type === 'WhiteSpaceNode') return leaf;
  // A zero-width or bidi mark between sentences: blank for anchoralign, so it is white space here too.
  const value = 'value' in leaf ? leaf.value : '';
  return leaf.position ? { type: 'WhiteSpaceNode', value, position: leaf.position } : { type: 'WhiteSpaceNode', value };
}

function closeParagraph(paragraph: Paragraph | undefined): void {
  if (!paragraph) return;
  const sentences = paragraph.children.filter((child): child is NlcstSentence => child.type === 'SentenceNode');
  const first = sentences[0]?.position;
  const last = sentences[sentences.length - 1]?.position;
  if (first && last) paragraph.position = { start: first.start, end: last.end } satisfies Position;
}
