// Test helpers: positions found by text, never by counted columns, and an
// in-memory workspace for the core.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Workspace, WorkspaceFile, ReadResult } from '../src/core/workspace';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO_ROOT, 'server/test/fixtures');
export const SEEDS = path.join(REPO_ROOT, 'seeds');

/** Offset of the `occurrence`-th (0-based) `needle` in `text`; throws if absent. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found in text`);
  }
  return at;
}

/**
 * Inline text with markers: `[[...]]` marks spans. Returns the text without the
 * markers and the marked spans in order, with their texts.
 */
export function marked(source: string): { text: string; spans: { start: number; end: number; text: string }[] } {
  let text = '';
  const spans: { start: number; end: number; text: string }[] = [];
  const re = /\[\[([\s\S]*?)\]\]/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    text += source.slice(last, m.index);
    const start = text.length;
    text += m[1];
    spans.push({ start, end: text.length, text: m[1] });
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  return { text, spans };
}

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}

export function seedNames(): string[] {
  return fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
}

/** A workspace held in memory: path -> text (or bytes). URIs are `mem:///path`. */
export class MemoryWorkspace implements Workspace {
  readonly files = new Map<string, Uint8Array>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [p, content] of Object.entries(files)) this.set(p, content);
  }

  set(p: string, content: string | Uint8Array): void {
    this.files.set(p, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  delete(p: string): void {
    this.files.delete(p);
  }

  uriFor(p: string): string {
    return `mem:///${p}`;
  }

  async *listFiles(): AsyncIterable<WorkspaceFile> {
    for (const [p, bytes] of [...this.files].sort()) yield { uri: this.uriFor(p), path: p, size: bytes.length };
  }

  async readFile(uri: string): Promise<ReadResult> {
    const p = uri.replace(/^mem:\/\/\//, '');
    const bytes = this.files.get(p);
    return bytes ? { bytes } : { error: `ENOENT: no such file ${p}` };
  }
}
