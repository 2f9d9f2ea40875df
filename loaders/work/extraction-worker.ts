// The worker thread of folder loads: reads, cleans and extracts the inputs the pool sends it.

import { extractInput } from './input-extraction.js';
import { serveWorkerTasks } from './worker-pool.js';

serveWorkerTasks(extractInput);
