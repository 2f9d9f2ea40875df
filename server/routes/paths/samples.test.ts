// The acceptance check on the bundled sample articles: Trump's trace shows Putin in ring 1, and Trump connects to Iran with a cited sentence on every hop.

import { join } from 'node:path';
import type { Evidence, PathsResult, TraceResult } from '../../../core/model.js';
import { packageRoot } from '../../../core/package-root.js';
import { loadPaths } from '../../../loaders/load-into-store.js';
import { useFixtureApi } from '../../../test/fixtures/fixture-api.js';

describe('investigations on the sample articles', () => {
  const api = useFixtureApi((store) => loadPaths(store, [join(packageRoot(), 'data', 'samples')]), { timeoutMs: 120_000 });
  const idOf = async (name: string) => (await api.get(`/api/search?q=${encodeURIComponent(name)}`)).body.results[0].id as string;

  it('a new user traces Donald Trump two hops out and sees Vladimir Putin in ring 1, with the evidence', async () => {
    const trump = await idOf('Donald Trump');
    const putin = await idOf('Vladimir Putin');
    const trace = (await api.get(`/api/trace?entity=${trump}&depth=2`)).body as TraceResult;
    expect(trace.contacts.find((contact) => contact.entity.id === putin)).toMatchObject({ hop: 1, via: trump });
    const evidence = (await api.get(`/api/relationship?a=${trump}&b=${putin}`)).body.evidence as Evidence[];
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence[0].sentence).toMatch(/Putin/);
  });

  it('connects Donald Trump to Iran with at least one path citing a sentence on every hop', async () => {
    const result = (await api.get(`/api/paths?from=${await idOf('Donald Trump')}&to=${await idOf('Iran')}&maxLength=4`)).body as PathsResult;
    expect(result.paths.length).toBeGreaterThan(0);
    for (const hop of result.paths[0].hops) expect(hop.evidence[0].sentence.length).toBeGreaterThan(0);
  });
});
