// Tests of how relationship dates become the timeline's bars.

import { buildTimeline } from './timeline-buckets.js';

describe('buildTimeline', () => {
  it('gives one bar per calendar month over a long span, empty months included', () => {
    const timeline = buildTimeline([
      { date: '2024-01-31', count: 2 },
      { date: '2024-03-01', count: 1 },
      { date: '2024-03-31', count: 4 },
      { date: '2024-04-02', count: 3 },
    ]);
    expect(timeline).toMatchObject({ unit: 'month', from: '2024-01-31', to: '2024-04-02', total: 10, undated: 0 });
    expect(timeline.buckets).toEqual([
      { start: '2024-01-01', end: '2024-01-31', count: 2 },
      { start: '2024-02-01', end: '2024-02-29', count: 0 },
      { start: '2024-03-01', end: '2024-03-31', count: 5 },
      { start: '2024-04-01', end: '2024-04-30', count: 3 },
    ]);
  });

  it('gives one bar per day when everything happened within a few weeks', () => {
    const timeline = buildTimeline([
      { date: '2025-06-13', count: 2 },
      { date: '2025-06-15', count: 1 },
    ]);
    expect(timeline.unit).toBe('day');
    expect(timeline.buckets).toEqual([
      { start: '2025-06-13', end: '2025-06-13', count: 2 },
      { start: '2025-06-14', end: '2025-06-14', count: 0 },
      { start: '2025-06-15', end: '2025-06-15', count: 1 },
    ]);
  });

  it('rolls months over the turn of a year', () => {
    const timeline = buildTimeline([
      { date: '2023-11-29', count: 1 },
      { date: '2024-02-01', count: 1 },
    ]);
    expect(timeline.buckets.map((bucket) => bucket.start)).toEqual(['2023-11-01', '2023-12-01', '2024-01-01', '2024-02-01']);
  });

  it('counts undated relations apart and has no bars when nothing is dated', () => {
    expect(buildTimeline([{ date: null, count: 3 }])).toEqual({ unit: 'month', from: null, to: null, buckets: [], total: 0, undated: 3 });
    expect(buildTimeline([{ date: null, count: 2 }, { date: '2024-05-20', count: 1 }])).toMatchObject({ total: 1, undated: 2, buckets: [{ start: '2024-05-20', end: '2024-05-20', count: 1 }] });
  });
});
