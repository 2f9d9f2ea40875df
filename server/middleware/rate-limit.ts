// The one rate-limiter factory: per-address request budgets for the expensive routes, answered with 429 rate_limited.

import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { loadConfig } from '../../core/config.js';
import { RateLimitedError } from '../../core/errors.js';

export interface RateLimitOptions {
  /** The route as users see it, e.g. `GET /api/paths`; it starts the error message. */
  route: string;
  /** Requests one client address may send per minute. */
  perMinute: number;
  /** The setting that raises the budget, named in the error message. */
  setting: string;
  /** Requests for which this returns true are neither counted nor limited (e.g. cheap variants of the route). */
  skip?: (req: Request) => boolean;
}

/**
 * A per-address limiter over a one-minute window with standard `RateLimit` and `Retry-After` headers.
 * Past the budget it passes a RateLimitedError saying when to retry and which setting raises the budget.
 */
export function rateLimiter({ route, perMinute, setting, skip }: RateLimitOptions): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    ...(skip ? { skip } : {}),
    handler: (_req, res, next) => {
      // express-rate-limit sets Retry-After (in seconds) before it calls the handler.
      const seconds = Number(res.getHeader('Retry-After')) || 60;
      next(
        new RateLimitedError(`${route}: more than ${perMinute} requests in one minute from this address. Retry in ${seconds} s, or raise ${setting}.`, {
          retryAfterSeconds: seconds,
        }),
      );
    },
  });
}

/** Where the expensive-route budget comes from: the app options, else the configuration. */
export interface ExpensiveRouteOptions {
  expensiveRatePerMinute?: number;
}

/** The limiter of one expensive read route (paths, trace, timeline, deep neighbourhoods), budgeted by NEWSGRAPH_EXPENSIVE_RATE_LIMIT. */
export function expensiveRouteLimiter(route: string, options: ExpensiveRouteOptions, skip?: (req: Request) => boolean): RequestHandler {
  const perMinute = options.expensiveRatePerMinute ?? loadConfig().expensiveRatePerMinute;
  return rateLimiter({ route, perMinute, setting: 'NEWSGRAPH_EXPENSIVE_RATE_LIMIT', skip });
}
