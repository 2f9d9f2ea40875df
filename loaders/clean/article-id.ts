// Content-derived article ids, so that loading the same story twice is a no-op.

import { createHash } from 'node:crypto';

/** Text folded so that case and spacing differences do not change the id. */
function foldForId(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The id of a story with this cleaned text: 'a_' + the first 16 hex digits of sha256 of the folded text. */
export function articleIdFromText(text: string): string {
  return 'a_' + createHash('sha256').update(foldForId(text)).digest('hex').slice(0, 16);
}
