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
  const client = clientErrorMessage(error);
  if (client) {
    res.status(client.status).json({ error: { id: 'invalid_argument', message: client.message } });
    return;
  }
  console.error('Unhandled error:', error);
  res.status(500).json({ error: { id: 'internal', message: 'Internal error. The server log has the details.' } });
};

/**
 * The status and a message that says what to do for errors the request caused before a handler ran:
 * body-parser's (with a `type` and `expose`) and the router's malformed percent-encoding in a path.
 */
function clientErrorMessage(error: any): { status: number; message: string } | null {
  const status = typeof error?.status === 'number' ? error.status : 0;
  switch (error?.type) {
    case 'entity.parse.failed':
      return { status: 400, message: `The request body is not a JSON object (${error.message}). Send one JSON object, e.g. {"query": "RETURN 1"}.` };
    case 'entity.too.large':
      return { status: 413, message: `The request body is ${error.length} bytes, more than the ${error.limit}-byte limit. Send a smaller body.` };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { status: 415, message: `${error.message}. Send the body as UTF-8 JSON, uncompressed or gzip/deflate/br.` };
  }
  if (error instanceof URIError) {
    return { status: 400, message: 'The request path holds a malformed percent-encoding. Encode each path segment with encodeURIComponent.' };
  }
  if (status >= 400 && status < 500 && error?.expose) return { status, message: `The request was refused: ${String(error.message)}.` };
  return null;
}
