// A small sequential test harness for the extension host: no mocha, no globals.
// Suites call `test(name, fn)` at load time; `runTests()` runs them in order,
// each with its own time limit, prints one line per test, and writes the results
// as JSON where CORPUS_REVIEW_E2E_RESULTS says (scripts/e2e.mjs reads them).

import * as fs from 'node:fs';

export interface TestResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

interface TestCase {
  name: string;
  fn: () => Promise<void>;
  timeoutMs: number;
}

const tests: TestCase[] = [];

/** Registers a test; tests run in registration order. */
export function test(name: string, fn: () => Promise<void>, timeoutMs = 30_000): void {
  tests.push({ name, fn, timeoutMs });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.stack ?? e.message;
  return String(e);
}

/** Runs every registered test; resolves with the results (never rejects). */
export async function runTests(log: (line: string) => void = console.log): Promise<TestResult[]> {
  const filter = process.env.CORPUS_REVIEW_E2E_GREP;
  const results: TestResult[] = [];
  for (const t of tests) {
    if (filter && !t.name.includes(filter)) continue;
    const start = Date.now();
    try {
      await withTimeout(t.fn(), t.timeoutMs, t.name);
      results.push({ name: t.name, ok: true, ms: Date.now() - start });
      log(`  ok   ${t.name} (${Date.now() - start} ms)`);
    } catch (e) {
      const error = describe(e);
      results.push({ name: t.name, ok: false, ms: Date.now() - start, error });
      log(`  FAIL ${t.name} (${Date.now() - start} ms)\n${error.replace(/^/gm, '       ')}`);
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  log(`extension tests: ${results.length - failed} passed, ${failed} failed`);
  const out = process.env.CORPUS_REVIEW_E2E_RESULTS;
  if (out) fs.writeFileSync(out, JSON.stringify({ results }, null, 2));
  return results;
}

/** Polls `probe` until it returns something other than `undefined`/`false`, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `; last error: ${describe(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
