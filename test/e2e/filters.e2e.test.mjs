// Browser test of the Explorer's filters and timeline: narrow Putin's neighbourhood to one month by typing and by brushing, hide a predicate, require corroboration, pick a source, reset.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { RESULTS, SKIP_WITHOUT_CHROMIUM, useBrowserApp } from './harness.mjs';

/** What the canvas holds: the store's aggregated relations (the data behind the drawn edges). */
const canvasEdges = () =>
  window.__newsgraph.store.get().graph.edges.size === 0 ? [] : [...window.__newsgraph.store.get().graph.edges.values()].map((edge) => ({ ...edge }));

describe('the explorer’s filters and timeline in a browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  const session = useBrowserApp();
  let url;
  let page;
  let problems;
  before(() => ({ url, page, problems } = session));
  let putin;

  /** The neighbourhood the API gives for the same request the explorer makes at depth 1. */
  const apiNeighbours = async (query = '') => (await fetch(`${url}/api/entities/${encodeURIComponent(putin.id)}/neighbors?depth=1&limit=101${query}`)).json();

  /** Waits until the explorer has redrawn with the date range (or none) and is idle. */
  const waitForRange = (from, to) =>
    page.waitForFunction(
      ([from, to]) => {
        const state = window.__newsgraph.store.get();
        return state.dateFrom === from && state.dateTo === to && state.status.kind === 'idle' && state.focusId !== null;
      },
      [from, to],
    );

  /** Asserts every relation on the canvas is dated within [from, to] and matches the API's filtered answer exactly. */
  const assertCanvasMatchesApi = async (from, to) => {
    // The redraw is debounced: wait until the canvas holds what the API answers for the range.
    const expected = await apiNeighbours(`&from=${from}&to=${to}`);
    const key = (edge) => `${edge.id}:${edge.articleCount}:${edge.firstDate}:${edge.lastDate}`;
    const want = expected.edges.map(key).sort();
    await page.waitForFunction(
      (want) => {
        const edges = [...window.__newsgraph.store.get().graph.edges.values()];
        return JSON.stringify(edges.map((edge) => `${edge.id}:${edge.articleCount}:${edge.firstDate}:${edge.lastDate}`).sort()) === JSON.stringify(want);
      },
      want,
      { timeout: 10_000 },
    );
    const edges = await page.evaluate(canvasEdges);
    assert.ok(edges.length > 0, `Putin has relations between ${from} and ${to}`);
    for (const edge of edges) {
      assert.ok(edge.firstDate >= from && edge.lastDate <= to, `${edge.id} is dated ${edge.firstDate}…${edge.lastDate}, inside ${from}…${to}`);
    }
  };

  before(async () => {
    [putin] = (await (await fetch(`${url}/api/search?q=Vladimir%20Putin&limit=1`)).json()).results;
  });

  it('charts the whole corpus before anything is focused, then Putin’s neighbourhood once he is found', async () => {
    const bars = page.getByTestId('timeline-bar');
    await bars.first().waitFor();
    const corpus = await (await fetch(`${url}/api/timeline`)).json();
    assert.equal(await bars.count(), corpus.buckets.length, 'one bar per month of the corpus');

    const input = page.getByTestId('search-input');
    await input.fill('Putin');
    await page.getByTestId('search-option').first().filter({ hasText: 'Vladimir Putin' }).waitFor();
    await input.press('Enter');
    await page.waitForFunction(() => (window.__newsgraph?.cy.nodes().length ?? 0) > 2);
    const mine = await (await fetch(`${url}/api/timeline?entity=${encodeURIComponent(putin.id)}&depth=1`)).json();
    await page.waitForFunction((total) => {
      const counts = [...document.querySelectorAll('[data-testid="timeline-bar"]')].map((bar) => Number(bar.getAttribute('data-count')));
      return counts.reduce((sum, count) => sum + count, 0) === total;
    }, mine.total);
    assert.ok(mine.total < corpus.total, 'the neighbourhood has fewer relations than the corpus');
    assert.match(await page.getByTestId('timeline-range').innerText(), /All dates/);
    await page.screenshot({ path: join(RESULTS, 'filters-1-timeline.png') });
  });

  it('narrows the canvas to June 2025 with the date inputs, counting only June evidence', async () => {
    await page.getByTestId('timeline-from').fill('2025-06-01');
    await page.getByTestId('timeline-to').fill('2025-06-30');
    await waitForRange('2025-06-01', '2025-06-30');
    await assertCanvasMatchesApi('2025-06-01', '2025-06-30');
    assert.match(await page.getByTestId('timeline-range').innerText(), /1\s?–\s?30 June 2025/);
    assert.ok((await page.locator('[data-testid="timeline-bar"].in-range').count()) === 1, 'only the June bar is highlighted');
    await page.screenshot({ path: join(RESULTS, 'filters-2-june-typed.png') });
  });

  it('narrows the canvas to May 2025 by dragging across the May bar', async () => {
    const bar = page.locator('[data-testid="timeline-bar"][data-start="2025-05-01"]');
    const box = await bar.boundingBox();
    assert.ok(box, 'May 2025 has a bar');
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await waitForRange('2025-05-01', '2025-05-31');
    await assertCanvasMatchesApi('2025-05-01', '2025-05-31');
    assert.equal(await page.getByTestId('timeline-from').inputValue(), '2025-05-01');
    assert.equal(await page.getByTestId('timeline-to').inputValue(), '2025-05-31');
    await page.screenshot({ path: join(RESULTS, 'filters-3-may-brushed.png') });
  });

  it('says so when the range holds no relation, and Clear brings every date back', async () => {
    await page.getByTestId('timeline-from').fill('2024-01-01');
    await page.getByTestId('timeline-to').fill('2024-01-31');
    const notice = page.getByTestId('filters-notice');
    await notice.filter({ hasText: /No relations dated 1\s?–\s?31 January 2024 — widen the range/ }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'filters-4-empty-range.png') });

    await page.getByTestId('timeline-clear').click();
    await waitForRange(null, null);
    const all = await apiNeighbours();
    await page.waitForFunction((count) => window.__newsgraph.store.get().graph.edges.size === count, all.edges.length);
    assert.equal(await notice.isVisible(), false);
  });

  it('hides a predicate at once, and counts what it hides', async () => {
    await page.getByTestId('filter-panel').locator('summary').click();
    const first = page.getByTestId('filter-predicate').first();
    await first.waitFor();
    const predicate = await first.getAttribute('value');
    await first.uncheck();
    const shown = await page.evaluate((predicate) => {
      const edges = window.__newsgraph.cy.edges().filter((edge) => edge.data('predicate') === predicate);
      return { total: edges.length, visible: edges.filter((edge) => edge.visible()).length };
    }, predicate);
    assert.ok(shown.total > 0, `${predicate} is drawn`);
    assert.equal(shown.visible, 0, `every ${predicate} relation is hidden`);
    assert.match(await page.getByTestId('filter-hidden-count').innerText(), /^Hiding \d+ of \d+ relations\.$/);
    await page.screenshot({ path: join(RESULTS, 'filters-5-predicate-hidden.png') });
  });

  it('hides relations stated by fewer articles than the minimum', async () => {
    await page.getByTestId('filter-min-articles').fill('2');
    const weakVisible = await page.evaluate(() =>
      window.__newsgraph.cy.edges().filter((edge) => edge.data('articleCount') < 2 && edge.visible()).length,
    );
    assert.equal(weakVisible, 0, 'no relation with a single article stays visible');
    const strong = await page.evaluate(() => window.__newsgraph.cy.edges().filter((edge) => edge.data('articleCount') >= 2).length);
    assert.ok(strong > 0, 'Putin has relations stated by two articles or more');
    await page.screenshot({ path: join(RESULTS, 'filters-6-min-articles.png') });
  });

  it('counts only one source’s evidence once it is ticked, then Reset shows everything again', async () => {
    const source = page.getByTestId('filter-source').first();
    const name = await source.getAttribute('value');
    await source.check();
    const expected = await apiNeighbours(`&sources=${encodeURIComponent(name)}`);
    await page.waitForFunction(
      (count) => window.__newsgraph.store.get().status.kind === 'idle' && window.__newsgraph.store.get().graph.edges.size === count,
      expected.edges.length,
    );
    await page.screenshot({ path: join(RESULTS, 'filters-7-source.png') });

    await page.getByTestId('filter-reset').click();
    const all = await apiNeighbours();
    await page.waitForFunction((count) => window.__newsgraph.store.get().graph.edges.size === count && window.__newsgraph.store.get().status.kind === 'idle', all.edges.length);
    const state = await page.evaluate(() => {
      const s = window.__newsgraph.store.get();
      return { predicates: s.hiddenPredicates.size, min: s.minArticles, sources: s.sources.size, from: s.dateFrom };
    });
    assert.deepEqual(state, { predicates: 0, min: 1, sources: 0, from: null });
    assert.equal(await page.evaluate(() => window.__newsgraph.cy.edges().filter((edge) => !edge.visible()).length), 0);
    assert.equal(await page.getByTestId('filter-min-articles').inputValue(), '1');
    await page.screenshot({ path: join(RESULTS, 'filters-8-reset.png') });
    assert.deepEqual(problems, []);
  });
});
