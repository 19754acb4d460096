// Input formats: HTML and Markdown read into plain text, with every offset mapped back into the file.
export { readHtml } from './html.js';
export { readMarkdown } from './markdown.js';
export { type ReadBlock, type ReadText, toSourceEnd, toSourceSpan, toSourceStart } from './offsets.js';
export { formatFromFileName, inputFormatNames, isInputFormat, resolveInputFormat, sniffFormat } from './detect.js';
export { originalTextOf, toOriginalSpan } from './original.js';
