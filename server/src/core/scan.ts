// Loading a workspace into a corpus: the config, the registry, then every
// article file, open in an editor or not. Pure: all I/O goes through the
// injected Workspace, and nothing here throws on bad input.

import { CONFIG_FILE } from './config';
import type { Corpus } from './corpus';
import { decodeArticle } from './decode';
import type { Cancellation, Workspace, WorkspaceFile } from './workspace';

export interface ScanOptions {
  /** Files larger than this many bytes are skipped with a finding. */
  maxFileSize: number;
  /** Called after each article with the count done and the total. */
  onProgress?(done: number, total: number): void;
  /** Called every `yieldEvery` files so a host can answer other requests meanwhile. */
  pause?(): Promise<void>;
  yieldEvery?: number;
  token?: Cancellation;
  /** Articles whose text the host already has (open editors): not read from disk. */
  openText?(uri: string): string | undefined;
  /** Filled with the URI of every article file found. */
  seen?: Set<string>;
}

export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

export async function readText(ws: Workspace, uri: string): Promise<{ text: string } | { error: string }> {
  const r = await ws.readFile(uri);
  if ('error' in r) return r;
  const d = decodeArticle(r.bytes);
  return 'error' in d ? d : { text: d.text };
}

/** Loads `corpus-review.yaml` (or the defaults) and the registry it names. */
export async function loadInputs(corpus: Corpus, ws: Workspace): Promise<void> {
  const configUri = ws.uriFor(CONFIG_FILE);
  const config = await readText(ws, configUri);
  corpus.setConfig('text' in config ? configUri : undefined, CONFIG_FILE, 'text' in config ? config.text : undefined);
  await loadIgnoreFile(corpus, ws);
  await loadRegistry(corpus, ws);
}

export async function loadIgnoreFile(corpus: Corpus, ws: Workspace): Promise<void> {
  const path = corpus.config.ignoreFile;
  const uri = ws.uriFor(path);
  const r = await readText(ws, uri);
  corpus.setIgnoreFile(uri, path, 'text' in r ? r.text : undefined);
}

export async function loadRegistry(corpus: Corpus, ws: Workspace): Promise<void> {
  const path = corpus.config.registry;
  if (!path) {
    corpus.setRegistry(undefined, '', undefined);
    return;
  }
  const uri = ws.uriFor(path);
  const r = await readText(ws, uri);
  if ('text' in r) corpus.setRegistry(uri, path, r.text);
  else {
    corpus.setRegistry(uri, path, undefined, { message: `The registry "${path}" named in ${CONFIG_FILE} could not be read: ${r.error}`, severity: 'error', code: 'registry' });
  }
}

/** Analyses one article file into the corpus, or records why it was skipped. */
export async function loadArticle(corpus: Corpus, ws: Workspace, file: WorkspaceFile, options: ScanOptions): Promise<void> {
  const open = options.openText?.(file.uri);
  if (open !== undefined) {
    corpus.setDocument(file.uri, file.path, open);
    return;
  }
  if (file.size !== undefined && file.size > options.maxFileSize) {
    corpus.skip(file.uri, file.path, `the file is ${file.size} bytes, over the limit of ${options.maxFileSize} (setting corpusReview.maxFileSize).`);
    return;
  }
  const r = await ws.readFile(file.uri);
  if ('error' in r) {
    corpus.skip(file.uri, file.path, `the file could not be read: ${r.error}`);
    return;
  }
  if (r.bytes.length > options.maxFileSize) {
    corpus.skip(file.uri, file.path, `the file is ${r.bytes.length} bytes, over the limit of ${options.maxFileSize} (setting corpusReview.maxFileSize).`);
    return;
  }
  const d = decodeArticle(r.bytes);
  if ('error' in d) corpus.skip(file.uri, file.path, d.error);
  else corpus.setDocument(file.uri, file.path, d.text);
}

/** Lists the workspace and analyses every article; returns how many files were articles. */
export async function scanWorkspace(corpus: Corpus, ws: Workspace, options: ScanOptions): Promise<number> {
  const articles: WorkspaceFile[] = [];
  for await (const f of ws.listFiles()) {
    if (options.token?.isCancellationRequested) return 0;
    if (corpus.isArticle(f.path)) {
      articles.push(f);
      options.seen?.add(f.uri);
    }
  }
  articles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const every = options.yieldEvery ?? 50;
  for (let i = 0; i < articles.length; i++) {
    if (options.token?.isCancellationRequested) return i;
    await loadArticle(corpus, ws, articles[i], options);
    options.onProgress?.(i + 1, articles.length);
    if (options.pause && (i + 1) % every === 0) await options.pause();
  }
  return articles.length;
}
