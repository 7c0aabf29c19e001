// What the core needs from a workspace. The language server and the CLI
// implement it over the file system; tests implement it in memory.

export interface WorkspaceFile {
  /** A `file:` URI (or any URI scheme the host uses). */
  uri: string;
  /** Path relative to the workspace root, with forward slashes. */
  path: string;
  /** Size in bytes, when the host knows it without reading. */
  size?: number;
}

/** `missing`: the file is not there (deleted or renamed since it was listed). */
export type ReadResult = { bytes: Uint8Array } | { error: string; missing?: boolean };

export interface Workspace {
  /** Every file under the workspace root; the core filters articles by the config. */
  listFiles(): AsyncIterable<WorkspaceFile>;
  readFile(uri: string): Promise<ReadResult>;
  /** The URI of a workspace-relative path (which may not exist). */
  uriFor(path: string): string;
}

/** A cancellation signal the core polls between files. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}
