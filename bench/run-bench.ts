// `npm run bench [-- <section>…]`: runs the registered bench sections, prints a table and updates docs/benchmarks.md.

import Table from 'cli-table3';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { packageRoot } from '../core/package-root.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { BenchFigure, BenchSection } from './bench-section.js';
import { bigGraphSection } from './sections/big-graph.js';
import { extractionSection } from './sections/extraction.js';
import { loadSection } from './sections/load.js';
import { clientSection } from './sections/client.js';

/** Every bench section, in the order they run and appear in docs/benchmarks.md. Add new sections here. */
const BENCH_SECTIONS: BenchSection[] = [bigGraphSection, extractionSection, loadSection, clientSection];

const DOC_PATH = join(packageRoot(), 'docs', 'benchmarks.md');
const DOC_HEADER = `# Benchmarks

Figures from \`npm run bench\` (all sections) or \`npm run bench -- <section>\` (one section; the
others keep their last figures). Each section says when and on which machine it ran. Targets come
from the issues; a figure without a target is context.
`;

/** Runs the sections named in `argv` (all when none) and writes their figures. */
async function main(argv: string[]): Promise<void> {
  const sections = selectSections(argv);
  const workDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const sharedDir = join(dirname(packageRoot()), 'shared');
  const context = { sharedDir: existsSync(sharedDir) ? sharedDir : null, workDir, log: (message: string) => process.stderr.write(`${message}\n`) };
  const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  try {
    for (const section of sections) {
      const figures = await section.run(context);
      process.stdout.write(`\n${section.name}: ${section.description}\n${printedTable(figures)}\n`);
      writeSectionDoc(section, figures, command);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  process.stdout.write(`\nWrote ${DOC_PATH}\n`);
}

function selectSections(names: string[]): BenchSection[] {
  if (names.length === 0) return BENCH_SECTIONS;
  return names.map((name) => {
    const section = BENCH_SECTIONS.find((candidate) => candidate.name === name);
    if (!section) throw new InvalidArgumentError(`No bench section \`${name}\`. Known sections: ${BENCH_SECTIONS.map((known) => known.name).join(', ')}.`);
    return section;
  });
}

function printedTable(figures: BenchFigure[]): string {
  const table = new Table({ head: ['figure', 'value', 'target', 'met', 'input', 'note'], wordWrap: true, colWidths: [27, 12, 11, 5, 34, 26] });
  for (const figure of figures) table.push([figure.name, `${figure.value} ${figure.unit}`, figure.target ?? '', metMark(figure), figure.input, figure.note ?? '']);
  return table.toString();
}

function metMark(figure: BenchFigure): string {
  if (figure.met === undefined) return '';
  return figure.met ? 'yes' : 'NO';
}

/** The machine a figure was measured on, as one line. */
function machine(): string {
  const cores = cpus();
  const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  return `${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${gib(totalmem())} RAM (${gib(freemem())} free at start), Node ${process.version}, ${platform()} ${release()}`;
}

/** Replaces this section's block in docs/benchmarks.md (between its markers), keeping every other section's. */
function writeSectionDoc(section: BenchSection, figures: BenchFigure[], command: string): void {
  const rows = figures.map((figure) => `| ${figure.name} | ${figure.value} ${figure.unit} | ${figure.target ?? ''} | ${metMark(figure)} | ${figure.input} | ${figure.note ?? ''} |`);
  const block = [
    `<!-- section:${section.name} -->`,
    `## ${section.name}`,
    '',
    section.description,
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\` on ${machine()}.`,
    '',
    '| figure | value | target | met | input | note |',
    '|---|---|---|---|---|---|',
    ...rows,
    `<!-- /section:${section.name} -->`,
  ].join('\n');
  const existing = existsSync(DOC_PATH) ? readFileSync(DOC_PATH, 'utf8') : DOC_HEADER;
  const blocks = new Map<string, string>();
  for (const match of existing.matchAll(/<!-- section:([\w-]+) -->[\s\S]*?<!-- \/section:\1 -->/g)) blocks.set(match[1], match[0]);
  blocks.set(section.name, block);
  const prose = existing.replace(/<!-- section:([\w-]+) -->[\s\S]*?<!-- \/section:\1 -->\n*/g, '').trimEnd();
  // Known sections in registry order, then any other section found in the file.
  const order = [...BENCH_SECTIONS.map((known) => known.name), ...[...blocks.keys()].filter((name) => !BENCH_SECTIONS.some((known) => known.name === name))];
  const sections = order.filter((name) => blocks.has(name)).map((name) => blocks.get(name)!);
  writeFileSync(DOC_PATH, `${prose}\n\n${sections.join('\n\n')}\n`);
}

await main(process.argv.slice(2));
