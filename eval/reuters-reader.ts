// Reads the article bodies of Reuters-21578 (`reut2-*.sgm`, SGML, latin-1) for speed runs.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One Reuters story with a body. */
export interface ReutersStory {
  /** The NEWID attribute. */
  id: string;
  title: string;
  body: string;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|\w+);/g, (whole, name: string) =>
    name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : (NAMED_ENTITIES[name] ?? whole),
  );
}

/** The stories of one `.sgm` file's text that have a `<BODY>`, in file order; the trailing "Reuter" sign-off removed. */
export function parseReutersSgml(sgml: string): ReutersStory[] {
  const stories: ReutersStory[] = [];
  for (const [, attributes, content] of sgml.matchAll(/<REUTERS([^>]*)>([\s\S]*?)<\/REUTERS>/g)) {
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(content)?.[1];
    if (body === undefined) continue;
    stories.push({
      id: /NEWID="(\d+)"/.exec(attributes)?.[1] ?? '',
      title: decodeEntities(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(content)?.[1] ?? '').trim(),
      // Control characters (&#3; ends every body) and the wire's sign-off are not story text.
      body: decodeEntities(body).replace(/[\u0000-\u0008\u000b-\u001f]/g, '').replace(/\s*Reuter\s*$/, '').trim(),
    });
  }
  return stories;
}

/** The first `limit` stories with a body from the `reut2-*.sgm` files of `folder`, in file order. */
export async function readReutersStories(folder: string, limit = Infinity): Promise<ReutersStory[]> {
  const files = (await readdir(folder)).filter((name) => /^reut2-\d+\.sgm$/.test(name)).sort();
  const stories: ReutersStory[] = [];
  for (const file of files) {
    if (stories.length >= limit) break;
    stories.push(...parseReutersSgml(await readFile(join(folder, file), 'latin1')));
  }
  return stories.slice(0, limit);
}
