// Tells a binary file (image, PDF, archive, program…) from text by its bytes, whatever its name says.

import { fileTypeFromBuffer } from 'file-type';

/** Bytes looked at: file-type reads its magic numbers from the first few KB, and a NUL shows up early. */
const SNIFF_BYTES = 8192;

/** Formats file-type knows that are text an article reader could still read. */
const TEXT_MIME = /^text\/|[/+]xml$|[/+]json$/;

/** Names of the kinds users know, by file-type's MIME type or its prefix. */
const KIND_NAMES: [RegExp, (ext: string) => string][] = [
  [/^application\/pdf$/, () => 'a PDF document'],
  [/^image\//, (ext) => `an image (${ext.toUpperCase()})`],
  [/^audio\//, (ext) => `an audio file (${ext.toUpperCase()})`],
  [/^video\//, (ext) => `a video (${ext.toUpperCase()})`],
  [/^application\/(zip|gzip|x-tar|x-7z-compressed|x-rar-compressed|vnd\.rar|x-bzip2|x-xz|zstd|x-lzip|x-compress|x-cpio|x-lzh-compressed|x-unix-archive)$/, (ext) => `a ${ext} archive`],
  [/wordprocessingml|msword|opendocument\.text|rtf/, () => 'a word-processor document'],
  [/spreadsheetml|ms-excel|opendocument\.spreadsheet/, () => 'a spreadsheet'],
  [/presentationml|ms-powerpoint|opendocument\.presentation/, () => 'a presentation'],
  [/epub|mobipocket/, () => 'an e-book'],
];

/**
 * What kind of binary file `bytes` (the start of a file) is, named for a person ("a PDF document",
 * "an image (PNG)", "binary data"), or null when it may be text. Detection is by magic number
 * (file-type) and, for formats it does not know, by NUL bytes, which text never holds. Call it only
 * on bytes without a UTF-16 byte order mark: UTF-16 text is full of NUL bytes.
 */
export async function binaryKind(bytes: Uint8Array): Promise<string | null> {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const type = await fileTypeFromBuffer(head);
  if (type && !TEXT_MIME.test(type.mime)) {
    const named = KIND_NAMES.find(([pattern]) => pattern.test(type.mime));
    return named ? named[1](type.ext) : `a .${type.ext} file (${type.mime})`;
  }
  return head.includes(0) ? 'binary data (it holds NUL bytes)' : null;
}
