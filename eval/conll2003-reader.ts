// Reads CoNLL-2003 NER files (token POS chunk NER per line) into one text with gold spans per document.

import { joinTokens, tagsToSpans, type LabelledSpan } from './token-spans.js';

/** One `-DOCSTART-` document: tokens joined by spaces, sentences by newlines. */
export interface Conll2003Document {
  text: string;
  /** Gold spans labelled PER, LOC, ORG or MISC, in text order. */
  entities: LabelledSpan[];
  words: number;
}

const DOCUMENT_MARKER = '-DOCSTART-';

/**
 * Splits CoNLL-2003 content (already decoded from latin-1) into documents. Blank lines end
 * sentences and `-DOCSTART-` lines end documents wherever they sit: in some copies the first
 * marker comes at the end of a document rather than before it. Empty documents are dropped.
 */
export function readConll2003(content: string): Conll2003Document[] {
  const documents: Conll2003Document[] = [];
  let sentences: Array<{ tokens: string[]; tags: string[] }> = [];
  let sentence = { tokens: [] as string[], tags: [] as string[] };

  const endSentence = () => {
    if (sentence.tokens.length) sentences.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length) documents.push(toDocument(sentences));
    sentences = [];
  };

  for (const line of content.split(/\r?\n/)) {
    const columns = line.trim().split(/\s+/);
    if (columns[0] === DOCUMENT_MARKER) endDocument();
    else if (columns[0] === '') endSentence();
    else {
      sentence.tokens.push(columns[0]);
      sentence.tags.push(columns[columns.length - 1]);
    }
  }
  endDocument();
  return documents;
}

function toDocument(sentences: Array<{ tokens: string[]; tags: string[] }>): Conll2003Document {
  const lines: string[] = [];
  const entities: LabelledSpan[] = [];
  let offset = 0;
  let words = 0;
  for (const { tokens, tags } of sentences) {
    const joined = joinTokens(tokens);
    entities.push(...tagsToSpans(joined, tags, offset));
    lines.push(joined.text);
    offset += joined.text.length + 1;
    words += tokens.length;
  }
  return { text: lines.join('\n'), entities, words };
}
