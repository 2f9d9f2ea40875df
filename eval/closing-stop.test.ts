// Tests for leaving a sentence's closing full stop out of scored spans.

import { endWithoutClosingStop, surfaceWithoutClosingStop } from './closing-stop.js';

describe('endWithoutClosingStop', () => {
  const end = (text: string, name: string) => {
    const start = text.indexOf(name);
    return text.slice(start, endWithoutClosingStop(text, start, start + name.length));
  };

  it('leaves out a closing full stop kept on the last word or held apart by the tokeniser', () => {
    expect(end('She grew up in Tarrow.', 'Tarrow.')).toBe('Tarrow');
    expect(end('BRENLOW , Calif .', 'Calif .')).toBe('Calif');
    expect(end("said spokesman Ed Marsh. ' '", 'Ed Marsh.')).toBe('Ed Marsh');
  });

  it('gives an abbreviation that ends a sentence the same span as the word without its stop', () => {
    expect(end('The plant is in Brenlow , Calif.', 'Calif.')).toBe('Calif');
  });

  it('keeps the full stop of an abbreviation inside a sentence, and a span without a stop as it is', () => {
    expect(end('Calif. officials said so .', 'Calif.')).toBe('Calif.');
    expect(end('Ada lives in Tarrow .', 'Tarrow')).toBe('Tarrow');
    expect(end('Ada went to Tarrow.\nShe stayed.', 'Tarrow.')).toBe('Tarrow');
  });
});

describe('surfaceWithoutClosingStop', () => {
  it('drops the closing full stop of a surface that ends its sentence', () => {
    expect(surfaceWithoutClosingStop('He was born in Tarrow , N.Y .', 'N.Y .')).toBe('N.Y');
    expect(surfaceWithoutClosingStop('He was born in Tarrow , N.Y .', 'N.Y')).toBe('N.Y');
    expect(surfaceWithoutClosingStop('U.S. Steel said so .', 'U.S.')).toBe('U.S.');
  });
});
