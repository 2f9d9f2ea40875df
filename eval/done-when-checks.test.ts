// The done-when checks: on our own sample articles (which state the seeds' facts in their own words)
// every expected edge is found, and the checks themselves tell a missing edge and a stray relation.

import { fileURLToPath } from 'node:url';
import type { ExtractedArticle } from '../core/model.js';
import { extractArticle } from '../loaders/extract/extract-article.js';
import { extractPaths } from '../loaders/pipeline.js';
import { checkDoneWhen, DONE_WHEN_EDGES } from './done-when-checks.js';

const samples = fileURLToPath(new URL('../data/samples', import.meta.url));

async function extracted(folder: string): Promise<ExtractedArticle[]> {
  const articles: ExtractedArticle[] = [];
  for await (const event of extractPaths([folder], { workers: 1 })) if (event.kind === 'article') articles.push(event.article);
  return articles;
}

const story = (id: string, text: string) =>
  extractArticle({ id, file: null, parent: null, title: 'Test story', source: null, url: null, author: null, publishedAt: null, text }).article;

describe('checkDoneWhen', () => {
  it('finds every done-when edge, with its evidence, in the sample articles', async () => {
    const report = checkDoneWhen(await extracted(samples));
    const missing = report.edges.filter((check) => check.evidence.length === 0).map(({ edge }) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(missing).toEqual([]);
    expect(report.edges).toHaveLength(DONE_WHEN_EDGES.length);
    for (const { evidence } of report.edges) expect(evidence[0].sentence.length).toBeGreaterThan(20);
    expect(report.onePersonIds).toEqual(['person:volodymyr-zelensky']);
    expect(report.crossStoryRelations).toEqual([]);
  });

  it('reports an edge no article states as missing, and the item a supply must carry', () => {
    const report = checkDoneWhen([story('t1', 'Iran supplied Russia with artillery shells last year.')], [
      { subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia' },
      { subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia', item: 'drone' },
      { subject: 'Russia', predicate: 'SUPPLIES', object: 'Iran' },
    ]);
    expect(report.edges.map((check) => check.evidence.length)).toEqual([1, 0, 0]);
  });

  it('counts a relation whose end is not an entity of its own story', () => {
    const article = story('t2', 'Iran supplied Russia with artillery shells last year.');
    const stray = { ...article, relations: article.relations.map((relation) => ({ ...relation, object: 'person:someone-elsewhere' })) };
    expect(checkDoneWhen([stray]).crossStoryRelations).toHaveLength(1);
  });

  it('counts two entities for Zelensky and Zelenskiy when they were not resolved to one', () => {
    const report = checkDoneWhen([story('z1', 'President Zelensky spoke in Kyiv.'), story('z2', 'Ukrainian President Volodymyr Zelenskiy spoke in Lviv.')]);
    expect(report.onePersonIds).toHaveLength(2);
  });
});
