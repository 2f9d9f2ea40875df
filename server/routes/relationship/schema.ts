// Parameters of GET /api/relationship.

import { z } from 'zod';

const entityId = z.string({ error: 'expecting an entity id' }).min(1, 'expecting an entity id').max(300, 'expecting at most 300 characters');

export const relationshipQuery = z.object({ a: entityId, b: entityId });
