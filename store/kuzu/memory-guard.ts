// Refuses console queries whose range() lists or padded strings would need more memory than the query budget, before Kùzu builds them.

import { InvalidArgumentError } from '../../core/errors.js';
import { maskLiterals } from './read-only-guard.js';

// Measured (Kùzu 0.11.3, Node 20): `RETURN size(range(1, 3000000))` took 7 s and raised the process's RSS
// by 877 MB (~300 bytes per element); `UNWIND range(1, 3000000) AS x RETURN count(x)` by 1.6 GB. range()
// is one function call: neither the query timeout nor an interrupt stops it while it builds the list
// (the 5 s timeout ended the first query after 7 s), and `range(1, 300000000)` grew a process to 24 GB.
// So the list size has to be known before the query runs. One KiB per element leaves a margin over
// the measured cost.
const BYTES_PER_ELEMENT = 1024;

// Measured: `RETURN size(lpad('x', 2000000000, 'y'))` grew the process by 1.9 GB over 35 s before the
// buffer pool refused it (about a byte per character, built outside the pool); `repeat` fails fast in
// the pool. So a padded or repeated string may have at most one character per byte of the budget.
const PADDING_FUNCTIONS = /^(lpad|rpad|repeat)$/i;

/** The most elements a range() may span within a memory budget of `memoryMB` MiB. */
export function maxRangeElements(memoryMB: number): number {
  return Math.floor((memoryMB * 1024 * 1024) / BYTES_PER_ELEMENT);
}

/**
 * Throws InvalidArgumentError when a `range(start, end[, step])` in `cypher` spans more elements than
 * the budget allows, or an `lpad`/`rpad`/`repeat` asks for more characters than it has bytes. Bounds
 * are evaluated when they are integer literals, `$parameters`, names bound to such a value with `AS`,
 * or arithmetic of those; bounds that depend on data are left to the engine.
 */
