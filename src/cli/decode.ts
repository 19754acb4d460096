/** The outcome of decoding one file's bytes. */
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; reason: string };

/**
 * Decodes a file: UTF-8 (a leading BOM dropped), or UTF-16 when it starts with a UTF-16 BOM (the BOM
 * is the only reliable sign, so UTF-16 without one is refused as binary). Binary data (NUL bytes or
 * mostly control characters) and invalid UTF-8 are refused with a reason a person can act on.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) >= 0) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8(body) + (body === bytes ? 0 : 3);
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${offset}); convert it to UTF-8` };
  }
  if (looksBinary(text)) return { ok: false, reason: 'binary file (mostly control characters), not text' };
  return { ok: true, text, encoding: 'utf-8' };
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (body.length % 2 !== 0) return { ok: false, reason: `starts with a ${encoding.toUpperCase()} byte order mark but has an odd number of bytes` };
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    if (text.includes('\u0000') || looksBinary(text)) return { ok: false, reason: 'binary file (control characters after a UTF-16 byte order mark), not text' };
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: `not valid ${encoding.toUpperCase()} (it starts with a UTF-16 byte order mark)` };
  }
}

// More than 10% C0 control characters other than tab, line feed, form feed and carriage return.
function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}

/** The byte offset of the first byte that breaks UTF-8 (used only after the decoder refused). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (lead < 0x80) {
      i++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let code = lead & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
