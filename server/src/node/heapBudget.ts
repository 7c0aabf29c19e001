// How much of the JavaScript heap a scan may fill before it stops analysing
// articles, so that a corpus too large for the process is reviewed in part,
// with a message, instead of ending in V8's out-of-memory crash (the server
// restarted five times by the client, then dead; the CLI killed with a stack
// dump). Shared by the language server and the CLI.
//
// What counts is the heap left live after a full garbage collection, read as
// each one ends: the heap in use at any other moment includes garbage, which
// would stop a scan that has room. The scan asks between batches; the host
// must let the event loop turn there (the observer is told in a macrotask).

import { PerformanceObserver, constants, type PerformanceEntry } from 'node:perf_hooks';
import * as v8 from 'node:v8';

/**
 * The share of the old generation's limit that live data may reach before a
 * scan stops. Measured after a collection, live data can grow by half again
 * before the next one: 0.6 leaves that room below the limit.
 */
export const HEAP_SHARE = 0.6;

const MB = 1024 * 1024;

/**
 * V8's heap limit counts the young generation too (three semi-spaces of 16 MB
 * at Node's defaults), where long-lived data never stays: what a corpus can
 * fill is the limit less this (`--max-old-space-size`). A larger
 * `--max-semi-space-size` makes the budget that much more generous.
 */
const YOUNG_GENERATION = 48 * MB;

/** The old generation's limit (what `--max-old-space-size` sets) from V8's heap limit. */
export function oldGenerationLimit(heapSizeLimit: number): number {
  return Math.max(heapSizeLimit / 2, heapSizeLimit - YOUNG_GENERATION);
}

export class HeapBudget {
  private live = 0;
  private observer: PerformanceObserver | undefined;

  constructor(
    private readonly share = HEAP_SHARE,
    private readonly limit = () => oldGenerationLimit(v8.getHeapStatistics().heap_size_limit),
  ) {}

  /** Starts watching full collections; `dispose` stops. */
  start(): this {
    this.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if ((e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) this.live = v8.getHeapStatistics().used_heap_size;
      }
    });
    this.observer.observe({ entryTypes: ['gc'] });
    return this;
  }

  dispose(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Why no more articles should be analysed, or undefined while there is room. */
  exceeded(): string | undefined {
    const limit = this.limit();
    if (this.live <= this.share * limit) return undefined;
    return `the heap held ${Math.round(this.live / MB)} MB after garbage collection, over ${Math.round(this.share * 100)}% of its limit of ${Math.round(limit / MB)} MB`;
  }
}

/** One turn of the event loop (the GC observer reports in a macrotask). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
