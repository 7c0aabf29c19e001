// How far V8 lets the heap grow past the data a process keeps. Shared by the
// language server and the CLI, set once as each starts.
//
// After a full collection V8 sets the next one's trigger at up to four times
// the live heap, the higher the cheaper collections are against the rate of
// allocation. A scan allocates fast and keeps much of it (every article's
// analysis and the indexes: about 150 MB after a 10,000-article scan in the
// benchmark's core row), so the server's peak RSS at 10k was about 490 MB in
// most runs. The server stays resident beside the editor all day; that memory
// is taken from the user's machine. With the trigger at 20 % above the live
// heap the same scan peaks at 300 to 330 MB in most runs. The cost is more full
// collections: some of their pauses fall on requests (bench/README.md has the
// runs in turns).

import { setFlagsFromString } from 'node:v8';

/** The heap may grow this share past the live heap before a full collection. */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Keeps the heap near its live size. A V8 flag, read each time V8 sets the
 * next collection's trigger, so it takes effect when set at run time; a V8
 * without the flag prints a warning to stderr and goes on as before.
 */
export function keepHeapNearLiveSize(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
