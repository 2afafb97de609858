import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that a reader of the path sees either the old file or the new one, never half
 * of one: the bytes go to a temporary file beside it, then it is renamed over it. Its folder is
 * made when the write finds none, not asked for before every write (a cold plan writes a thousand
 * cache entries). `flush` syncs the bytes to disk before the rename, so a docs image or a guide
 * outlives a crash; a cache entry or a build that is made again when lost need not wait for it.
 */
export function writeAtomically(file: string, bytes: Uint8Array | string, { flush = true } = {}): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    try {
      writeFileSync(temporary, bytes, { flush });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(temporary, bytes, { flush });
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
