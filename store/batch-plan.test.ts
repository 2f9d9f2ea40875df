// Unit tests for planning a batch of articles against the stored keys, without a database.

import { BROKEN_ARTICLE, DRONE_DEAL, PHONE_CALL, RENAMING_NOTE } from '../test/fixtures/store-articles.js';
import { batchKeys, planBatch } from './batch-plan.js';
import { mergeEntity, planArticle } from './write-plan.js';

const nothingStored = { articleIds: new Set<string>(), entities: new Map() };

describe('planBatch', () => {
  it('merges an entity with each article in batch order and upserts its final record once', () => {
    const plans = [PHONE_CALL, RENAMING_NOTE, DRONE_DEAL].map((article) => planArticle(article));
    const batch = planBatch(plans, nothingStored);
    const russia = batch.entities.filter((entity) => entity.id === 'country-russia');
    const [fromCall, fromNote, fromDeal] = [PHONE_CALL, RENAMING_NOTE, DRONE_DEAL].map((article) => article.entities.find((entity) => entity.id === 'country-russia')!);
    const oneByOne = mergeEntity(mergeEntity(mergeEntity(null, fromCall, '2024-03-04'), fromNote, null), fromDeal, '2024-05-20');
    expect(russia).toEqual([oneByOne]);
    expect(batch.results.map((result) => result.entitiesAdded)).toEqual([4, 1, 2]);
    expect(batch.newEntityIds).toEqual(new Set(batch.entities.map((entity) => entity.id)));
  });

  it('skips an article already stored or given earlier in the batch, and counts only what the store lacked', () => {
    const plans = [DRONE_DEAL, PHONE_CALL, DRONE_DEAL].map((article) => planArticle(article));
    const stored = { articleIds: new Set([PHONE_CALL.id]), entities: new Map() };
    const batch = planBatch(plans, stored);
    expect(batch.results.map((result) => result.skipped)).toEqual([false, true, true]);
    expect(batch.articles.map((article) => article.id)).toEqual([DRONE_DEAL.id]);
    expect(batch.mentions.every((mention) => mention.articleId === DRONE_DEAL.id)).toBe(true);
    expect(batchKeys(plans)).toEqual({ articleIds: [DRONE_DEAL.id, PHONE_CALL.id], entityIds: expect.arrayContaining(['country-iran', 'person-ebrahim-raisi']) });
  });

  it('refuses a relation to an unlisted entity before anything is planned, unless its article is skipped', () => {
    const plans = [PHONE_CALL, BROKEN_ARTICLE].map((article) => planArticle(article));
    expect(() => planBatch(plans, nothingStored)).toThrow(expect.objectContaining({ id: 'invalid_argument' }));
    expect(planBatch(plans, { ...nothingStored, articleIds: new Set([BROKEN_ARTICLE.id]) }).results[1].skipped).toBe(true);
  });
});
