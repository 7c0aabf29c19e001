// Loading a workspace into a corpus: the config, the registry, then every
// article file, open in an editor or not. Pure: all I/O goes through the
// injected Workspace, and nothing here throws on bad input.

import { CONFIG_FILE } from './config';
import type { ArticleInput, Corpus, ReadNote } from './corpus';
import { decodeArticle } from './decode';
import type { Cancellation, ReadResult, Workspace, WorkspaceFile } from './workspace';

export interface ScanOptions {
  /** Files larger than this many bytes are skipped with a finding. */
  maxFileSize: number;
  /** Called after each article with the count done and the total. */
  onProgress?(done: number, total: number): void;
  /** Called between batches of articles (and of listed files) so a host can answer other requests meanwhile. */
  pause?(): Promise<void>;
  /** Articles analysed together between pauses (default `SCAN_BATCH`). */
  yieldEvery?: number;
  token?: Cancellation;
  /** Articles whose text the host already has (open editors): not read from disk. */
  openText?(uri: string): string | undefined;
  /** Filled with the URI of every article file found. */
  seen?: Set<string>;
  /**
   * Asked before each batch of articles: why no more can be analysed (the
   * host's memory is running out), or undefined to go on. On a reason the scan
   * stops: the articles it did not reach are left out of the corpus (open ones
   * excepted: the host analyses those itself), and `onStopped` is told.
   */
  budget?(): string | undefined;
  onStopped?(reason: string, analysed: number, total: number): void;
}

export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

/**
 * Articles a scan reads, then analyses and indexes together: about 35 ms of
 * work at 10k on a 2-core machine, so requests wait no longer than that during
 * a scan, and most of the gain of analysing before indexing (a batch of 20
 * keeps less than half of it).
 */
export const SCAN_BATCH = 50;

/**
 * Files listed between pauses. Listing a folder of 10,000 articles (a stat
 * each, an include test each) takes about 180 ms; in steps of 500, about 9.
 */
export const LIST_BATCH = 500;

export async function readText(ws: Workspace, uri: string): Promise<{ text: string } | { error: string; missing?: boolean }> {
  const r = await ws.readFile(uri);
  if ('error' in r) return r;
  const d = decodeArticle(r.bytes);
  return 'error' in d ? d : { text: d.text };
}

/** Loads `corpus-review.yaml` (or the defaults) and the registry it names. */
export async function loadInputs(corpus: Corpus, ws: Workspace): Promise<void> {
  const configUri = ws.uriFor(CONFIG_FILE);
  const config = await readText(ws, configUri);
  if ('text' in config) corpus.setConfig(configUri, CONFIG_FILE, config.text);
  else if (config.missing) corpus.setConfig(undefined, CONFIG_FILE, undefined);
  // There but unreadable (permissions, binary): said on the file; the last good config stays.
  else corpus.setConfig(configUri, CONFIG_FILE, undefined, { message: `${CONFIG_FILE} could not be read: ${config.error}`, severity: 'error', code: 'config' });
  await loadIgnoreFile(corpus, ws);
  await loadRegistry(corpus, ws);
}

export async function loadIgnoreFile(corpus: Corpus, ws: Workspace): Promise<void> {
  const path = corpus.config.ignoreFile;
  const uri = ws.uriFor(path);
  const r = await readText(ws, uri);
  if ('text' in r) corpus.setIgnoreFile(uri, path, r.text);
  else if (r.missing) corpus.setIgnoreFile(uri, path, undefined);
  // There but unreadable: said on the file, and no quick fix writes into it.
  else corpus.setIgnoreFile(uri, path, undefined, { message: `${path} could not be read: ${r.error}`, severity: 'error', code: 'ignore-file' });
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

/** Size in bytes of a text written as UTF-8 (what an open document's file holds). */
export function utf8Size(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a surrogate pair: 2 units, 4 bytes
      i++;
    } else n += 2; // 3 bytes (a lone surrogate is written as U+FFFD)
  }
  return n;
}

function overLimit(bytes: number, max: number): string {
  return `the file is ${bytes} bytes, over the limit of ${max} (setting corpusReview.maxFileSize).`;
}

/**
 * An editor's text for an article: analysed, or skipped like its file when it
 * is over the size limit (a huge open file would otherwise be re-analysed at
 * every keystroke).
 */
export function setOpenArticle(corpus: Corpus, uri: string, path: string, text: string, version: number | undefined, maxFileSize: number): void {
  const bytes = text.length * 3 > maxFileSize ? utf8Size(text) : 0;
  if (bytes > maxFileSize) corpus.skip(uri, path, overLimit(bytes, maxFileSize));
  else corpus.setDocument(uri, path, text, version);
}

/** An article file read (or found unreadable), not yet analysed. */
type Fetched = ReadResult | { tooLarge: number } | undefined;

/** Reads an article's bytes; `undefined` when an editor has its text (read at analysis time). */
async function fetchArticle(ws: Workspace, file: WorkspaceFile, options: ScanOptions): Promise<Fetched> {
  if (options.openText?.(file.uri) !== undefined) return undefined;
  if (file.size !== undefined && file.size > options.maxFileSize) return { tooLarge: file.size };
  return ws.readFile(file.uri);
}

