// The neighbour routes over real HTTP against a real Kùzu store: paging direct neighbours for "show more".

import type { GraphPayload } from '../../../core/model.js';
import { buildArticle } from '../../../test/fixtures/store-articles.js';
import { useFixtureApi } from '../../../test/fixtures/fixture-api.js';

const HUB = 'person-ada-hub';
const CONTACTS = ['Bea North', 'Cal East', 'Dot South', 'Eli West', 'Fay Centre'];
const contactId = (name: string) => `person-${name.toLowerCase().replace(' ', '-')}`;

/** One article per contact; the first contacts are met in more articles, so they rank first. */
function meetings() {
  return CONTACTS.flatMap((name, rank) =>
    Array.from({ length: CONTACTS.length - rank }, (_, copy) => {
      const sentence = `Ada Hub met ${name} in the capital.`;
      const other = rank > 0 ? ` ${name} later phoned ${CONTACTS[0]}.` : '';
      return buildArticle({
        id: `article-${contactId(name)}-${copy}`,
        title: `Ada Hub meets ${name} (${copy + 1})`,
        publishedAt: `2024-0${rank + 1}-1${copy}`,
        text: sentence + other,
        entities: [
          { id: HUB, name: 'Ada Hub', type: 'PERSON', forms: ['Ada Hub'] },
          { id: contactId(name), name, type: 'PERSON', forms: [name] },
          ...(rank > 0 ? [{ id: contactId(CONTACTS[0]), name: CONTACTS[0], type: 'PERSON' as const, forms: [CONTACTS[0]] }] : []),
        ],
        relations: [
          { subject: HUB, predicate: 'MET_WITH', object: contactId(name), verb: 'met', sentence },
          ...(rank > 0 ? [{ subject: contactId(name), predicate: 'SPOKE_WITH' as const, object: contactId(CONTACTS[0]), verb: 'phoned', sentence: other.trim() }] : []),
        ],
      });
    }),
  );
}

describe('GET /api/entities/:id/neighbors paging', () => {
  const { get } = useFixtureApi(meetings());

  it('pages through the direct neighbours, most corroborated first, without repeating any', async () => {
    const first = (await get(`/api/entities/${HUB}/neighbors?depth=1&limit=3`)).body as GraphPayload;
    const second = (await get(`/api/entities/${HUB}/neighbors?depth=1&limit=2&offset=2`)).body as GraphPayload;
    expect(first.nodes.map((node) => node.name)).toEqual(['Ada Hub', 'Bea North', 'Cal East']);
    expect(first.truncated).toBe(true);
    expect(second.nodes.map((node) => node.name)).toEqual(['Ada Hub', 'Dot South', 'Eli West']);
    expect(second.truncated).toBe(true);
    const last = (await get(`/api/entities/${HUB}/neighbors?limit=2&offset=4`)).body as GraphPayload;
    expect(last.nodes.map((node) => node.name)).toEqual(['Ada Hub', 'Fay Centre']);
    expect(last.truncated).toBe(false);
  });

  it('a later page brings the relations between its neighbours and those of earlier pages', async () => {
    const page = (await get(`/api/entities/${HUB}/neighbors?limit=1&offset=2`)).body as GraphPayload;
    const pairs = page.edges.map((edge) => `${edge.source} ${edge.predicate} ${edge.target}`).sort();
    expect(pairs).toEqual([`${HUB} MET_WITH ${contactId('Dot South')}`, `${contactId('Dot South')} SPOKE_WITH ${contactId('Bea North')}`]);
  });

  it('a later page keeps the date filter: neighbours met only outside the range never appear', async () => {
    // Bea North was met only in January 2024, so from February the ranking starts at Cal East.
    const page = (await get(`/api/entities/${HUB}/neighbors?limit=2&offset=1&from=2024-02-01&to=2024-05-31`)).body as GraphPayload;
    expect(page.nodes.map((node) => node.name)).toEqual(['Ada Hub', 'Dot South', 'Eli West']);
  });

  it('answers an offset past the last neighbour with the entity alone', async () => {
    const page = (await get(`/api/entities/${HUB}/neighbors?limit=5&offset=50`)).body as GraphPayload;
    expect(page.nodes.map((node) => node.id)).toEqual([HUB]);
    expect(page.edges).toEqual([]);
    expect(page.truncated).toBe(false);
  });

  it.each([
    ['offset=-1', /offset/],
    ['offset=many', /offset/],
    ['depth=2&offset=10', /depth=1/],
  ])('refuses %s with invalid_argument naming the problem', async (query, message) => {
    const { status, body } = await get(`/api/entities/${HUB}/neighbors?${query}`);
    expect(status).toBe(400);
    expect(body.error.id).toBe('invalid_argument');
    expect(body.error.message).toMatch(message);
  });
});
