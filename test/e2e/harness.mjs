// Shared setup of the browser tests: build the client, load articles into a temporary Kùzu store with the real CLI, serve it, and open headless Chromium.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS = join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BIN = join(ROOT, 'node_modules', '.bin');

/** The `skip` option for a browser suite: skipped only off CI when there is no Chromium. */
export const SKIP_WITHOUT_CHROMIUM = !existsSync(CHROMIUM) && !process.env.CI && `no Chromium at ${CHROMIUM}; set CHROMIUM_PATH to run the browser tests`;

/** Runs a command to completion; rejects with its output when it exits non-zero. */
export function run(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** A TCP port nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Polls /api/health until the store answers; fails early when the server process dies. */
async function waitForHealth(url, server, output, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${output()}`);
    const health = await fetch(`${url}/api/health`).then((response) => (response.ok ? response.json() : null), () => null);
    if (health?.status === 'ok') return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not report a healthy store within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Builds the client, loads the sample articles (plus `extraArticles`, written as JSON Lines) into a
 * fresh Kùzu store and serves it. Returns the base URL and `stop`, which ends the server and removes the store.
 */
export async function startApp({ extraArticles = [], env: extraEnv = {} } = {}) {
  const workDir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
  mkdirSync(RESULTS, { recursive: true });
  const port = await freePort();
  const env = { ...process.env, NEWSGRAPH_STORE: 'kuzu', NEWSGRAPH_KUZU_PATH: join(workDir, 'graph'), HOST: '127.0.0.1', PORT: String(port), ...extraEnv };
  const inputs = readdirSync(join(ROOT, 'data', 'samples'))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => join('data', 'samples', name));
  if (extraArticles.length > 0) {
    const extra = join(workDir, 'extra.jsonl');
    writeFileSync(extra, extraArticles.map((article) => JSON.stringify(article)).join('\n') + '\n');
    inputs.push(extra);
  }

  await run(join(BIN, 'vite'), ['build', '--config', 'client/vite.config.ts'], env);
  await run(join(BIN, 'tsx'), ['cli/newsgraph.ts', 'load', '--no-progress', ...inputs], env);
  let output = '';
  const server = spawn(join(BIN, 'tsx'), ['cli/newsgraph.ts', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, server, () => output, 60_000);

  return {
    url,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens headless Chromium with the flags this machine needs, and a page that records every page
 * error and console error into `problems`.
 */
export async function openBrowser({ width = 1440, height = 900 } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { browser, page, problems };
}

/**
 * Registers the suite's hooks: before, start the app (see startApp) and open a browser page at
 * `path` (`?debug` exposes the explorer's handles as window.__newsgraph); after, close both.
 * Returns a session whose `url`, `page` and `problems` are set once the before hook has run.
 */
export function useBrowserApp({ extraArticles = [], path = '/?debug' } = {}) {
  const session = { url: '', page: undefined, problems: [] };
  let app;
  let browser;
  before(
    async () => {
      app = await startApp({ extraArticles });
      let page;
      ({ browser, page, problems: session.problems } = await openBrowser());
      Object.assign(session, { url: app.url, page });
      await page.goto(`${app.url}${path}`);
    },
    { timeout: 300_000 },
  );
  after(async () => {
    await browser?.close();
    await app?.stop();
  });
  return session;
}
