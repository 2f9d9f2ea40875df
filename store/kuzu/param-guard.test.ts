// Parameters Kùzu's binding would crash on or read wrongly are refused, naming the parameter; the rest pass.

import { refuseMissingParams, refuseUnbindableParams } from './param-guard.js';

const refuses = (params: Record<string, unknown>, message: RegExp) => expect(() => refuseUnbindableParams(params)).toThrow(message);

describe('refuseUnbindableParams', () => {
  it('refuses an empty list anywhere, naming where it is', () => {
    refuses({ ids: [] }, /`ids` is an empty list/);
    refuses({ x: { y: [[1], []] } }, /`x\.y\[1\]` is an empty list/);
  });

  it('refuses a parameter named constructor', () => {
    refuses(JSON.parse('{"constructor": 1}'), /constructor/);
  });

  it('refuses lists whose elements Kùzu would reinterpret: text among numbers, fractions among whole numbers, objects with other keys', () => {
    refuses({ x: [1, 'a'] }, /`x` is a list mixing whole number and text/);
    refuses({ x: [1, 1.5] }, /mixing whole number and fractional number/);
    refuses({ x: [true, 1] }, /mixing boolean and whole number/);
    refuses({ x: [{ a: 1 }, { b: 2 }] }, /mixing object \{a: whole number\} and object \{b: whole number\}/);
    refuses({ x: [[1], [1.5]] }, /mixing list of whole number and list of fractional number/);
    refuses({ x: [{ a: [1] }, { a: ['a'] }] }, /`x` is a list mixing/);
  });

  it('lets through lists of one type, nulls among them, nested structures and plain values', () => {
    expect(() =>
      refuseUnbindableParams({ ids: ['a', 'b'], n: 3, f: 1.5, rows: [{ a: 1, b: 'x' }, { b: 'y', a: 2 }], grid: [[1, 2], [3]], gaps: [1, null, 2], name: null }),
    ).not.toThrow();
  });
});

describe('refuseMissingParams', () => {
  it('names a parameter the query uses but the request does not give', () => {
    expect(() => refuseMissingParams('UNWIND $x AS y RETURN y', {})).toThrow(/parameter \$x, which the request does not give/);
    expect(() => refuseMissingParams('MATCH (e:Entity) WHERE e.id = $`entity id` RETURN e', { other: 1 })).toThrow(/\$entity id/);
  });

  it('lets a query through when every parameter it uses is given, and ignores dollars inside strings and comments', () => {
    expect(() => refuseMissingParams('MATCH (e:Entity {id: $id}) WHERE e.name <> \'$cost\' // $note\nRETURN e /* $other */', { id: 'x' })).not.toThrow();
    expect(() => refuseMissingParams('RETURN $`entity id` AS id', { 'entity id': 'x' })).not.toThrow();
  });
});
