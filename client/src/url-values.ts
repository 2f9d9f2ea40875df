// Readers of single values from a shared link: each gives null (or nothing) for a value it does not trust.

/** Longest id or value accepted from a URL; anything longer is someone else's data. */
const MAX_VALUE = 300;

/** The value when it is present and of a sane length, else null. */
export function usableValue(value: string | null): string | null {
  return value && value.length <= MAX_VALUE ? value : null;
}

/** A real calendar date written YYYY-MM-DD, else null. */
export function isoDate(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** The comma-separated items of parameter `name` that `accept` takes, as a set. */
export function listParam<T extends string>(params: URLSearchParams, name: string, accept: (value: string) => value is T): Set<T> {
  return new Set((params.get(name) ?? '').split(',').filter(accept));
}

/** An integer parameter inside [min, max], else null. */
export function integerParam(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const raw = params.get(name);
  const value = Number(raw);
  return raw !== null && raw !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}
