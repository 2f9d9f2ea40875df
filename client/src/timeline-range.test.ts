// Tests of the timeline's date arithmetic: brushed pixels become whole months or days, and back.

import { scaleUtc } from 'd3-scale';
import type { TimelineBucket } from '../../core/model.js';
import { brushToRange, bucketInRange, describeBucket, describeRange, rangeToBrush, timelineDomain } from './timeline-range.js';

const MONTHS: TimelineBucket[] = [
  { start: '2025-05-01', end: '2025-05-31', count: 3 },
  { start: '2025-06-01', end: '2025-06-30', count: 9 },
  { start: '2025-07-01', end: '2025-07-31', count: 1 },
];

function axis(buckets: TimelineBucket[], width = 920) {
  const domain = timelineDomain(buckets)!;
  return { domain, scale: scaleUtc().domain(domain).range([0, width]) };
}

describe('the timeline brush', () => {
  it('snaps a drag inside June to the whole of June', () => {
    const { scale } = axis(MONTHS);
    const span: [number, number] = [scale(new Date('2025-06-05')), scale(new Date('2025-06-20'))];
    expect(brushToRange(span, scale, MONTHS)).toEqual({ from: '2025-06-01', to: '2025-06-30' });
  });

  it('covers every month a drag touches, whichever way it was dragged', () => {
    const { scale } = axis(MONTHS);
    const span: [number, number] = [scale(new Date('2025-07-10')), scale(new Date('2025-05-20'))];
    expect(brushToRange(span, scale, MONTHS)).toEqual({ from: '2025-05-01', to: '2025-07-31' });
  });

  it('places a date range on the axis exactly over its bars, and back to the same dates', () => {
    const { scale, domain } = axis(MONTHS);
    const span = rangeToBrush('2025-06-01', '2025-06-30', scale, domain)!;
    expect(span[0]).toBeCloseTo(scale(new Date('2025-06-01T00:00:00Z')));
    expect(span[1]).toBeCloseTo(scale(new Date('2025-07-01T00:00:00Z')));
    expect(brushToRange(span, scale, MONTHS)).toEqual({ from: '2025-06-01', to: '2025-06-30' });
  });

  it('stretches an open end to the end of the axis and shows no brush without a range', () => {
    const { scale, domain } = axis(MONTHS);
    expect(rangeToBrush('2025-06-01', null, scale, domain)).toEqual([scale(new Date('2025-06-01T00:00:00Z')), 920]);
    expect(rangeToBrush(null, null, scale, domain)).toBeNull();
    expect(rangeToBrush('2030-01-01', null, scale, domain)).toBeNull();
  });
});

describe('describing dates', () => {
  it('writes a range the way people do', () => {
    // ICU versions differ in the spaces around the dash.
    expect(describeRange('2025-06-01', '2025-06-30')).toMatch(/^1\s?–\s?30 June 2025$/);
    expect(describeRange('2025-05-16', '2025-06-03')).toMatch(/^16 May\s?–\s?3 June 2025$/);
    expect(describeRange(null, '2025-06-30')).toBe('until 30 June 2025');
    expect(describeRange(null, null)).toBe('all dates');
  });

  it('names a month bar by its month and a day bar by its day', () => {
    expect(describeBucket(MONTHS[1])).toBe('June 2025');
    expect(describeBucket({ start: '2025-06-15', end: '2025-06-15', count: 1 })).toBe('15 June 2025');
  });

  it('knows which bars a range covers', () => {
    expect(MONTHS.filter((bucket) => bucketInRange(bucket, '2025-06-10', '2025-07-02')).map((bucket) => bucket.start)).toEqual(['2025-06-01', '2025-07-01']);
  });
});
