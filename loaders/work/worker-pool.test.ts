// The worker pool: tasks run on threads, a failing or dying worker fails only its own task.

import { createWorkerPool } from './worker-pool.js';

const script = new URL('../../test/fixtures/echo-or-crash-worker.ts', import.meta.url);

describe('createWorkerPool', () => {
  it('runs every task on a worker thread and gives back each answer', async () => {
    const pool = createWorkerPool<string, string>({ script, size: 2 });
    try {
      await expect(Promise.all(['a', 'b', 'c'].map((task) => pool.run(task)))).resolves.toEqual(['done: a', 'done: b', 'done: c']);
    } finally {
      await pool.close();
    }
  });

  it('reports a worker that dies as a failure of its task, and the other tasks still finish', async () => {
    const pool = createWorkerPool<string, string>({ script, size: 2 });
    try {
      const results = await Promise.allSettled(['a', 'crash', 'b', 'c'].map((task) => pool.run(task)));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      const crash = results[1] as PromiseRejectedResult;
      expect(crash.reason.id).toBe('unavailable');
      expect(crash.reason.message).toMatch(/worker thread stopped.*exit code 3/);
    } finally {
      await pool.close();
    }
  });

  it('passes on the error a task throws inside its worker', async () => {
    const pool = createWorkerPool<string, string>({ script, size: 1 });
    try {
      await expect(pool.run('throw')).rejects.toThrow('this task cannot be done');
      await expect(pool.run('after')).resolves.toBe('done: after');
    } finally {
      await pool.close();
    }
  });
});
