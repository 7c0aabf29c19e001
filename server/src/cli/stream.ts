// Streamed output of the CLI: each command produces its output as a generator
// of chunks, computed as they are pulled (the findings of one file, one figure,
// one actor), so a large corpus's output is never held whole. `joinChunks` gives
// the whole string for small corpora and tests; `writeChunks` writes to a
// stream in batches and waits for 'drain' when the stream asks it to.

import { once } from 'node:events';

/** A string no skeleton of ours contains: where the streamed array goes. */
const ITEMS = '\u0000corpus-review-items\u0000';

/** The value to put in a skeleton where `prettyJson` streams the items. */
export const STREAMED_ITEMS: unknown = ITEMS;

/**
 * `JSON.stringify(skeleton, null, 2)` with the `STREAMED_ITEMS` value replaced
 * by the array of `items`, byte for byte, yielded one item at a time.
 */
export function* prettyJson(skeleton: object, items: Iterable<unknown>): Generator<string, void, undefined> {
  const text = JSON.stringify(skeleton, null, 2);
  const mark = JSON.stringify(ITEMS);
  const at = text.indexOf(mark);
  if (at < 0 || text.indexOf(mark, at + 1) >= 0) throw new Error('prettyJson: the skeleton needs exactly one STREAMED_ITEMS');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = /^ */.exec(text.slice(lineStart, at))![0];
  const inner = `${indent}  `;
  yield text.slice(0, at);
  let first = true;
  for (const item of items) {
    // JSON strings never hold a raw newline: every '\n' is a line break of the layout.
    const json = JSON.stringify(item, null, 2).replace(/\n/g, `\n${inner}`);
    yield `${first ? '[\n' : ',\n'}${inner}${json}`;
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
  yield text.slice(at + mark.length);
}

/** Lines joined with '\n' (no newline after the last), one line at a time. */
export function* joinedLines(lines: Iterable<string>): Generator<string, void, undefined> {
  let first = true;
  for (const line of lines) {
    yield first ? line : `\n${line}`;
    first = false;
  }
}

export function joinChunks(chunks: Iterable<string>): string {
  let s = '';
  for (const c of chunks) s += c;
  return s;
}

/**
 * Writes the chunks to `stream` in batches of about `batch` characters; when
 * `write` returns false, waits for 'drain' before pulling more chunks (so the
 * chunks are computed no faster than the reader takes them). Rejects if the
 * stream fails (a closed pipe).
 */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>, batch = 1 << 16): Promise<void> {
  let failure: Error | undefined;
  const onError = (e: Error): void => {
    failure ??= e;
  };
  stream.on('error', onError);
  try {
    const pending: string[] = [];
    let size = 0;
    const flush = async (): Promise<void> => {
      const s = pending.join('');
      pending.length = 0;
      size = 0;
      if (failure) throw failure;
      const more = stream.write(s);
      if (failure) throw failure;
      // once() rejects if the stream emits 'error' while we wait
      if (!more) await once(stream, 'drain');
    };
    for (const c of chunks) {
      pending.push(c);
      size += c.length;
      if (size >= batch) await flush();
    }
    if (size > 0) await flush();
  } finally {
    stream.off('error', onError);
  }
}
