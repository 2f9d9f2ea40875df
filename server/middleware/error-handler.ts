// The one error handler: known errors become JSON with their stable id; unknown ones a generic 500.

import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isNewsgraphError } from '../../core/errors.js';

/** Answers unknown /api routes with a not_found error naming the route. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json({
    error: { id: 'not_found', message: `No API route ${req.method} ${req.path}. See the README for the routes.` },
  });
};

/** Turns thrown errors into `{ error: { id, message, details? } }`; never leaks a stack trace. */
export const errorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (isNewsgraphError(error)) {
    // `details` carries machine-readable specifics, e.g. the line and column of a Cypher error.
    res.status(error.status).json({ error: { id: error.id, message: error.message, ...(error.details ? { details: error.details } : {}) } });
    return;
  }
  // body-parser and friends signal client errors with a status and `expose`.
  const status = typeof error?.status === 'number' ? error.status : 500;
  if (status >= 400 && status < 500 && error?.expose) {
    res.status(status).json({ error: { id: 'invalid_argument', message: String(error.message) } });
    return;
  }
  console.error('Unhandled error:', error);
  res.status(500).json({ error: { id: 'internal', message: 'Internal error. The server log has the details.' } });
};
