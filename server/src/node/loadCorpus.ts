// Builds a corpus from a folder on disk, as the CLI and the benchmark need it:
// the config and registry of the root, then the articles (all of them, or the
// files and folders named).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../core/corpus';
import { isExcludedFolder, DEFAULT_CONFIG, isArticlePath } from '../core/config';
import { DEFAULT_MAX_FILE_SIZE, SCAN_BATCH, loadArticle, loadInputs, scanWorkspace, type ScanOptions } from '../core/scan';
import type { WorkspaceFile } from '../core/workspace';
import { FsWorkspace } from './fsWorkspace';
import { HeapBudget, nextTurn } from './heapBudget';

export interface LoadOptions {
  maxFileSize?: number;
  maxLineLength?: number;
  log?: (message: string) => void;
}

export interface LoadedCorpus {
  corpus: Corpus;
  ws: FsWorkspace;
  /** Paths named that do not exist. */
  missing: string[];
  /** Set when the heap ran short and articles were left out: why, and how many were analysed of how many. */
  stopped?: { reason: string; analysed: number; total: number };
}

export async function loadCorpus(root: string, paths: string[], options: LoadOptions = {}): Promise<LoadedCorpus> {
  const corpus = new Corpus();
  const ws = new FsWorkspace(root, (dir) => isExcludedFolder(corpus.config, dir), options.log);
  if (options.maxLineLength !== undefined) corpus.setLimits({ maxLineLength: options.maxLineLength });
  await loadInputs(corpus, ws);
  const budget = new HeapBudget().start();
  try {
    const loaded: LoadedCorpus = { corpus, ws, missing: [] };
    const scan: ScanOptions = {
      maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      // a turn of the event loop between batches: the heap budget hears of collections there
      pause: nextTurn,
      budget: () => budget.exceeded(),
      onStopped: (reason, analysed, total) => (loaded.stopped = { reason, analysed, total }),
    };
    if (paths.length === 0) {
      await scanWorkspace(corpus, ws, scan);
      return loaded;
    }
    const files = new Map<string, WorkspaceFile>();
    for (const p of paths) {
      const abs = path.resolve(root, p);
      const rel = path.relative(root, abs).split(path.sep).join('/');
      let st: fs.Stats;
      try {
        st = fs.statSync(abs);
      } catch {
        loaded.missing.push(p);
        continue;
      }
      if (st.isFile()) {
        files.set(ws.uriFor(rel), { uri: ws.uriFor(rel), path: rel, size: st.size });
      } else if (st.isDirectory()) {
        // A folder named on the command line: its article files by the config's
        // globs, or by the default ones when the config's do not reach it.
        for await (const f of rel ? ws.listUnder(rel) : ws.listFiles()) {
          if (corpus.isArticle(f.path) || isArticlePath(DEFAULT_CONFIG, f.path)) files.set(f.uri, f);
        }
      }
    }
    const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    for (let k = 0; k < sorted.length; k++) {
      if (k % SCAN_BATCH === 0 && k > 0) {
        await nextTurn();
        const reason = budget.exceeded();
        if (reason !== undefined) {
          loaded.stopped = { reason, analysed: k, total: sorted.length };
          break;
        }
      }
      await loadArticle(corpus, ws, sorted[k], scan);
    }
    return loaded;
  } finally {
    budget.dispose();
  }
}
