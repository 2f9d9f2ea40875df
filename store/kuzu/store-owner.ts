// Names the process that holds an embedded store open, through an owner file beside the database.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UnavailableError } from '../../core/errors.js';

/** The process that opened a store: its id and the command it runs. */
export interface StoreOwner {
  pid: number;
  command: string;
}

/** Kùzu's own message when another process holds the database's file lock. */
const LOCKED = /Could not set lock on file/i;

/** The owner file of the database at `databasePath`: `<path>.owner`, beside Kùzu's `<path>.wal`. */
export function ownerFilePath(databasePath: string): string {
  return `${databasePath}.owner`;
}

/** This process as an owner: its pid and a short form of its command line (`newsgraph load data/samples`). */
export function currentOwner(): StoreOwner {
  const [, script = process.argv0, ...args] = process.argv;
  const command = [basename(script).replace(/\.[cm]?[jt]s$/, ''), ...args].join(' ');
  return { pid: process.pid, command: command.length > 200 ? `${command.slice(0, 199)}…` : command };
}

/** Records this process as the owner of the database at `databasePath`. */
export function claimStore(databasePath: string): void {
  writeFileSync(ownerFilePath(databasePath), JSON.stringify(currentOwner()) + '\n');
}

/** Removes the owner file when this process is the one it names. */
export function releaseStore(databasePath: string): void {
  if (readOwner(databasePath)?.pid === process.pid) rmSync(ownerFilePath(databasePath), { force: true });
}

/**
 * The process named by the owner file, when it is still alive. A missing or unreadable file, or one
 * left behind by a process that has died (killed, crashed), counts as no owner.
 */
export function liveOwner(databasePath: string): StoreOwner | null {
  const owner = readOwner(databasePath);
  return owner && isAlive(owner.pid) ? owner : null;
}

/** True when `error` is Kùzu refusing to open a database another process holds. */
export function isLockedError(error: unknown): boolean {
  return LOCKED.test(error instanceof Error ? error.message : String(error));
}

/** The error to report when the database at `databasePath` is held by another process. */
export function storeInUseError(databasePath: string): UnavailableError {
  const owner = liveOwner(databasePath);
  const who = owner ? `process ${owner.pid} (${owner.command})` : 'another process';
  return new UnavailableError(
    `The store at ${databasePath} is in use by ${who}. Stop that process, or load through the running server: ` +
      'POST /api/articles with {"articles": [{"text": "…"}]} (see the README).',
    owner ? { pid: owner.pid, command: owner.command } : undefined,
  );
}

function readOwner(databasePath: string): StoreOwner | null {
  try {
    const value = JSON.parse(readFileSync(ownerFilePath(databasePath), 'utf8')) as Partial<StoreOwner>;
    return Number.isInteger(value.pid) && typeof value.command === 'string' ? { pid: value.pid!, command: value.command } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
