import { availableParallelism } from 'node:os';
import { extractionWorkers, loadConfig, maxInputMegabytes, parseWorkerCount } from './config.js';
import { isNewsgraphError } from './errors.js';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.store).toBe('kuzu');
    expect(config.kuzu.path).toBe('./data/graph');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3000);
  });

  it('lists every invalid setting at once', () => {
    try {
      loadConfig({ NEWSGRAPH_STORE: 'mysql', PORT: 'abc' });
      throw new Error('expected a configuration error');
    } catch (error) {
      expect(isNewsgraphError(error) && error.id).toBe('invalid_argument');
      expect(String((error as Error).message)).toMatch(/NEWSGRAPH_STORE/);
      expect(String((error as Error).message)).toMatch(/PORT/);
    }
  });

  it('refuses to bind beyond loopback without an API token', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/NEWSGRAPH_API_TOKEN/);
    expect(loadConfig({ HOST: '0.0.0.0', NEWSGRAPH_API_TOKEN: 'secret' }).apiToken).toBe('secret');
  });

  it('reads the console memory budget and the expensive-route rate limit, and refuses values that are not positive integers', () => {
    expect(loadConfig({}).query.memoryMB).toBe(1024);
    expect(loadConfig({}).expensiveRatePerMinute).toBe(120);
    const config = loadConfig({ NEWSGRAPH_QUERY_MEMORY_MB: '256', NEWSGRAPH_EXPENSIVE_RATE_LIMIT: '30' });
    expect(config.query.memoryMB).toBe(256);
    expect(config.expensiveRatePerMinute).toBe(30);
    expect(() => loadConfig({ NEWSGRAPH_QUERY_MEMORY_MB: '0' })).toThrow(/NEWSGRAPH_QUERY_MEMORY_MB/);
    expect(() => loadConfig({ NEWSGRAPH_EXPENSIVE_RATE_LIMIT: 'lots' })).toThrow(/NEWSGRAPH_EXPENSIVE_RATE_LIMIT/);
  });

  it('requires NEO4J_URI when the store is neo4j', () => {
    expect(() => loadConfig({ NEWSGRAPH_STORE: 'neo4j' })).toThrow(/NEO4J_URI/);
  });

  it('runs one extraction worker per CPU core unless NEWSGRAPH_WORKERS says otherwise', () => {
    expect(loadConfig({}).workers).toBe(availableParallelism());
    expect(loadConfig({ NEWSGRAPH_WORKERS: '3' }).workers).toBe(3);
    expect(() => loadConfig({ NEWSGRAPH_WORKERS: 'many' })).toThrow(/NEWSGRAPH_WORKERS/);
  });

  it('reads a --workers value the same way, naming the option when it is wrong', () => {
    expect(parseWorkerCount('auto', '--workers')).toBe(availableParallelism());
    expect(parseWorkerCount('2', '--workers')).toBe(2);
    expect(() => parseWorkerCount('0', '--workers')).toThrow(/--workers/);
    expect(extractionWorkers({ NEWSGRAPH_WORKERS: '4', NEWSGRAPH_STORE: 'neo4j' })).toBe(4);
  });

  it('reads input files up to 10 MiB unless NEWSGRAPH_MAX_INPUT_MB says otherwise, and names the setting when it is wrong', () => {
    expect(loadConfig({}).maxInputMegabytes).toBe(10);
    expect(loadConfig({ NEWSGRAPH_MAX_INPUT_MB: '50' }).maxInputMegabytes).toBe(50);
    expect(() => loadConfig({ NEWSGRAPH_MAX_INPUT_MB: '-1' })).toThrow(/NEWSGRAPH_MAX_INPUT_MB/);
    expect(maxInputMegabytes({ NEWSGRAPH_MAX_INPUT_MB: '25', NEWSGRAPH_STORE: 'neo4j' })).toBe(25);
    expect(() => maxInputMegabytes({ NEWSGRAPH_MAX_INPUT_MB: 'lots' })).toThrow(/NEWSGRAPH_MAX_INPUT_MB/);
  });
});
