// Tests for killings stated through a conviction or a sentence, through the extractor (sentences written for these tests).

import type { ExtractedArticle } from '../../core/model.js';
import { createExtractor } from './extract-article.js';

function extract(text: string): ExtractedArticle {
  return createExtractor().extract({ id: 'k1', file: null, parent: null, title: 'Test story', source: null, url: null, author: null, publishedAt: '2024-05-14', text });
}

/** The stated (not negated) facts as "subject PREDICATE object". */
function facts(text: string): string[] {
  const out = extract(text);
  const name = (id: string) => out.entities.find((e) => e.id === id)?.name;
  return out.relations.filter((r) => !r.negated).map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
}

describe('killings stated through a conviction', () => {
  it('reads "X, who was convicted of murdering Y" through a description of the victim', () => {
    expect(facts('The court upheld the sentence of Oscar Lindqvist, who was convicted of murdering harbour clerk Tomas Berg in 1988.')).toContain(
      'Oscar Lindqvist KILLED Tomas Berg',
    );
  });

  it('reads "the jury convicted X of killing Y"', () => {
    expect(facts('A county jury on Monday convicted Ralph Denning of killing Agnes Porter.')).toContain('Ralph Denning KILLED Agnes Porter');
  });

  it("reads a sentence for a killing and a conviction for someone's murder", () => {
    expect(facts('In 1971, Ralph Denning was sentenced to death for the murder of Sen. Agnes Porter.')).toContain('Ralph Denning KILLED Agnes Porter');
    expect(facts("Ralph Denning was convicted of Agnes Porter's murder and is serving a life term.")).toContain('Ralph Denning KILLED Agnes Porter');
  });

  it('does not state a killing when the person was not convicted of it', () => {
    expect(facts('Ralph Denning was not convicted of killing Agnes Porter.')).not.toContain('Ralph Denning KILLED Agnes Porter');
    expect(facts('Ralph Denning was charged with killing Agnes Porter.')).not.toContain('Ralph Denning KILLED Agnes Porter');
  });
});
