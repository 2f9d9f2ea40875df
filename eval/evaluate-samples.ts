// Scores the extractor on the project's annotated samples: entities and relations by canonical name.

import type { EntityType, ExtractedArticle, Predicate } from '../core/model.js';
import { PREDICATES } from '../core/vocabulary.js';
import { nameKey } from '../loaders/resolve/entity-id.js';
import { extractAll, type ExtractFn, type TimedExtraction } from './benchmark-run.js';
import { namedRelations } from './extraction-views.js';
import type { SampleArticle, SampleGold } from './sample-corpus.js';
import { scoreItems, type ScoredItem, type ScoreReport } from './score.js';

export interface SampleResult extends Omit<TimedExtraction, 'extracted'> {
  documents: number;
  /** Name and type must both match. */
  entities: ScoreReport;
  /** Name alone must match. */
  entityNames: ScoreReport;
  /** By predicate; symmetric predicates match in either direction. */
  relations: ScoreReport;
}

interface SampleItems {
  entities: ScoredItem[];
  entityNames: ScoredItem[];
  relations: ScoredItem[];
}

function entityItems(doc: number, entities: ReadonlyArray<{ name: string; type: EntityType }>): Pick<SampleItems, 'entities' | 'entityNames'> {
  return {
    entities: entities.map(({ name, type }) => ({ key: `${doc}|${type}|${nameKey(name)}`, label: type, note: `${name} [${type}]` })),
    entityNames: entities.map(({ name, type }) => ({ key: `${doc}|${nameKey(name)}`, label: 'any type', note: `${name} [${type}]` })),
  };
}

/** A relation item keyed by canonical name keys; a symmetric predicate's arguments are put in one order. */
function relationItem(doc: number, subject: string, predicate: Predicate, object: string, note: string): ScoredItem {
  const ends = [nameKey(subject), nameKey(object)];
  if (PREDICATES[predicate].symmetric) ends.sort();
  return { key: `${doc}|${ends[0]}|${predicate}|${ends[1]}`, label: predicate, note };
}

/** Scoring items for sample `doc` from its gold answer. */
export function sampleGoldItems(doc: number, gold: SampleGold): SampleItems {
  return {
    ...entityItems(doc, gold.entities),
    relations: gold.relations.map(({ subject, predicate, object }) =>
      relationItem(doc, subject, predicate, object, `${subject} —${predicate}→ ${object}`),
    ),
  };
}

/** Scoring items for sample `doc` from what the extractor found; negated relations are not facts. */
export function samplePredictedItems(doc: number, article: ExtractedArticle): SampleItems {
  return {
    ...entityItems(doc, article.entities),
    relations: namedRelations(article).map(({ subject, predicate, object, sentence }) =>
      relationItem(doc, subject.name, predicate, object.name, `${subject.name} —${predicate}→ ${object.name}  in "${sentence.replace(/\s+/g, ' ')}"`),
    ),
  };
}

/** Runs `extract` on every sample that has a gold answer and scores the three views. */
export function evaluateSamples(extract: ExtractFn, samples: readonly SampleArticle[]): SampleResult {
  const annotated = samples.filter((sample): sample is SampleArticle & { gold: SampleGold } => sample.gold !== null);
  const run = extractAll(extract, annotated.map((sample) => sample.article));
  const gold = annotated.map((sample, index) => sampleGoldItems(index, sample.gold));
  const predicted = run.extracted.map((article, index) => samplePredictedItems(index, article));
  const score = (view: keyof SampleItems) => scoreItems(gold.flatMap((items) => items[view]), predicted.flatMap((items) => items[view]));
  return {
    documents: annotated.length,
    words: run.words,
    elapsedMs: run.elapsedMs,
    entities: score('entities'),
    entityNames: score('entityNames'),
    relations: score('relations'),
  };
}