/** An article file's text as read from disk, or why it cannot be analysed. */
type Prepared = { text: string; note?: ReadNote } | { skip: string } | { missing: true } | undefined;

/**
 * Turns what `fetchArticle` read into text, or into why the file is skipped;
 * `undefined` when an editor has the article open (its text is taken when the
 * article is put in the corpus).
 */
async function prepareArticle(ws: Workspace, file: WorkspaceFile, options: ScanOptions, fetched: Fetched): Promise<Prepared> {
  // Open in an editor when the read would have started, closed since: read it now.
  if (fetched === undefined) {
    if (options.openText?.(file.uri) !== undefined) return undefined;
    fetched = await ws.readFile(file.uri);
  }
  const tooLarge = 'tooLarge' in fetched ? fetched.tooLarge : 'bytes' in fetched && fetched.bytes.length > options.maxFileSize ? fetched.bytes.length : undefined;
  if (tooLarge !== undefined) return { skip: overLimit(tooLarge, options.maxFileSize) };
  if ('error' in fetched) {
    // Deleted or renamed since it was listed: gone, not unreadable.
    return fetched.missing ? { missing: true } : { skip: `the file could not be read: ${fetched.error}` };
  }
  const d = decodeArticle((fetched as { bytes: Uint8Array }).bytes);
  if ('error' in d) return { skip: d.error };
  return { text: d.text, note: d.note === undefined ? undefined : { message: d.note, offset: d.noteOffset ?? 0 } };
}

/**
 * Puts prepared articles in the corpus, or records why they were skipped; the
 * texts are analysed together (`Corpus.setDocuments`). Synchronous: an editor's
 * text is taken here, so an article opened or edited while its file was read
 * is analysed as the editor has it.
 */
function applyArticles(corpus: Corpus, options: ScanOptions, files: readonly WorkspaceFile[], prepared: readonly Prepared[]): void {
  const inputs: ArticleInput[] = [];
  for (let k = 0; k < files.length; k++) {
    const { uri, path } = files[k];
    const open = options.openText?.(uri);
    const p = prepared[k];
    if (open !== undefined) {
      const bytes = open.length * 3 > options.maxFileSize ? utf8Size(open) : 0;
      if (bytes > options.maxFileSize) corpus.skip(uri, path, overLimit(bytes, options.maxFileSize));
      else inputs.push({ uri, path, text: open });
    } else if (p === undefined) continue; // open when read, closed since: closing it reads its file
    else if ('missing' in p) corpus.removeDocument(uri);
    else if ('skip' in p) corpus.skip(uri, path, p.skip);
    else inputs.push({ uri, path, text: p.text, note: p.note });
  }
  corpus.setDocuments(inputs);
}

/** Analyses one article file into the corpus, or records why it was skipped. */
export async function loadArticle(corpus: Corpus, ws: Workspace, file: WorkspaceFile, options: ScanOptions): Promise<void> {
  applyArticles(corpus, options, [file], [await prepareArticle(ws, file, options, await fetchArticle(ws, file, options))]);
}

/** Reads kept in flight ahead of the article being analysed, so analysis never waits on the disk one file at a time. */
const READ_AHEAD = 16;

/** Lists the workspace and analyses every article; returns how many files were articles. */
export async function scanWorkspace(corpus: Corpus, ws: Workspace, options: ScanOptions): Promise<number> {
  const articles: WorkspaceFile[] = [];
  let listed = 0;
  for await (const f of ws.listFiles()) {
    if (options.token?.isCancellationRequested) return 0;
    if (options.pause && ++listed % LIST_BATCH === 0) await options.pause();
    if (corpus.isArticle(f.path)) {
      articles.push(f);
      options.seen?.add(f.uri);
    }
  }
  articles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const every = options.yieldEvery ?? SCAN_BATCH;
  const reads: (Promise<Fetched> | undefined)[] = [];
  const startRead = (j: number) => {
    if (j < articles.length) reads[j] = fetchArticle(ws, articles[j], options);
  };
  for (let j = 0; j < READ_AHEAD; j++) startRead(j);
  // A batch of `every` articles is read, then analysed and indexed at once (no request comes in between).
  for (let i = 0; i < articles.length; i += every) {
    if (options.token?.isCancellationRequested) return i;
    const reason = options.budget?.();
    if (reason !== undefined) {
      // what an earlier scan analysed of the rest goes too: stale, and the memory is needed
      for (let j = i; j < articles.length; j++) if (options.openText?.(articles[j].uri) === undefined) corpus.removeDocument(articles[j].uri);
      options.onStopped?.(reason, i, articles.length);
      return articles.length;
    }
    const end = Math.min(i + every, articles.length);
    const prepared: Prepared[] = [];
    for (let j = i; j < end; j++) {
      const fetched = await reads[j]!;
      reads[j] = undefined;
      startRead(j + READ_AHEAD);
      prepared.push(await prepareArticle(ws, articles[j], options, fetched));
    }
    if (options.token?.isCancellationRequested) return i;
    applyArticles(corpus, options, articles.slice(i, end), prepared);
    options.onProgress?.(end, articles.length);
    if (options.pause) await options.pause();
  }
  return articles.length;
}
