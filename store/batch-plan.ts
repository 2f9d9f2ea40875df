// Plans the write of a batch of articles against what the store already holds: which are skipped, each entity's final record, every row to create.

import type { EntitySummary, Predicate, WriteResult } from '../core/model.js';
import { mergeEntity, requireRelationEndpoints, type ArticlePlan, type ArticleRow, type MentionRow, type RelationRow } from './write-plan.js';

/** What the store holds of the keys a batch names (batchKeys): the stored article ids and entities. */
export interface StoredKeys {
  articleIds: ReadonlySet<string>;
  entities: ReadonlyMap<string, EntitySummary>;
}

/** One MENTIONS row, with the article it starts from. */
export interface BatchMentionRow extends MentionRow {
  articleId: string;
}

/** Everything a batch writes, as a constant number of set-based statements can take it. */
export interface BatchPlan {
  /** One result per article, in the order given. */
  results: WriteResult[];
  /** The final record of every entity the batch touches (once each, after all its articles), to upsert. */
  entities: EntitySummary[];
  /** The ids among `entities` that the store did not hold before the batch. */
  newEntityIds: ReadonlySet<string>;
  articles: ArticleRow[];
  mentions: BatchMentionRow[];
  relationsByPredicate: Map<Predicate, RelationRow[]>;
}

/** The keys a batch needs looked up before planBatch: every article id and every entity id it names. */
export function batchKeys(plans: ArticlePlan[]): { articleIds: string[]; entityIds: string[] } {
  return {
    articleIds: [...new Set(plans.map((plan) => plan.article.id))],
    entityIds: [...new Set(plans.flatMap((plan) => plan.entities.map((entity) => entity.id)))],
  };
}

/**
 * Plans a batch so that writing it ends exactly as writing its articles one by one would: an article
 * already stored, or given earlier in the batch, is skipped; each entity is merged (mergeEntity) with
 * what the store held and then with every article before it in the batch. Throws InvalidArgumentError
 * (requireRelationEndpoints) before anything is written when an article to store has a bad relation.
 */
export function planBatch(plans: ArticlePlan[], stored: StoredKeys): BatchPlan {
  const written = new Set(stored.articleIds);
  const entities = new Map(stored.entities);
  const touched = new Map<string, EntitySummary>();
  const newEntityIds = new Set<string>();
  const batch: BatchPlan = { results: [], entities: [], newEntityIds, articles: [], mentions: [], relationsByPredicate: new Map() };
  for (const plan of plans) {
    const articleId = plan.article.id;
    if (written.has(articleId)) {
      batch.results.push({ articleId, skipped: true, entitiesAdded: 0, relationsAdded: 0 });
      continue;
    }
    for (const relation of plan.relations) requireRelationEndpoints(plan, relation);
    written.add(articleId);
    let entitiesAdded = 0;
    for (const entity of plan.entities) {
      const before = entities.get(entity.id) ?? null;
      if (!before) {
        entitiesAdded += 1;
        newEntityIds.add(entity.id);
      }
      const merged = mergeEntity(before, entity, plan.article.publishedAt);
      entities.set(entity.id, merged);
      touched.set(entity.id, merged);
    }
    batch.articles.push(plan.article);
    for (const mention of plan.mentions) batch.mentions.push({ articleId, ...mention });
    for (const relation of plan.relations) {
      const rows = batch.relationsByPredicate.get(relation.predicate) ?? [];
      rows.push(relation);
      batch.relationsByPredicate.set(relation.predicate, rows);
    }
    batch.results.push({ articleId, skipped: false, entitiesAdded, relationsAdded: plan.relations.length });
  }
  batch.entities = [...touched.values()];
  return batch;
}
