// The physical reference for load speed: the rows a load wrote, exported from Kùzu and bulk-loaded into a fresh database with COPY.

import { join } from 'node:path';
import kuzu from 'kuzu';
import { PREDICATE_NAMES } from '../core/vocabulary.js';
import * as statements from '../store/kuzu/statements.js';

/** One exported table: its name, the Parquet file holding its rows, and how many. */
export interface ExportedTable {
  table: string;
  file: string;
  rows: number;
}

type Connection = InstanceType<typeof kuzu.Connection>;

async function rowsOf(connection: Connection, statement: string): Promise<Record<string, unknown>[]> {
  const result = await connection.query(statement);
  const results = Array.isArray(result) ? result : [result];
  const rows = await results[0].getAll();
  for (const one of results) one.close();
  return rows as Record<string, unknown>[];
}

/** The columns of a table in declaration order (what COPY FROM expects after a relationship's two ends). */
async function columnsOf(connection: Connection, table: string): Promise<string[]> {
  return (await rowsOf(connection, `CALL table_info('${table}') RETURN name`)).map((row) => String(row.name));
}

async function withDatabase<T>(path: string, bufferPoolBytes: number, use: (connection: Connection) => Promise<T>): Promise<T> {
  const database = new kuzu.Database(path, bufferPoolBytes);
  const connection = new kuzu.Connection(database);
  try {
    return await use(connection);
  } finally {
    await connection.close();
    await database.close();
  }
}

/** Exports every node and relationship table of the store at `path` to Parquet files in `folder`. */
export async function exportTables(path: string, folder: string, bufferPoolBytes: number): Promise<ExportedTable[]> {
  return withDatabase(path, bufferPoolBytes, async (connection) => {
    const tables: ExportedTable[] = [];
    const exportQuery = async (table: string, query: string) => {
      const rows = Number((await rowsOf(connection, `${query.replace(/RETURN .*/, 'RETURN count(*) AS rows')}`))[0].rows);
      const file = join(folder, `${table}.parquet`);
      // An empty table has nothing to COPY (and an empty Parquet file has no schema to read).
      if (rows > 0) await rowsOf(connection, `COPY (${query}) TO '${file}'`);
      tables.push({ table, file, rows });
    };
    for (const table of ['Entity', 'Article']) {
      const columns = await columnsOf(connection, table);
      await exportQuery(table, `MATCH (n:${table}) RETURN ${columns.map((column) => `n.${column}`).join(', ')}`);
    }
    const relationship = async (table: string, from: string, to: string) => {
      const columns = await columnsOf(connection, table);
      await exportQuery(table, `MATCH (a:${from})-[r:${table}]->(b:${to}) RETURN a.id, b.id${columns.map((column) => `, r.${column}`).join('')}`);
    };
    await relationship('MENTIONS', 'Article', 'Entity');
    for (const predicate of PREDICATE_NAMES) await relationship(predicate, 'Entity', 'Entity');
    return tables;
  });
}

/** Creates the store's schema in a fresh database at `path` and COPYs the exported tables in; returns the seconds the COPYs took. */
export async function copyTablesIntoFreshKuzu(tables: ExportedTable[], path: string, bufferPoolBytes: number): Promise<number> {
  return withDatabase(path, bufferPoolBytes, async (connection) => {
    for (const statement of statements.SCHEMA) await rowsOf(connection, statement);
    const started = performance.now();
    for (const { table, file, rows } of tables) if (rows > 0) await rowsOf(connection, `COPY ${table} FROM '${file}'`);
    return (performance.now() - started) / 1000;
  });
}
