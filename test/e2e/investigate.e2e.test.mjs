// Browser test of the investigations: trace a person's contacts in rings, and connect two entities with cited paths.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { RESULTS, SKIP_WITHOUT_CHROMIUM, useBrowserApp } from './harness.mjs';

describe('investigations in a browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  const session = useBrowserApp();
  let page;
  let problems;
  before(() => ({ page, problems } = session));

  /** Draws an entity picked in the main search box, and waits for its details. */
  async function showEntity(name) {
    await page.getByTestId('search-input').first().fill(name);
    await page.getByTestId('search-option').filter({ hasText: name }).first().waitFor();
    await page.getByTestId('search-input').first().press('Enter');
    await page.getByTestId('details-panel').getByRole('heading', { name }).waitFor();
  }


  it('traces Donald Trump two hops out: Vladimir Putin is in ring 1, and picking him shows the sentences linking them', async () => {
    await showEntity('Donald Trump');
    await page.getByTestId('trace-depth').selectOption('2');
    await page.getByTestId('trace-open').click();
    const putin = page.getByTestId('trace-contact').filter({ hasText: 'Vladimir Putin' });
    await putin.waitFor();
    assert.match(await putin.innerText(), /ring 1/);
    assert.ok((await page.getByTestId('trace-contact').filter({ hasText: 'ring 2' }).count()) > 0, 'the second ring is listed too');
    // The canvas switched to rings by hop around Trump.
    assert.equal(await page.getByTestId('layout-select').inputValue(), 'concentric');
    const drawn = await page.evaluate(() => window.__newsgraph.cy.nodes().length);
    assert.ok(drawn > 2, `the ego network is drawn (${drawn} nodes)`);

    await putin.click();
    const chain = page.getByTestId('trace-chain');
    const sentence = chain.getByTestId('investigate-evidence').first();
    await sentence.waitFor();
    assert.match(await sentence.innerText(), /Putin/);
    assert.equal(await page.evaluate(() => window.__newsgraph.store.get().selection?.id), await putin.getAttribute('data-entity-id'));
    await page.screenshot({ path: join(RESULTS, 'investigate-1-trace.png') });
  });

  it('narrows the trace to one relation kind: every contact left is linked by it, and the filter count shows', async () => {
    const before = await page.getByTestId('trace-contact').count();
    await page.getByTestId('trace-filters').locator('summary').click();
    await page.getByTestId('trace-filter-predicates').selectOption(['SPOKE_WITH']);
    await page.getByTestId('trace-filter-apply').click();
    await page.getByTestId('trace-filters').locator('summary', { hasText: 'Narrowed by 1 filter' }).waitFor();
    const kinds = await page.getByTestId('trace-contact').locator('.trace-contact-predicates').allInnerTexts();
    assert.ok(kinds.length > 0 && kinds.length < before, `fewer contacts (${kinds.length} of ${before})`);
    assert.ok(kinds.every((text) => text.includes('spoke with')), `every contact spoke with someone on the way: ${kinds.join(' | ')}`);
    await page.screenshot({ path: join(RESULTS, 'investigate-2-trace-filtered.png') });

    // The link holds the narrowed trace: reloading it runs the same trace again.
    assert.match(page.url(), /inv=trace.*ipred=SPOKE_WITH/);
    await page.reload();
    await page.getByTestId('trace-filters').locator('summary', { hasText: 'Narrowed by 1 filter' }).waitFor();
    await page.getByTestId('trace-contact').first().waitFor();
    assert.deepEqual(await page.getByTestId('trace-contact').locator('.trace-contact-predicates').allInnerTexts(), kinds, 'the same contacts after a reload');

    await page.getByTestId('trace-filter-reset').click();
    await page.getByTestId('trace-filters').locator('summary', { hasText: 'Narrow the trace' }).waitFor();
    assert.equal(await page.getByTestId('trace-contact').count(), before, 'reset brings every contact back');
    await page.getByTestId('trace-contact').filter({ hasText: 'Vladimir Putin' }).click();
  });

  it('opens the dated timeline between a contact and the traced entity, newest first', async () => {
    await page.getByTestId('trace-chain').getByTestId('timeline-open').first().click();
    const timeline = page.getByTestId('relationship-timeline');
    await timeline.getByTestId('investigate-evidence').first().waitFor();
    const dates = await timeline.getByTestId('investigate-evidence').evaluateAll((items) => items.map((item) => item.dataset.date ?? ''));
    assert.ok(dates.length > 0);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    await page.screenshot({ path: join(RESULTS, 'investigate-2-timeline.png') });
  });

  it('connects Donald Trump to Iran: every hop of the path shown has a cited sentence, and the paths can be stepped through', async () => {
    await showEntity('Donald Trump');
    await page.getByTestId('connect-open').click();
    const form = page.getByTestId('connect-form');
    await form.getByTestId('search-input').fill('Iran');
    await form.getByTestId('search-option').filter({ hasText: /^.*Iran/ }).first().waitFor();
    await form.getByTestId('search-input').press('Enter');
    await page.getByTestId('connect-submit').click();
    const hops = page.getByTestId('path-hop');
    await hops.first().waitFor();
    const hopCount = await hops.count();
    assert.ok(hopCount > 0);
    for (let i = 0; i < hopCount; i++) {
      const cited = hops.nth(i).getByTestId('investigate-evidence').first();
      assert.ok((await cited.locator('.evidence-sentence').innerText()).trim().length > 0, `hop ${i + 1} cites a sentence`);
    }
    const highlighted = await page.evaluate(() => window.__newsgraph.cy.$('edge.on-path').length);
    assert.equal(highlighted, hopCount, 'the current path is highlighted on the canvas');
    await page.screenshot({ path: join(RESULTS, 'investigate-3-connect.png') });

    const position = page.getByTestId('path-position');
    const first = await position.innerText();
    if (!(await page.getByTestId('path-next').isDisabled())) {
      await page.getByTestId('path-next').click();
      const second = await position.innerText();
      assert.notEqual(second, first);
      // The link holds the connection and the path being read: a reload opens the same path.
      await page.reload();
      await page.getByTestId('path-position').filter({ hasText: second }).waitFor();
      await page.getByTestId('path-previous').click();
      assert.equal(await position.innerText(), first);
    }
  });

  it('says plainly when two entities are not connected within the hops asked for', async () => {
    await page.getByTestId('connect-max-length').selectOption('1');
    await page.getByTestId('connect-submit').click();
    const message = page.getByTestId('paths-message');
    await message.waitFor();
    assert.match(await message.innerText(), /No connection .* within 1 hop/);
    assert.deepEqual(problems, []);
  });

  it("lists what is new since a date, only things first seen on or after it, and draws the new relations", async () => {
    await page.getByTestId('whats-new-open').click();
    const since = page.getByTestId('whats-new-since');
    await page.getByTestId('whats-new-summary').waitFor();
    await since.fill('2025-06-01');
    await page.getByTestId('whats-new-submit').click();
    await page.getByTestId('whats-new-summary').filter({ hasText: 'since Jun 1, 2025' }).waitFor();
    const entityDates = await page.getByTestId('whats-new-entity').evaluateAll((items) => items.map((item) => item.dataset.date));
    const relationDates = await page.getByTestId('whats-new-relation').evaluateAll((items) => items.map((item) => item.dataset.date));
    assert.ok(relationDates.length > 0, 'relations were first stated in June and July 2025');
    for (const date of [...entityDates, ...relationDates]) assert.ok(date >= '2025-06-01', `${date} is on or after the date asked for`);
    await page.getByTestId('whats-new-draw').click();
    await page.waitForFunction((count) => window.__newsgraph.cy.edges().length > 0 && window.__newsgraph.store.get().graph.edges.size >= count, relationDates.length);
    await page.screenshot({ path: join(RESULTS, 'investigate-4-whats-new.png') });

    await since.fill('2030-01-01');
    await page.getByTestId('whats-new-submit').click();
    await page.getByText('Nothing new').waitFor();
  });
});
