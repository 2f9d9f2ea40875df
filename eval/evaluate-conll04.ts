// Scores CoNLL04: NER on exact spans and relations as (head text, class, tail text), one extraction per sentence.

import type { ExtractedArticle } from '../core/model.js';
import { conll04ClassOf, CONLL04_NER_LABELS, CONLL04_RELATION_CLASSES, NER_LABEL_OF_TYPE } from './benchmark-labels.js';
import { surfaceWithoutClosingStop } from './closing-stop.js';
import { benchmarkArticle, extractAll, type ExtractFn, type TimedExtraction } from './benchmark-run.js';
import type { Conll04Sentence } from './conll04-reader.js';
import { mentionSpans, surfaceRelations } from './extraction-views.js';
import { spanItems } from './ner-items.js';
import { scoreItems, type ScoredItem, type ScoreReport } from './score.js';

/** The gold class read from a person's LOCATED_IN (residence), also scored apart from the others. */
const RESIDENCE_CLASS = 'Live_In';

export interface Conll04Result extends Omit<TimedExtraction, 'extracted'> {
  documents: number;
  ner: ScoreReport;
  relations: ScoreReport;
  /** The same, with Live_In (gold and predicted) left out. */
  relationsWithoutLiveIn: ScoreReport;
  /** NER and relations again, with a sentence's closing full stop left out of every span (closing-stop.ts): a second view, not the benchmark's exact-span score. */
  nerClosingStopIgnored: ScoreReport;
  relationsClosingStopIgnored: ScoreReport;
}

/** A relation by its arguments as written (with `ignoreClosingStop`, each without the sentence's closing full stop: closing-stop.ts). */
function relationItem(doc: number, writtenHead: string, relationClass: string, writtenTail: string, sentence: string, ignoreClosingStop: boolean): ScoredItem {
  const head = ignoreClosingStop ? surfaceWithoutClosingStop(sentence, writtenHead) : writtenHead;
  const tail = ignoreClosingStop ? surfaceWithoutClosingStop(sentence, writtenTail) : writtenTail;
  return { key: `${doc}|${head}|${relationClass}|${tail}`, label: relationClass, note: `${head} —${relationClass}→ ${tail}  in "${sentence}"` };
}

/** Gold relation items of one sentence, under the class each CoNLL04 type is scored as. */
export function conll04GoldRelations(doc: number, sentence: Conll04Sentence, ignoreClosingStop = false): ScoredItem[] {
  return sentence.relations.map(({ head, type, tail }) =>
    relationItem(doc, head, CONLL04_RELATION_CLASSES[type] ?? type, tail, sentence.text, ignoreClosingStop),
  );
}

/** Predicted relation items of one sentence: relations whose predicate has a CoNLL04 class, by surface text. */
export function conll04PredictedRelations(doc: number, article: ExtractedArticle, ignoreClosingStop = false): ScoredItem[] {
  return surfaceRelations(article).flatMap((relation) => {
    const relationClass = conll04ClassOf(relation.predicate, relation.subjectType, relation.objectType);
    return relationClass ? [relationItem(doc, relation.subject, relationClass, relation.object, article.text, ignoreClosingStop)] : [];
  });
}

/** Runs `extract` on each sentence and scores entities and relations. */
export function evaluateConll04(extract: ExtractFn, sentences: readonly Conll04Sentence[]): Conll04Result {
  const run = extractAll(
    extract,
    sentences.map((sentence, index) => benchmarkArticle(`conll04:${index}`, sentence.text)),
  );
  const goldEntities = (ignoreClosingStop: boolean) =>
    sentences.flatMap((sentence, index) => spanItems(index, sentence.text, sentence.entities, (label) => CONLL04_NER_LABELS[label], ignoreClosingStop));
  const predictedEntities = (ignoreClosingStop: boolean) =>
    run.extracted.flatMap((article, index) =>
      spanItems(index, article.text, mentionSpans(article, (type) => NER_LABEL_OF_TYPE[type]), (label) => label, ignoreClosingStop),
    );
  const gold = (ignoreClosingStop: boolean) => sentences.flatMap((sentence, index) => conll04GoldRelations(index, sentence, ignoreClosingStop));
  const predicted = (ignoreClosingStop: boolean) => run.extracted.flatMap((article, index) => conll04PredictedRelations(index, article, ignoreClosingStop));
  const goldRelations = gold(false);
  const predictedRelations = predicted(false);
  return {
    documents: sentences.length,
    words: run.words,
    elapsedMs: run.elapsedMs,
    ner: scoreItems(goldEntities(false), predictedEntities(false)),
    nerClosingStopIgnored: scoreItems(goldEntities(true), predictedEntities(true)),
    relations: scoreItems(goldRelations, predictedRelations),
    relationsClosingStopIgnored: scoreItems(gold(true), predicted(true)),
    relationsWithoutLiveIn: scoreItems(
      goldRelations.filter((item) => item.label !== RESIDENCE_CLASS),
      predictedRelations.filter((item) => item.label !== RESIDENCE_CLASS),
    ),
  };
}
