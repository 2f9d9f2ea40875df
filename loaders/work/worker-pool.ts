// A small pool of worker threads, one task at a time per worker. Written on node:worker_threads
// because the project has no pool library among its dependencies; a worker that dies fails only the
// task it was running, and a fresh worker takes its place.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import { UnavailableError } from '../../core/errors.js';

export interface WorkerPool<Task, Result> {
  /** Runs `task` on the next free worker. Rejects with UnavailableError if the worker dies meanwhile. */
  run(task: Task): Promise<Result>;
  /** Stops every worker; tasks still queued are rejected. */
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  /** The worker module: it calls `serveWorkerTasks`. A `.ts` module runs through tsx (sources, tests). */
  script: URL;
  /** Number of worker threads at most; they start as tasks arrive. */
  size: number;
}

type Request<Task> = { id: number; task: Task };
type Reply<Result> = { id: number; result: Result } | { id: number; error: string };

interface Job<Task, Result> {
  id: number;
  task: Task;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

/**
 * How to start a worker on `script`. A TypeScript source (under tsx or Jest) is imported after
 * registering tsx inside the worker: on Node 20, loader hooks given as `--import` in a worker's
 * execArgv do not apply to the worker's own modules.
 */
function workerFor(script: URL): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script);
  // tsx's `./esm/api` export (dist/esm/api/index.mjs), found beside its main entry (dist/loader.mjs).
  const tsxApi = new URL('./esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx'))).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** Starts a pool running `options.script` on up to `options.size` threads. */
export function createWorkerPool<Task, Result>(options: WorkerPoolOptions): WorkerPool<Task, Result> {
  const queue: Job<Task, Result>[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job<Task, Result>>();
  let nextId = 0;
  let closed = false;

  const finish = (worker: Worker) => {
    busy.delete(worker);
    idle.push(worker);
    dispatch();
  };

  // A worker that dies takes only its own task down; it is not reused.
  const lose = (worker: Worker, why: string) => {
    const job = busy.get(worker);
    busy.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    job?.reject(new UnavailableError(`the worker thread stopped while working on it (${why}); the other inputs go on. Run with --workers 1 to see the error in this process`));
    void worker.terminate();
    dispatch();
  };

  const start = (): Worker => {
    const worker = workerFor(options.script);
    worker.on('message', (reply: Reply<Result>) => {
      const job = busy.get(worker);
      if (!job || job.id !== reply.id) return;
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.result);
      finish(worker);
    });
    worker.on('error', (error) => lose(worker, error.message));
    worker.on('exit', (code) => {
      if (busy.has(worker) || idle.includes(worker)) lose(worker, `exit code ${code}`);
    });
    return worker;
  };

  const dispatch = () => {
    while (!closed && queue.length > 0) {
      const worker = idle.pop() ?? (busy.size < options.size ? start() : undefined);
      if (!worker) return;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task } satisfies Request<Task>);
    }
  };

  return {
    run(task) {
      if (closed) return Promise.reject(new UnavailableError('The worker pool is closed: start a new run.'));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new UnavailableError('The worker pool closed before this input was read.'));
      const workers = [...idle.splice(0), ...busy.keys()];
      for (const job of busy.values()) job.reject(new UnavailableError('The worker pool closed while this input was being read.'));
      busy.clear();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** Inside a worker module: answers each task the pool sends with `handle(task)`. */
export function serveWorkerTasks<Task, Result>(handle: (task: Task) => Promise<Result>): void {
  if (!parentPort) throw new UnavailableError('serveWorkerTasks: this module must run as a worker thread of a WorkerPool.');
  const port = parentPort;
  port.on('message', async ({ id, task }: Request<Task>) => {
    try {
      port.postMessage({ id, result: await handle(task) } satisfies Reply<Result>);
    } catch (error) {
      port.postMessage({ id, error: (error as Error).message } satisfies Reply<Result>);
    }
  });
}
