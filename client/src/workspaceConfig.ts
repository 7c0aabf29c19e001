// What the client itself needs from each workspace folder's corpus-review.yaml:
// the article globs (to open plain-text articles as News Article) and the
// registry path (for "Open the Actor Registry"). The server owns the full
// parse and its diagnostics; here a broken file keeps the last good reading.

import * as vscode from 'vscode';
import { minimatch } from 'minimatch';
import { parse } from 'yaml';

export const CONFIG_FILE = 'corpus-review.yaml';
/** Where "Open the Actor Registry" looks when the config names no registry. */
export const DEFAULT_REGISTRY = 'actors.yaml';

const DEFAULT_INCLUDE = ['**/*.txt', '**/*.article'];
/** Always excluded, as in the server's default config. */
const BUILTIN_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/.vscode-test/**'];

export interface FolderConfig {
  include: string[];
  exclude: string[];
  /** Workspace-relative registry path, when the config names one. */
  registry?: string;
}

const DEFAULTS: FolderConfig = { include: DEFAULT_INCLUDE, exclude: BUILTIN_EXCLUDE };

function globs(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

/** Reads the parts of a config text the client uses; `undefined` when it is not valid YAML. */
export function readFolderConfig(text: string): FolderConfig | undefined {
  let data: unknown;
  try {
    data = parse(text, { schema: 'core', customTags: [], maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) return DEFAULTS;
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  const root = data as Record<string, unknown>;
  const articles = (root.articles ?? {}) as Record<string, unknown>;
  const include = globs(articles.include) ?? DEFAULT_INCLUDE;
  const exclude = [...BUILTIN_EXCLUDE, ...(globs(articles.exclude) ?? [])];
  const registry = typeof root.registry === 'string' && root.registry.trim() ? root.registry.trim().replace(/\\/g, '/') : undefined;
  return { include, exclude, registry };
}

export function isArticlePath(config: FolderConfig, relativePath: string): boolean {
  if (config.exclude.some((g) => minimatch(relativePath, g))) return false;
  return config.include.some((g) => minimatch(relativePath, g));
}

/** Per-folder configs, read lazily and dropped when corpus-review.yaml changes on disk. */
export class WorkspaceConfigs implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<FolderConfig>>();
  private readonly lastGood = new Map<string, FolderConfig>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const drop = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && vscode.Uri.joinPath(folder.uri, CONFIG_FILE).toString() === uri.toString()) {
        this.cache.delete(folder.uri.toString());
        this.changed.fire();
      }
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(drop),
      watcher.onDidChange(drop),
      watcher.onDidDelete(drop),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.cache.clear()),
      this.changed,
    );
  }

  get(folder: vscode.WorkspaceFolder): Promise<FolderConfig> {
    const key = folder.uri.toString();
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.read(folder);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<FolderConfig> {
    const key = folder.uri.toString();
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, CONFIG_FILE));
    } catch {
      this.lastGood.delete(key);
      return DEFAULTS;
    }
    const config = readFolderConfig(new TextDecoder().decode(bytes));
    if (config) {
      this.lastGood.set(key, config);
      return config;
    }
    return this.lastGood.get(key) ?? DEFAULTS;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The workspace-relative path of a file, with forward slashes, or `undefined` outside every folder. */
export function relativePathOf(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const path = vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
  return { folder, path };
}
