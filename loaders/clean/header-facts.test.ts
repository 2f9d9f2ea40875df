// Reading the facts of a page header: date lines and bylines.

import { parseByline } from './byline.js';
import { parseDateLine, parsePublishedDate } from './published-date.js';

describe('publication dates', () => {
  it('reads a header date line in any common form as YYYY-MM-DD', () => {
    expect(parseDateLine('Jun 2, 2025 \u00a0| ')).toBe('2025-06-02');
    expect(parseDateLine('Published 3:04 PM EDT, June 2, 2025')).toBe('2025-06-02');
    expect(parseDateLine('Updated: 12 March 2024 | 14:05 GMT')).toBe('2024-03-12');
  });

  it('does not take a date from a sentence or from a relative time stamp', () => {
    expect(parseDateLine('The leaders met in Rome on June 2, 2025 to discuss trade')).toBeNull();
    expect(parseDateLine('2 hours ago')).toBeNull();
  });

  it('reads metadata dates from ISO timestamps and written dates', () => {
    expect(parsePublishedDate('2025-06-02T23:30:00-05:00')).toBe('2025-06-02');
    expect(parsePublishedDate('May 22, 2024')).toBe('2024-05-22');
    expect(parsePublishedDate(new Date('2024-07-01T00:00:00Z'))).toBe('2024-07-01');
    expect(parsePublishedDate('sometime soon')).toBeNull();
  });
});

describe('bylines', () => {
  it('reads the author from "By …" lines and from "Name, Role" lines', () => {
    expect(parseByline('By Jane Doe')).toBe('Jane Doe');
    expect(parseByline('By Jane Doe and John Roe | June 2, 2025')).toBe('Jane Doe and John Roe');
    expect(parseByline('Joel Smith, Foreign Affairs Reporter')).toBe('Joel Smith');
  });

  it('does not read ordinary text as a byline', () => {
    expect(parseByline('by the end of the week the talks had stalled')).toBeNull();
    expect(parseByline('Russia Today')).toBeNull();
  });
});
