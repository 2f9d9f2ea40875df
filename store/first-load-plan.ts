// Plans a first load written all at once (a bulk import into an empty store): one plan for every article, a bad article failing alone.

import type { ExtractedArticle, WriteResult } from '../core/model.js';
import { planBatch, type BatchPlan } from './batch-plan.js';
import { planArticle, requireRelationEndpoints, type ArticlePlan } from './write-plan.js';

/** A whole load planned against an empty store. */
export interface FirstLoadPlan {
  /** One per article, in the order given: what writing it does, or why it cannot be stored. */
  results: (WriteResult | Error)[];
  /** The rows of every article that can be stored; each node key appears once. */
  batch: BatchPlan;
}

const NOTHING_STORED = { articleIds: new Set<string>(), entities: new Map() };

/**
 * Plans `articles` as writing them in order into an empty store would end, whatever the batches: an
 * article given earlier is skipped, entities are merged in article order, and an article that cannot be
 * planned (malformed, or a relation to an entity it does not list) becomes that article's Error with
 * the message writeArticle gives, the others going on. As with writeArticle, a repeat of an article
 * already planned is skipped without its relations being checked.
 */
export function planFirstLoad(articles: ExtractedArticle[]): FirstLoadPlan {
  const results: (WriteResult | Error)[] = [];
  const plans: ArticlePlan[] = [];
  const slots: number[] = [];
  const planned = new Set<string>();
  articles.forEach((article, index) => {
    try {
      const plan = planArticle(article);
      if (!planned.has(plan.article.id)) for (const relation of plan.relations) requireRelationEndpoints(plan, relation);
      planned.add(plan.article.id);
      plans.push(plan);
      slots.push(index);
    } catch (error) {
      results[index] = error instanceof Error ? error : new Error(String(error));
    }
  });
  const batch = planBatch(plans, NOTHING_STORED);
  batch.results.forEach((result, k) => (results[slots[k]] = result));
  return { results, batch };
}
