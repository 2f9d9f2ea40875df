// Splits what the reader adds (files and pasted articles) into requests the server accepts, and sums their progress.

import type { LoadStatus } from '../../../core/model.js';

/** A file to upload: its name (the extension picks the reader) and its bytes in base64. */
export interface UploadFile {
  name: string;
  data: string;
}

/** A pasted article. */
export interface PastedArticle {
  text: string;
  title?: string;
  source?: string;
  publishedAt?: string;
}

/** One POST /api/articles body. */
export interface UploadRequest {
  files?: UploadFile[];
  articles?: PastedArticle[];
}

/** JSON the server takes in one request (its body limit is 1 MB), leaving room for the wrapping. */
export const MAX_REQUEST_CHARS = 900_000;
/** Items in one request at most (the server's own cap is 1,000 articles). */
export const MAX_REQUEST_ITEMS = 200;

/** What cannot be sent at all: one item bigger than a whole request. */
export interface Oversized {
  name: string;
  chars: number;
}

/**
 * Packs files and pasted articles into as few requests as fit the server's body limit, in the order
 * given. An item too big for any request is returned in `oversized` instead (the CLI reads it).
 */
export function packRequests(files: UploadFile[], articles: PastedArticle[]): { requests: UploadRequest[]; oversized: Oversized[] } {
  const requests: UploadRequest[] = [];
  const oversized: Oversized[] = [];
  let current: UploadRequest = {};
  let chars = 0;
  let items = 0;
  const flush = () => {
    if (items > 0) requests.push(current);
    current = {};
    chars = 0;
    items = 0;
  };
  const add = (kind: 'files' | 'articles', item: UploadFile | PastedArticle, name: string) => {
    const size = JSON.stringify(item).length;
    if (size > MAX_REQUEST_CHARS) return void oversized.push({ name, chars: size });
    if (chars + size > MAX_REQUEST_CHARS || items >= MAX_REQUEST_ITEMS) flush();
    ((current[kind] ??= []) as (UploadFile | PastedArticle)[]).push(item);
    chars += size;
    items += 1;
  };
  files.forEach((file) => add('files', file, file.name));
  articles.forEach((article, index) => add('articles', article, article.title || `pasted article ${index + 1}`));
  flush();
  return { requests, oversized };
}

/** The state of several loads as one: queued while all wait, running until all finish, then failed if any failed. */
function combinedState(statuses: LoadStatus[]): LoadStatus['state'] {
  const finished = statuses.every((status) => status.state === 'done' || status.state === 'failed');
  if (!finished) return statuses.every((status) => status.state === 'queued') ? 'queued' : 'running';
  return statuses.some((status) => status.state === 'failed') ? 'failed' : 'done';
}

/** The progress of several loads as one: counts added up, failures listed together. */
export function combinedStatus(statuses: LoadStatus[]): Pick<LoadStatus, 'state' | 'articlesTotal' | 'articlesDone' | 'articlesAdded' | 'articlesSkipped' | 'entitiesAdded' | 'relationsAdded' | 'failures'> {
  const sum = (pick: (status: LoadStatus) => number) => statuses.reduce((total, status) => total + pick(status), 0);
  return {
    state: combinedState(statuses),
    articlesTotal: sum((status) => status.articlesTotal),
    articlesDone: sum((status) => status.articlesDone),
    articlesAdded: sum((status) => status.articlesAdded),
    articlesSkipped: sum((status) => status.articlesSkipped),
    entitiesAdded: sum((status) => status.entitiesAdded),
    relationsAdded: sum((status) => status.relationsAdded),
    failures: statuses.flatMap((status) => [...status.failures, ...(status.error ? [{ input: 'the load', reason: status.error }] : [])]),
  };
}

/** A file's bytes as base64, in chunks so that big files do not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}