export function refuseOverBudget(cypher: string, params: Record<string, unknown>, memoryMB: number): void {
  const code = maskLiterals(cypher);
  const names = constantNames(code, params);
  const limit = maxRangeElements(memoryMB);
  for (const call of calls(code, PADDING_FUNCTIONS)) {
    const characters = evaluate(call.args[1] ?? '', params, names) ?? largestLiteral(call.args[1] ?? '');
    // repeat(text, n) builds n copies of the text.
    const copies = /^repeat$/i.test(call.name) && /^\s*'/.test(call.args[0] ?? '') ? call.args[0].trim().length - 2 : 1;
    if (characters * copies > memoryMB * 1024 * 1024) {
      throw new InvalidArgumentError(
        `query: \`${cypher.slice(call.start, call.end)}\` builds a string of ${(characters * copies).toLocaleString('en')} characters, more than the ${memoryMB} MB a console query may use. Build a shorter string; the budget is NEWSGRAPH_QUERY_MEMORY_MB.`,
        { characters: characters * copies, memoryMB },
      );
    }
  }
  for (const call of calls(code, /^range$/i)) {
    const text = cypher.slice(call.start, call.end);
    // A bound computed from text (`toInteger('300000000')`) or holding a huge literal cannot be trusted to stay small.
    if (call.args.some((arg) => evaluate(arg, params, names) === undefined && (/['"]/.test(arg) || largestLiteral(arg) > limit))) {
      throw new InvalidArgumentError(
        `query: \`${text}\` has a bound the console cannot check against the ${memoryMB} MB a query may use. Write the bounds as numbers, parameters or properties of the data; the budget is NEWSGRAPH_QUERY_MEMORY_MB.`,
        { maxElements: limit, memoryMB },
      );
    }
    const [start, end, step = 1] = call.args.map((arg) => evaluate(arg, params, names));
    if (start === undefined || end === undefined || step === undefined || step === 0) continue;
    const elements = Math.floor((end - start) / step) + 1;
    if (elements > limit) {
      throw new InvalidArgumentError(
        `query: \`${text}\` builds a list of ${elements.toLocaleString('en')} elements, more than the ${memoryMB} MB a console query may use (${limit.toLocaleString('en')} elements). Use a smaller range, add LIMIT, or narrow the query; the budget is NEWSGRAPH_QUERY_MEMORY_MB.`,
        { elements, maxElements: limit, memoryMB },
      );
    }
  }
}

function largestLiteral(expression: string): number {
  return Math.max(0, ...(expression.match(/\d+(?:\.\d+)?(?:e\d+)?/gi) ?? []).map(Number));
}

interface FunctionCall {
  name: string;
  start: number;
  end: number;
  args: string[];
}

/** Every call of a function whose name matches `name`, with its top-level arguments, nested calls included. */
function calls(code: string, name: RegExp): FunctionCall[] {
  const found: FunctionCall[] = [];
  for (const match of code.matchAll(/(?<![.\w$`])([A-Za-z_]\w*)\s*\(/g)) {
    if (!name.test(match[1])) continue;
    const open = match.index + match[0].length;
    const args: string[] = [];
    let depth = 0;
    let from = open;
    for (let index = open; index < code.length; index++) {
      const char = code[index];
      if (char === '(' || char === '[' || char === '{') depth++;
      else if (char === ')' || char === ']' || char === '}') {
        if (depth === 0) {
          args.push(code.slice(from, index));
          found.push({ name: match[1], start: match.index, end: index + 1, args });
          break;
        }
        depth--;
      } else if (char === ',' && depth === 0) {
        args.push(code.slice(from, index));
        from = index + 1;
      }
    }
  }
  return found;
}

/** Names bound to a constant with `<expression> AS name` (WITH, UNWIND … AS is a list, not a constant). */
function constantNames(code: string, params: Record<string, unknown>): Map<string, number> {
  const names = new Map<string, number>();
  for (const match of code.matchAll(/(?:\bWITH\b|,)\s*([^,]+?)\s+AS\s+([A-Za-z_]\w*)/gi)) {
    const value = evaluate(match[1], params, names);
    if (value !== undefined) names.set(match[2].toLowerCase(), value);
  }
  return names;
}

/**
 * The value of an integer expression of literals, parameters, known names, parentheses and + - * / ^,
 * or undefined when it holds anything else. A tiny recursive-descent parser: no library evaluates
 * Cypher expressions, and only this arithmetic subset matters here.
 */
function evaluate(expression: string, params: Record<string, unknown>, names: Map<string, number>): number | undefined {
  const tokens = expression.match(/\d+(?:\.\d+)?(?:e\d+)?|\$\w+|[A-Za-z_]\w*|[-+*/^()]|\S/gi) ?? [];
  let position = 0;
  const atom = (): number | undefined => {
    const token = tokens[position++];
    if (token === undefined) return undefined;
    if (token === '-') {
      const value = atom();
      return value === undefined ? undefined : -value;
    }
    if (token === '(') {
      const value = sum();
      return tokens[position++] === ')' ? value : undefined;
    }
    if (/^\d/.test(token)) return Number(token);
    if (token.startsWith('$')) {
      const value = params[token.slice(1)];
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    }
    return names.get(token.toLowerCase());
  };
  const power = (): number | undefined => {
    const base = atom();
    if (base === undefined || tokens[position] !== '^') return base;
    position++;
    const exponent = power();
    return exponent === undefined ? undefined : base ** exponent;
  };
  const product = (): number | undefined => {
    let value = power();
    while (value !== undefined && (tokens[position] === '*' || tokens[position] === '/')) {
      const operator = tokens[position++];
      const right = power();
      value = right === undefined ? undefined : operator === '*' ? value * right : right === 0 ? undefined : Math.trunc(value / right);
    }
    return value;
  };
  const sum = (): number | undefined => {
    let value = product();
    while (value !== undefined && (tokens[position] === '+' || tokens[position] === '-')) {
      const operator = tokens[position++];
      const right = product();
      value = right === undefined ? undefined : operator === '+' ? value + right : value - right;
    }
    return value;
  };
  const value = sum();
  return position === tokens.length ? value : undefined;
}
