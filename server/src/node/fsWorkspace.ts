// The core's Workspace over the file system, shared by the language server and
// the CLI. Walks the folder without following symbolic links into loops,
// prunes excluded folders (node_modules, .git) before descending, and turns
// every I/O error into data.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { ReadResult, Workspace, WorkspaceFile } from '../core/workspace';

export interface WalkLog {
  (message: string): void;
}

export class FsWorkspace implements Workspace {
  constructor(
    readonly root: string,
    /** Folders (workspace-relative) not to descend into. */
    private readonly prune: (relativeDir: string) => boolean = () => false,
    private readonly log: WalkLog = () => {},
  ) {}

  uriFor(relativePath: string): string {
    return pathToFileURL(path.join(this.root, relativePath)).toString();
  }

  /** Workspace-relative path (forward slashes) of a file: URI, or undefined outside the root. */
  relativePath(uri: string): string | undefined {
    let p: string;
    try {
      p = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    const rel = path.relative(this.root, p);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  async *listFiles(): AsyncIterable<WorkspaceFile> {
    yield* this.walk(this.root, '', new Set());
  }

  /** Lists the files under one workspace-relative folder. */
  async *listUnder(relativeDir: string): AsyncIterable<WorkspaceFile> {
    yield* this.walk(path.join(this.root, relativeDir), relativeDir, new Set());
  }

  private async *walk(dir: string, rel: string, seen: Set<string>): AsyncIterable<WorkspaceFile> {
    let real: string;
    try {
      real = await fs.promises.realpath(dir);
    } catch (e) {
      this.log(`Cannot resolve folder ${rel || '.'}: ${describeError(e)}`);
      return;
    }
    if (seen.has(real)) {
      this.log(`Skipped ${rel || '.'}: a symbolic link loop back to a folder already listed.`);
      return;
    }
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (e) {
      this.log(`Cannot list folder ${rel || '.'}: ${describeError(e)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const child = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let size: number | undefined;
      if (entry.isSymbolicLink()) {
        try {
          const st = await fs.promises.stat(child);
          isDir = st.isDirectory();
          isFile = st.isFile();
          size = st.size;
        } catch {
          this.log(`Skipped ${childRel}: a broken symbolic link.`);
          continue;
        }
      }
      if (isDir) {
        if (this.prune(childRel)) continue;
        yield* this.walk(child, childRel, seen);
      } else if (isFile) {
        if (size === undefined) {
          // A synchronous stat: microseconds on a local disk, where an awaited one per
          // file made listing 10,000 articles wait on 10,000 round trips to the thread pool.
          try {
            size = fs.statSync(child).size;
          } catch {
            size = undefined;
          }
        }
        yield { uri: pathToFileURL(child).toString(), path: childRel, size };
      }
    }
  }

  async readFile(uri: string): Promise<ReadResult> {
    try {
      const p = fileURLToPath(uri);
      // Regular files up to a few MB are read synchronously: open, fstat, read, close
      // take microseconds, where the promise API costs four thread-pool round trips
      // per file (a tenth of a 10,000-article scan). Anything else (a FIFO, a
      // folder, a large file) takes the asynchronous path, which never blocks.
      const bytes = readRegularFileSync(p) ?? (await fs.promises.readFile(p));
      return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException)?.code;
      return { error: describeError(e), missing: code === 'ENOENT' || code === 'ENOTDIR' };
    }
  }
}

/** Files up to this size are read synchronously when they are regular files. */
const SYNC_READ_LIMIT = 4 * 1024 * 1024;

/** The bytes of a regular file of at most SYNC_READ_LIMIT bytes, read to its end; undefined for anything else. Throws on I/O errors. */
function readRegularFileSync(p: string): Buffer | undefined {
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  const fd = fs.openSync(p, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > SYNC_READ_LIMIT) return undefined;
    let buf = Buffer.allocUnsafe(Math.max(st.size, 1024));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        // the file grew since fstat: read on to its end, as readFile does
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buf.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

const ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'a folder, not a file',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/** An I/O error as a short message, without the machine's absolute path. */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code) return `${ERRORS[err.code] ?? 'I/O error'} (${err.code})`;
  return String((err as Error)?.message ?? err);
}
