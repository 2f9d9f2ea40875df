// Tests of text segmentation: the evidence and article highlighting readers see.

import { findNames, segmentText } from './text-highlight.js';

describe('segmentText', () => {
  it('cuts an article into plain text and marked mentions that join back into the same text', () => {
    const text = 'Putin spoke with Raisi on Monday.';
    const segments = segmentText(text, [
      { start: 17, end: 22, tag: 'raisi' },
      { start: 0, end: 5, tag: 'putin' },
    ]);
    expect(segments).toEqual([
      { text: 'Putin', tag: 'putin' },
      { text: ' spoke with ', tag: null },
      { text: 'Raisi', tag: 'raisi' },
      { text: ' on Monday.', tag: null },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('keeps the first of two overlapping mentions and clips spans that run past the text', () => {
    const segments = segmentText('Vladimir Putin', [
      { start: 0, end: 14, tag: 'full' },
      { start: 9, end: 14, tag: 'short' },
      { start: 12, end: 99, tag: 'late' },
    ]);
    expect(segments).toEqual([{ text: 'Vladimir Putin', tag: 'full' }]);
  });
});

describe('findNames', () => {
  it('marks the subject and object in an evidence sentence, whatever their case', () => {
    const sentence = 'On Tuesday PUTIN phoned Ebrahim Raisi, and Raisi thanked him.';
    const spans = findNames(sentence, [
      { tag: 'subject', names: ['Vladimir Putin', 'Putin'] },
      { tag: 'object', names: ['Ebrahim Raisi', 'Raisi'] },
    ]);
    const marked = spans.sort((a, b) => a.start - b.start).map((span) => [sentence.slice(span.start, span.end), span.tag]);
    expect(marked).toEqual([
      ['PUTIN', 'subject'],
      ['Ebrahim Raisi', 'object'],
      ['Raisi', 'object'],
    ]);
  });

  it('does not mark a name inside a longer word, but does before a possessive', () => {
    const spans = findNames("Iranian drones reached Iran's allies.", [{ tag: 'iran', names: ['Iran'] }]);
    expect(spans).toEqual([{ start: 23, end: 27, tag: 'iran' }]);
  });

  it('treats names as text, not as regular expressions', () => {
    expect(findNames('Shares of A.B. fell; ABCD rose.', [{ tag: 'x', names: ['A.B.'] }])).toEqual([{ start: 10, end: 14, tag: 'x' }]);
  });
});
