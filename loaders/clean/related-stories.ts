// Splits a page at its "Related Articles" / "Read more" heading into the main story and the others.

import { RELATED_HEADING } from './boilerplate.js';
import { isProse } from './paragraph-shape.js';

export interface StorySplit {
  /** Paragraphs of the page's own story. */
  main: string[];
  /** Paragraphs of each other story the page carried, in page order. */
  related: string[][];
}

/**
 * Finds the first related-stories heading that follows some story text, and cuts what comes after it
 * into stories: each starts with its header lines (outlet, time, headline) and runs to the next
 * header after its text. Text that follows the heading before any header still belongs to the main
 * story (a "Read more" button that only expanded it).
 */
export function splitRelatedStories(paragraphs: string[]): StorySplit {
  const headingAt = paragraphs.findIndex(
    (paragraph, index) => RELATED_HEADING.test(paragraph) && paragraphs.slice(0, index).some(isProse),
  );
  if (headingAt < 0) return { main: paragraphs, related: [] };

  const main = paragraphs.slice(0, headingAt);
  const related: string[][] = [];
  let current: string[] | null = null;
  let currentHasText = false;
  for (const paragraph of paragraphs.slice(headingAt + 1)) {
    if (RELATED_HEADING.test(paragraph)) continue;
    const prose = isProse(paragraph);
    if (!current && prose) {
      main.push(paragraph);
      continue;
    }
    if (!current || (!prose && currentHasText)) {
      current = [];
      currentHasText = false;
      related.push(current);
    }
    current.push(paragraph);
    currentHasText ||= prose;
  }
  return { main, related };
}
