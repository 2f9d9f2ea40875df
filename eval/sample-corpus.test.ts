// Tests for reading annotated sample articles and their gold answers from a folder.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSampleGold, readSampleCorpus, sampleToArticle } from './sample-corpus.js';

const STORY = `---
title: Harbour talks resume
source: Coastal Ledger
publishedAt: 2024-03-05
---
Mayor Ines Duarte met port workers on Tuesday.
`;

const GOLD = {
  entities: [{ name: 'Ines Duarte', type: 'PERSON' }],
  relations: [{ subject: 'Ines Duarte', predicate: 'MET_WITH', object: 'Port Workers Union' }],
};

describe('sampleToArticle', () => {
  it('takes title, source and date from the front matter and the body as text', () => {
    const article = sampleToArticle('harbour.md', STORY);
    expect(article).toMatchObject({ title: 'Harbour talks resume', source: 'Coastal Ledger', publishedAt: '2024-03-05', author: null });
    expect(article.text).toBe('Mayor Ines Duarte met port workers on Tuesday.');
  });
});

describe('parseSampleGold', () => {
  it('refuses a predicate outside the vocabulary, as invalid_argument', () => {
    const broken = { ...GOLD, relations: [{ subject: 'A', predicate: 'LIKES', object: 'B' }] };
    expect(() => parseSampleGold('bad.json', broken)).toThrow(expect.objectContaining({ id: 'invalid_argument' }));
  });
});

describe('readSampleCorpus', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-eval-'));
    await mkdir(join(folder, 'samples'));
    await mkdir(join(folder, 'gold'));
    await writeFile(join(folder, 'samples', 'b-harbour.md'), STORY);
    await writeFile(join(folder, 'gold', 'b-harbour.json'), JSON.stringify(GOLD));
    await writeFile(join(folder, 'samples', 'a-unannotated.md'), 'Nothing annotated here.');
    await writeFile(join(folder, 'samples', 'notes.txt'), 'not a sample');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('reads every Markdown sample in name order, with its gold answer when there is one', async () => {
    const samples = await readSampleCorpus(join(folder, 'samples'), join(folder, 'gold'));
    expect(samples.map(({ article, gold }) => [article.title || article.text, gold?.entities[0]?.name ?? null])).toEqual([
      ['Nothing annotated here.', null],
      ['Harbour talks resume', 'Ines Duarte'],
    ]);
  });
});
