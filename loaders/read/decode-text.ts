// Decodes an input file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

import iconv from 'iconv-lite';

/** How a file's bytes were decoded. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Byte order marks, longest first, and the encoding each announces. */
const BYTE_ORDER_MARKS: [number[], TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding announced by a byte order mark at the start of `bytes`, or null. */
export function byteOrderMark(bytes: Uint8Array): TextEncoding | null {
  const found = BYTE_ORDER_MARKS.find(([mark]) => mark.every((byte, index) => bytes[index] === byte));
  return found ? found[1] : null;
}

/**
 * Decodes a file's bytes. A byte order mark decides; without one the bytes are read as UTF-8, and if
 * they are not valid UTF-8 as Windows-1252, the usual encoding of older Western text ("caf\xE9" →
 * "café", 0x93 → “). UTF-8 and UTF-16 go through the WHATWG TextDecoder, whose `fatal` mode is the
 * exact UTF-8 validity check. Windows-1252 goes through iconv-lite: Node's own TextDecoder decodes it
 * as Latin-1 since 20.18.3 (nodejs/node#60888), turning curly quotes and € into control characters.
 * Every byte Windows-1252 defines becomes its character; only the five bytes it leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const marked = byteOrderMark(bytes);
  // TextDecoder drops the byte order mark itself (ignoreBOM is false by default).
  if (marked) return { text: new TextDecoder(marked).decode(bytes), encoding: marked };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
}
