// Unit tests for planning a whole first load at once, without a database.

import { BROKEN_ARTICLE, DRONE_DEAL, PHONE_CALL } from '../test/fixtures/store-articles.js';
import { planFirstLoad } from './first-load-plan.js';

const FIXED_BROKEN = { ...BROKEN_ARTICLE, relations: BROKEN_ARTICLE.relations.slice(0, 1) };

describe('planFirstLoad', () => {
  it('fails only the article with a bad relation and plans the others, as the batched writes do', () => {
    const { results, batch } = planFirstLoad([PHONE_CALL, BROKEN_ARTICLE, DRONE_DEAL]);
    expect(results[1]).toEqual(expect.objectContaining({ id: 'invalid_argument' }));
    expect(results.filter((result) => !(result instanceof Error)).map((result) => !(result instanceof Error) && result.articleId)).toEqual([PHONE_CALL.id, DRONE_DEAL.id]);
    expect(batch.articles.map((article) => article.id)).toEqual([PHONE_CALL.id, DRONE_DEAL.id]);
    expect(batch.mentions.some((mention) => mention.entityId === 'country-belarus')).toBe(false);
  });

  it('stores a good repeat of a failed article, and skips a bad repeat of a stored one without checking it', () => {
    const failedThenGood = planFirstLoad([BROKEN_ARTICLE, FIXED_BROKEN]).results;
    expect(failedThenGood[0]).toBeInstanceOf(Error);
    expect(failedThenGood[1]).toMatchObject({ skipped: false, relationsAdded: 1 });
    const goodThenBad = planFirstLoad([FIXED_BROKEN, BROKEN_ARTICLE]).results;
    expect(goodThenBad).toEqual([expect.objectContaining({ skipped: false }), expect.objectContaining({ skipped: true, relationsAdded: 0 })]);
  });

  it('names every entity once, with its record merged over all the articles in order', () => {
    const { batch } = planFirstLoad([PHONE_CALL, DRONE_DEAL, PHONE_CALL]);
    const ids = batch.entities.map((entity) => entity.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(batch.entities.find((entity) => entity.id === 'country-russia')).toMatchObject({ articleCount: 2, aliases: ['Moscow'], firstSeen: '2024-03-04', lastSeen: '2024-05-20' });
  });
});
