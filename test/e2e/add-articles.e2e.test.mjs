// Browser test of adding articles from the app: upload files and paste a story, follow the server-side load, find what it added.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { RESULTS, SKIP_WITHOUT_CHROMIUM, useBrowserApp } from './harness.mjs';

/** A PNG's first bytes: an image, refused by its content whatever its name says. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('adding articles in a browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  const session = useBrowserApp();
  let page;
  let problems;
  before(() => ({ page, problems } = session));

  const articleCount = async () => Number((await page.getByTestId('stats').locator('strong').first().innerText()).replace(/\D/g, ''));

  it('uploads a Markdown file and pastes a story, shows the load to the end, and the new people can be searched', async () => {
    await page.getByTestId('stats').locator('strong').first().waitFor();
    const before = await articleCount();
    await page.getByTestId('add-open').click();
    const dialog = page.getByTestId('add-dialog');
    await dialog.waitFor();
    await page.getByTestId('add-files').setInputFiles([
      {
        name: 'oslo-talks.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from('---\ntitle: Ministers meet in Oslo\nsource: Fjord Courier\npublishedAt: 2025-03-02\n---\nNorwegian Foreign Minister Ingrid Dahl met Chilean Foreign Minister Pablo Reyes in Oslo on Sunday to discuss fisheries.\n'),
      },
      // Its name is markup: the failure line must show it as text, never run it.
      { name: '<img src=x onerror="window.__pwned=1">.txt', mimeType: 'text/plain', buffer: PNG },
    ]);
    await dialog.locator('summary', { hasText: 'Paste an article' }).click();
    await page.getByTestId('add-title').fill('Port deal signed in Nairobi');
    await page.getByTestId('add-text').fill('Kenyan President Grace Wanjiru met Japanese Prime Minister Kenji Mori in Nairobi on Friday to sign a port agreement. The two leaders said it would double grain shipments.');
    await page.getByTestId('add-submit').click();

    const summary = page.getByTestId('add-summary');
    await page.locator('[data-testid="add-summary"][data-state="done"]').waitFor({ timeout: 120_000 });
    assert.match(await summary.innerText(), /2 added, 0 already stored/);
    const failures = await page.getByTestId('add-failure').allInnerTexts();
    assert.equal(failures.length, 1);
    assert.match(failures[0], /<img src=x onerror="window.__pwned=1">\.txt: looks like .*image/i);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'the file name never ran as markup');
    await page.screenshot({ path: join(RESULTS, 'add-articles-1-done.png') });

    // The header counts follow the load, and the new people are in the search.
    await page.waitForFunction((count) => Number(document.querySelector('[data-testid="stats"] strong')?.textContent?.replace(/\D/g, '')) === count, before + 2);
    await page.getByTestId('add-close').click();
    await page.getByTestId('search-input').first().fill('Ingrid Dahl');
    await page.getByTestId('search-option').filter({ hasText: 'Ingrid Dahl' }).first().waitFor();
    await page.getByTestId('search-input').first().fill('Grace Wanjiru');
    await page.getByTestId('search-option').filter({ hasText: 'Grace Wanjiru' }).first().waitFor();
  });

  it('says what to do when the dialog is sent empty', async () => {
    await page.getByTestId('add-open').click();
    await page.getByTestId('add-submit').click();
    assert.match(await page.getByTestId('add-problem').innerText(), /Choose or drop files, or paste an article/);
    await page.getByTestId('add-close').click();
    assert.deepEqual(problems, []);
  });
});
