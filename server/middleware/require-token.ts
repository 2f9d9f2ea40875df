// Guards write endpoints: when NEWSGRAPH_API_TOKEN is set, a request must carry it as a bearer token.

import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError, UnauthorizedError } from '../../core/errors.js';

/** Fixed-length digest, so that tokens of any length compare in constant time. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Middleware for every write route. With a `token` configured, a request without
 * `Authorization: Bearer <token>` is answered 401 and one with another token 403; the comparison
 * takes the same time whatever the token sent. Without a token (the server then listens on loopback
 * only, as the configuration enforces) every request passes.
 */
export function requireToken(token: string | null): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, res, next) => {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.get('authorization') ?? '');
    if (!match) {
      res.set('WWW-Authenticate', 'Bearer realm="newsgraph"');
      next(new UnauthorizedError(`${req.method} ${req.originalUrl}: this endpoint writes to the store and needs the header \`Authorization: Bearer <token>\` with the server's NEWSGRAPH_API_TOKEN.`));
      return;
    }
    if (!timingSafeEqual(digest(match[1]), expected)) {
      next(new ForbiddenError(`${req.method} ${req.originalUrl}: the bearer token is not the server's NEWSGRAPH_API_TOKEN. Check the token and send it again.`));
      return;
    }
    next();
  };
}
