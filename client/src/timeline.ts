// The timeline under the canvas: a histogram of relations per month (or day), brushable, with date inputs to set the range.

import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { Timeline } from '../../core/model.js';
import { api, isAbortError } from './api-client.js';
import { el } from './dom.js';
import { serverFilter } from './filters.js';
import type { FilterPatch } from './filters-refetch.js';
import { plural } from './format.js';
import type { ExplorerState, StateStore } from './state-store.js';
import { brushToRange, bucketInRange, dayEnd, dayStart, describeBucket, describeRange, rangeToBrush, timelineDomain } from './timeline-range.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Chart height in pixels: bars, then the axis labels under them. */
const CHART_HEIGHT = 64;
const AXIS_HEIGHT = 16;
const SIDE_PADDING = 8;

/**
 * Builds the timeline bound to a store. It charts the focused neighbourhood (or the whole corpus
 * when nothing is focused) and sets the date range through `setFilters`, which redraws the canvas.
 */
export function createTimeline(store: StateStore, setFilters: (patch: FilterPatch) => void): HTMLElement {
  const from = el('input', { className: 'timeline-date', attrs: { type: 'date', 'data-testid': 'timeline-from', 'aria-label': 'First day of the date range' } });
  const to = el('input', { className: 'timeline-date', attrs: { type: 'date', 'data-testid': 'timeline-to', 'aria-label': 'Last day of the date range' } });
  const clear = el('button', { className: 'button ghost small', attrs: { type: 'button', 'data-testid': 'timeline-clear', title: 'Show every date again' } }, 'Clear');
  const summary = el('span', { className: 'timeline-summary', attrs: { 'data-testid': 'timeline-range', 'aria-live': 'polite' } });
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'timeline-chart');
  svg.setAttribute('role', 'img');
  const chartHost = el('div', { className: 'timeline-chart-host' });
  chartHost.append(svg);
  const root = el(
    'section',
    { className: 'timeline', attrs: { 'data-testid': 'timeline', 'aria-label': 'Timeline of relations' } },
    el(
      'div',
      { className: 'timeline-head' },
      el('h2', { className: 'timeline-title' }, 'Timeline'),
      summary,
      el('label', { className: 'timeline-field' }, el('span', { className: 'toolbar-label' }, 'From'), from),
      el('label', { className: 'timeline-field' }, el('span', { className: 'toolbar-label' }, 'To'), to),
      clear,
    ),
    chartHost,
  );

  let timeline: Timeline | null = null;
  let loadError: string | null = null;
  let brush: BrushBehavior<unknown> | null = null;
  let brushLayer: Selection<SVGGElement, unknown, null, undefined> | null = null;
  let scale = scaleUtc();
  let domain: [Date, Date] | null = null;
  let brushing = false;

  // ── the date inputs: the keyboard way to set what the brush sets ──
  const onDateInput = (): void => {
    let first = from.value || null;
    let last = to.value || null;
    if (first && last && first > last) [first, last] = [last, first];
    setFilters({ dateFrom: first, dateTo: last });
  };
  from.addEventListener('change', onDateInput);
  to.addEventListener('change', onDateInput);
  clear.addEventListener('click', () => setFilters({ dateFrom: null, dateTo: null }));

  // ── data: one request per neighbourhood; an older answer that lands late is dropped ──
  let request: AbortController | null = null;
  async function load(state: ExplorerState): Promise<void> {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    const sources = serverFilter(state).sources;
    try {
      timeline = await api.timeline(state.focusId ? { entity: state.focusId, depth: state.depth, sources } : { sources }, controller.signal);
      loadError = null;
    } catch (error) {
      if (isAbortError(error)) return;
      timeline = null;
      loadError = `The timeline could not be loaded: ${(error as Error).message}`;
    }
    drawChart();
    showRange(store.get());
  }

  /** Draws the bars, the axis labels and the brush for the current data and width. */
  function drawChart(): void {
    const width = Math.max(chartHost.clientWidth, 200);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(CHART_HEIGHT + AXIS_HEIGHT));
    svg.replaceChildren();
    const buckets = timeline?.buckets ?? [];
    domain = timelineDomain(buckets);
    if (!timeline || !domain) {
      brush = null;
      brushLayer = null;
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(width / 2));
      text.setAttribute('y', String((CHART_HEIGHT + AXIS_HEIGHT) / 2));
      text.setAttribute('class', 'timeline-empty');
      text.textContent = loadError ?? (timeline ? 'No dated relations here.' : 'Loading the timeline…');
      svg.append(text);
      svg.setAttribute('aria-label', text.textContent);
      return;
    }
    scale = scaleUtc().domain(domain).range([SIDE_PADDING, width - SIDE_PADDING]);
    const height = scaleLinear().domain([0, Math.max(...buckets.map((bucket) => bucket.count), 1)]).range([0, CHART_HEIGHT - 6]);
    const chart = select(svg);
    chart
      .append('g')
      .attr('class', 'timeline-bars')
      .selectAll('rect')
      .data(buckets)
      .join('rect')
      .attr('data-testid', 'timeline-bar')
      .attr('data-start', (bucket) => bucket.start)
      .attr('data-end', (bucket) => bucket.end)
      .attr('data-count', (bucket) => bucket.count)
      .attr('x', (bucket) => scale(dayStart(bucket.start)) + 0.5)
      .attr('width', (bucket) => Math.max(scale(dayEnd(bucket.end)) - scale(dayStart(bucket.start)) - 1, 1))
      .attr('y', (bucket) => CHART_HEIGHT - height(bucket.count))
      .attr('height', (bucket) => height(bucket.count))
      .append('title')
      .text((bucket) => `${describeBucket(bucket)}: ${plural(bucket.count, 'relation')}`);
    const ticks = scale.ticks(Math.max(2, Math.floor(width / 110)));
    const format = scale.tickFormat();
    chart
      .append('g')
      .attr('class', 'timeline-axis')
      .selectAll('text')
      .data(ticks)
      .join('text')
      .attr('x', (tick) => scale(tick))
      .attr('y', CHART_HEIGHT + AXIS_HEIGHT - 3)
      // Labels at the ends are anchored inwards, so that none is cut off by the chart's edge.
      .attr('text-anchor', (tick) => (scale(tick) < 40 ? 'start' : scale(tick) > width - 40 ? 'end' : 'middle'))
      .text((tick) => format(tick));
    svg.setAttribute('aria-label', `Relations per ${timeline.unit}, ${describeRange(timeline.from, timeline.to)}: ${plural(timeline.total, 'relation')}.`);

    brush = brushX<unknown>()
      .extent([
        [SIDE_PADDING, 0],
        [width - SIDE_PADDING, CHART_HEIGHT],
      ])
      .on('start', (event: D3BrushEvent<unknown>) => {
        brushing = Boolean(event.sourceEvent);
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        // Moves made by code (showing the state's range) have no source event.
        if (!event.sourceEvent) return;
        brushing = false;
        if (!event.selection) {
          setFilters({ dateFrom: null, dateTo: null });
          return;
        }
        const range = brushToRange(event.selection as [number, number], scale, buckets);
        setFilters({ dateFrom: range.from, dateTo: range.to });
        showRange(store.get());
      });
    brushLayer = chart.append('g').attr('class', 'timeline-brush').call(brush);
  }

  /** Shows the state's date range: inputs, summary, highlighted bars and the brush. */
  function showRange(state: ExplorerState): void {
    from.value = state.dateFrom ?? '';
    to.value = state.dateTo ?? '';
    from.min = to.min = timeline?.from ?? '';
    from.max = to.max = timeline?.to ?? '';
    clear.disabled = !state.dateFrom && !state.dateTo;
    const ranged = Boolean(state.dateFrom || state.dateTo);
    const total = timeline ? `${plural(timeline.total, 'relation')} ${describeRange(timeline.from, timeline.to)}` : '';
    summary.textContent = ranged ? `Showing ${describeRange(state.dateFrom, state.dateTo)}` : total ? `All dates · ${total}` : '';
    select(svg)
      .selectAll<SVGRectElement, Timeline['buckets'][number]>('rect[data-testid="timeline-bar"]')
      .classed('in-range', (bucket) => ranged && bucketInRange(bucket, state.dateFrom, state.dateTo))
      .classed('out-of-range', (bucket) => ranged && !bucketInRange(bucket, state.dateFrom, state.dateTo));
    if (brush && brushLayer && domain && !brushing) brushLayer.call(brush.move, rangeToBrush(state.dateFrom, state.dateTo, scale, domain));
  }

  let loadedFor = '';
  function render(state: ExplorerState): void {
    const key = JSON.stringify([state.focusId, state.depth, serverFilter(state).sources]);
    if (key !== loadedFor) {
      loadedFor = key;
      void load(state);
    }
    showRange(state);
  }

  new ResizeObserver(() => {
    drawChart();
    showRange(store.get());
  }).observe(chartHost);
  drawChart();
  render(store.get());
  store.subscribe(render);
  return root;
}
