// How far V8 lets the heap grow past the data a process keeps. Shared by the
// language server and the CLI, set once as each starts.
//
// After a full collection V8 sets the next one's trigger at up to four times
// the live heap, more when collections are cheap against the allocation rate.
// A scan allocates fast and keeps much of it (every article's analysis and the
// indexes), so at 10,000 articles the server, with some 170 MB live, had grown
// to about 490 MB before its last full collection of the scan. The server stays
// resident beside the editor all day; that memory is taken from the user's
// machine. With the trigger at 20 % above the live heap the same scan peaks at
// 300 to 330 MB, and its time is within the spread of runs (the benchmark's
// server and CLI rows carry both).

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
