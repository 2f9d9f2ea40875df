// The status a server-side load starts with, shared by the load queue and anything that builds statuses.

import type { LoadStatus } from './model.js';

/** A load of `articlesTotal` inputs just submitted: queued, nothing done yet. */
export function queuedLoadStatus(id: string, articlesTotal: number, submittedAt = new Date().toISOString()): LoadStatus {
  return {
    id,
    state: 'queued',
    submittedAt,
    startedAt: null,
    finishedAt: null,
    articlesTotal,
    articlesDone: 0,
    articlesAdded: 0,
    articlesSkipped: 0,
    entitiesAdded: 0,
    relationsAdded: 0,
    failures: [],
    error: null,
  };
}
