// Scores NER on CoNLL-2003: exact character spans for PER, LOC and ORG, one extraction per document.

import { NER_LABEL_OF_TYPE, CONLL2003_NER_LABELS } from './benchmark-labels.js';
import { benchmarkArticle, extractAll, type ExtractFn, type TimedExtraction } from './benchmark-run.js';
import type { Conll2003Document } from './conll2003-reader.js';
import { mentionSpans } from './extraction-views.js';
import { spanItems } from './ner-items.js';
import { scoreItems, type ScoreReport } from './score.js';

export interface Conll2003Result extends Omit<TimedExtraction, 'extracted'> {
  documents: number;
  ner: ScoreReport;
}

/** Runs `extract` on each document's text and scores every predicted mention against the gold spans. */
export function evaluateConll2003(extract: ExtractFn, documents: readonly Conll2003Document[]): Conll2003Result {
  const run = extractAll(
    extract,
    documents.map((document, index) => benchmarkArticle(`conll2003:${index}`, document.text)),
  );
  const gold = documents.flatMap((document, index) =>
    spanItems(index, document.text, document.entities, (label) => CONLL2003_NER_LABELS[label]),
  );
  const predicted = run.extracted.flatMap((article, index) =>
    spanItems(index, article.text, mentionSpans(article, (type) => NER_LABEL_OF_TYPE[type]), (label) => label),
  );
  return { documents: documents.length, words: run.words, elapsedMs: run.elapsedMs, ner: scoreItems(gold, predicted) };
}
