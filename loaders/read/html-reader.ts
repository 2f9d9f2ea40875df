// Reads HTML input: jsdom parses the page, Readability finds the story, meta tags give the facts.

import type { Reader, ReadResult } from './reader.js';

type Parsers = {
  JSDOM: typeof import('jsdom').JSDOM;
  Readability: typeof import('@mozilla/readability').Readability;
  parse: typeof import('parse5').parse;
};
let parsers: Promise<Parsers> | undefined;

/**
 * jsdom takes a noticeable time to load, so only runs that read HTML pay for it. One after the other:
 * jsdom require()s parse5, an ES module, and Node refuses that while an import() of it is under way.
 */
function loadParsers(): Promise<Parsers> {
  parsers ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    const { parse } = await import('parse5');
    return { JSDOM, Readability, parse };
  })();
  return parsers;
}

/**
 * Deepest element nesting read. jsdom builds a page recursively, with work per element that grows
 * with its depth: a 600 KB page of 100,000 nested divs took 110 s and then overflowed the stack.
 * Real pages stay under a hundred levels.
 */
const MAX_NESTING = 1000;

/** How deep a parse5 tree's nesting goes, walked without recursion. */
function nestingDepth(root: { childNodes?: unknown[] }): number {
  let deepest = 0;
  const stack: Array<[{ childNodes?: unknown[] }, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.childNodes ?? []) stack.push([child as { childNodes?: unknown[] }, depth + 1]);
  }
  return deepest;
}

/** Block elements whose text makes one paragraph each. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

/** Elements whose content is never text a reader sees: code, styles, embedded documents and drawings. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, frame, object, embed, svg, math, canvas, textarea, select';

/** Page parts that are never the story when Readability cannot find one. */
const NOT_STORY = `${NEVER_TEXT}, nav, header, footer, aside, form, button`;

/** The text of each innermost block under `root`, one per line. */
function blockText(root: Element): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((block) => !block.querySelector(BLOCKS));
  const texts = (blocks.length ? blocks : [root]).map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim());
  return texts.filter(Boolean).join('\n');
}

/** The first non-empty value among meta tags / elements, by CSS selector and attribute. */
function firstMeta(document: Document, selectors: [string, string][]): string | null {
  for (const [selector, attribute] of selectors) {
    const value = document.querySelector(selector)?.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return null;
}

/** Reader for `.html` / `.htm` files. */
export const htmlReader: Reader = {
  name: 'HTML',
  extensions: ['.html', '.htm'],
  async read(content, file): Promise<ReadResult> {
    const { JSDOM, Readability, parse } = await loadParsers();
    // parse5 (jsdom's own HTML parser) builds a light tree without recursion, fast, to measure the nesting first.
    const depth = nestingDepth(parse(content));
    if (depth > MAX_NESTING) {
      return { articles: [], failures: [{ file, reason: `the HTML is nested ${depth} elements deep (more than ${MAX_NESTING}); no article page is: not read` }] };
    }
    // Scripts stay inert: jsdom runs none unless asked to.
    const { document } = new JSDOM(content).window;
    const facts = {
      source: firstMeta(document, [['meta[property="og:site_name"]', 'content'], ['meta[name="application-name"]', 'content']]),
      url: firstMeta(document, [['link[rel="canonical"]', 'href'], ['meta[property="og:url"]', 'content']]),
      author: firstMeta(document, [['meta[name="author"]', 'content'], ['meta[property="article:author"]', 'content']]),
      publishedAt: firstMeta(document, [
        ['meta[property="article:published_time"]', 'content'],
        ['meta[name="date"]', 'content'],
        ['meta[itemprop="datePublished"]', 'content'],
        ['meta[name="pubdate"]', 'content'],
        ['time[datetime]', 'datetime'],
      ]),
    };
    const fallbackTitle = firstMeta(document, [['meta[property="og:title"]', 'content']]) ?? document.title.trim();
    // Readability keeps the text of some of these (an SVG's labels), so they go before it reads the page.
    document.querySelectorAll(NEVER_TEXT).forEach((element) => element.remove());
    // Readability rewrites the document it is given, so the facts above are read first.
    const story = new Readability(document).parse();
    let text: string;
    if (story?.content) {
      const holder = document.createElement('div');
      holder.innerHTML = story.content;
      text = blockText(holder);
    } else {
      document.querySelectorAll(NOT_STORY).forEach((element) => element.remove());
      text = document.body ? blockText(document.body) : '';
    }
    return {
      articles: [
        {
          file,
          title: story?.title?.trim() || fallbackTitle || null,
          source: story?.siteName?.trim() || facts.source,
          url: facts.url,
          author: facts.author ?? story?.byline?.replace(/^by\s+/i, '').trim() ?? null,
          publishedAt: facts.publishedAt ?? story?.publishedTime ?? null,
          text,
        },
      ],
      failures: [],
    };
  },
};
