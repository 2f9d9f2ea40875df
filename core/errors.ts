// The small family of domain errors: each has a stable id the HTTP layer and CLI translate.

export type ErrorId = 'invalid_argument' | 'unauthorized' | 'not_found' | 'conflict' | 'unavailable' | 'forbidden' | 'timeout' | 'rate_limited';

const HTTP_STATUS: Record<ErrorId, number> = {
  invalid_argument: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  timeout: 408,
  rate_limited: 429,
  unavailable: 503,
};

/** Base class: a message that says what was wrong and what to do, and a stable id. */
export class NewsgraphError extends Error {
  readonly id: ErrorId;
  readonly details?: Record<string, unknown>;

  constructor(id: ErrorId, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.id = id;
    this.details = details;
  }

  /** The HTTP status this error maps to. */
  get status(): number {
    return HTTP_STATUS[this.id];
  }
}

export class InvalidArgumentError extends NewsgraphError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('invalid_argument', message, details);
  }
}

export class NotFoundError extends NewsgraphError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('not_found', message, details);
  }
}

export class ConflictError extends NewsgraphError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('conflict', message, details);
  }
}

export class UnavailableError extends NewsgraphError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('unavailable', message, details);
  }
}

/** A request that needs credentials (an API token) and carries none. */
export class UnauthorizedError extends NewsgraphError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('unauthorized', message, details);
  }
}

export class ForbiddenError extends NewsgraphError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('forbidden', message, details);
  }
}

export class TimeoutError extends NewsgraphError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('timeout', message, details);
  }
}

export class RateLimitedError extends NewsgraphError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('rate_limited', message, details);
  }
}

/** True for errors that carry a stable id and a user-facing message. */
export function isNewsgraphError(error: unknown): error is NewsgraphError {
  return error instanceof NewsgraphError;
}
