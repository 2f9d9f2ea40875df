// Refuses a request body that is not declared as JSON, so a wrong Content-Type gets a clear 400 instead of an empty body.

import type { RequestHandler } from 'express';
import { InvalidArgumentError } from '../../core/errors.js';

/**
 * For routes that read a JSON body: a request with a body whose Content-Type is not JSON is refused
 * with invalid_argument naming the type it sent (express.json skips such bodies, leaving `req.body` empty).
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  // req.is() is null when the request has no body at all; the route's schema then names what is missing.
  const json = req.is('application/json');
  if (json === false) {
    const sent = req.get('content-type') ?? 'no Content-Type';
    next(new InvalidArgumentError(`${req.method} ${req.originalUrl.split('?')[0]}: expecting a JSON body with Content-Type: application/json, got ${sent}.`));
    return;
  }
  next();
};
