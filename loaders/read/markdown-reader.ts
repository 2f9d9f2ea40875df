// Reads Markdown input: YAML front matter for the facts, the body as plain paragraphs.

import { frontMatterReason, readFrontMatter, type FrontMatter } from './front-matter.js';
import type { Reader, ReadResult } from './reader.js';

// Inline markup removed by hand: no Markdown parser is installed, and news bodies use only this much.
// Every span is bounded in length (emphasis and link text 500 characters, URLs and tags 2,000): an
// opener without a closer then costs a bounded look-ahead, not a scan to the end of the line, which
// made a 40 KB line of "**a " take 2.3 s and a 1 MB one about 25 minutes.
const INLINE_MARKUP: [RegExp, string][] = [
  [/!\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, ''],
  [/\[([^\]]{1,500})\]\([^)]{0,2000}\)/g, '$1'],
  [/\[([^\]]{1,500})\]\[[^\]]{0,500}\]/g, '$1'],
  [/<(https?:\/\/[^>]{1,2000})>/g, '$1'],
  [/<\/?[a-z][^>]{0,2000}>/gi, ''],
  [/(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1/g, '$2'],
  [/(?<![\w*])\*(?=\S)(.{1,500}?)(?<=\S)\*(?!\w)/g, '$1'],
  [/(?<![\w_])_(?=\S)(.{1,500}?)(?<=\S)_(?![\w_])/g, '$1'],
  [/`([^`]{1,500})`/g, '$1'],
];

function stripInline(line: string): string {
  return INLINE_MARKUP.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), line);
}

/** Markdown body → one paragraph per line: headings, list items and quotes each stand alone. */
export function markdownToParagraphs(markdown: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current.length) paragraphs.push(stripInline(current.join(' ')));
    current = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence || /^\s*\[[^\]]+\]:\s/.test(raw)) continue;
    const line = raw.replace(/^\s*>\s?/, '').trim();
    if (!line || /^([-*_=]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const block = /^#{1,6}\s+(.*?)\s*#*$/.exec(line) ?? /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (block) {
      flush();
      current.push(block[1]);
      flush();
      continue;
    }
    current.push(line);
  }
  flush();
  return paragraphs.join('\n');
}

/** Reader for `.md` / `.markdown` files with optional front matter (title, source, url, author, date). */
export const markdownReader: Reader = {
  name: 'Markdown',
  extensions: ['.md', '.markdown'],
  read(content, file): ReadResult {
    let front: FrontMatter;
    try {
      front = readFrontMatter(content);
    } catch (error) {
      return { articles: [], failures: [{ file, reason: frontMatterReason(error) }] };
    }
    const { body, ...facts } = front;
    return { articles: [{ file, ...facts, text: markdownToParagraphs(body) }], failures: [] };
  },
};
