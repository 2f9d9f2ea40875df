// Runs tasks one at a time, in the order they were queued.

/**
 * A FIFO of async tasks, each started when the one before it has settled. A promise chain is all
 * this needs (no cancellation, no priorities, no concurrency above one), so no queue library is used.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task queued before it; a failed task does not stop the ones after it. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
