// Tests of how uploads are split into requests the server accepts, and how their progress adds up.

import { queuedLoadStatus } from '../../../core/load-status.js';
import type { LoadStatus } from '../../../core/model.js';
import { combinedStatus, MAX_REQUEST_CHARS, MAX_REQUEST_ITEMS, packRequests, toBase64 } from './upload-batches.js';

const status = (patch: Partial<LoadStatus>): LoadStatus => ({ ...queuedLoadStatus('x', 0, '2025-01-01T00:00:00Z'), state: 'done', ...patch });

describe('uploading articles', () => {
  it('sends a few small files and a pasted article in one request', () => {
    const { requests, oversized } = packRequests([{ name: 'a.txt', data: 'QQ==' }, { name: 'b.md', data: 'Qg==' }], [{ text: 'Kyiv was shelled overnight.' }]);
    expect(oversized).toEqual([]);
    expect(requests).toEqual([{ files: [{ name: 'a.txt', data: 'QQ==' }, { name: 'b.md', data: 'Qg==' }], articles: [{ text: 'Kyiv was shelled overnight.' }] }]);
  });

  it('splits files that together pass the body limit into several requests, keeping their order', () => {
    const big = 'x'.repeat(Math.floor(MAX_REQUEST_CHARS / 2.5));
    const files = ['1.txt', '2.txt', '3.txt', '4.txt', '5.txt'].map((name) => ({ name, data: big }));
    const { requests } = packRequests(files, []);
    expect(requests.length).toBe(3);
    expect(requests.flatMap((request) => request.files!.map((file) => file.name))).toEqual(files.map((file) => file.name));
    for (const request of requests) expect(JSON.stringify(request).length).toBeLessThanOrEqual(MAX_REQUEST_CHARS + 100);
  });

  it('caps the number of items per request', () => {
    const articles = Array.from({ length: MAX_REQUEST_ITEMS + 5 }, (_, i) => ({ text: `Story ${i}.` }));
    expect(packRequests([], articles).requests.map((request) => request.articles!.length)).toEqual([MAX_REQUEST_ITEMS, 5]);
  });

  it('sets aside a file too big for any request instead of sending it', () => {
    const { requests, oversized } = packRequests([{ name: 'huge.txt', data: 'x'.repeat(MAX_REQUEST_CHARS + 1) }, { name: 'small.txt', data: 'QQ==' }], []);
    expect(oversized.map((item) => item.name)).toEqual(['huge.txt']);
    expect(requests).toEqual([{ files: [{ name: 'small.txt', data: 'QQ==' }] }]);
  });

  it('adds up the progress of several loads, running until every one has finished', () => {
    const combined = combinedStatus([
      status({ state: 'done', articlesTotal: 3, articlesDone: 3, articlesAdded: 2, articlesSkipped: 1, failures: [{ input: 'a.pdf', reason: 'looks like a PDF' }] }),
      status({ state: 'running', articlesTotal: 4, articlesDone: 1, articlesAdded: 1 }),
    ]);
    expect(combined).toMatchObject({ state: 'running', articlesTotal: 7, articlesDone: 4, articlesAdded: 3, articlesSkipped: 1 });
    expect(combined.failures).toEqual([{ input: 'a.pdf', reason: 'looks like a PDF' }]);
    expect(combinedStatus([status({ state: 'queued' }), status({ state: 'queued' })]).state).toBe('queued');
    expect(combinedStatus([status({ state: 'done' }), status({ state: 'failed', error: 'The load stopped: disk full' })])).toMatchObject({
      state: 'failed',
      failures: [{ input: 'the load', reason: 'The load stopped: disk full' }],
    });
  });

  it('encodes bytes as base64 the way the server decodes them', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(Buffer.from(toBase64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});
