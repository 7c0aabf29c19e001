// The extension test entry: `--extensionTestsPath` (bundled to out/e2e/index.js)
// for @vscode/test-electron's runTests. The extension host calls `run()`; it
// resolves when every test passed and rejects otherwise, which sets the exit code.

import { runTests } from './harness';
import './review.test';
import './report.test';
import './faults.test';

export async function run(): Promise<void> {
  const results = await runTests();
  const failed = results.filter((r) => !r.ok);
  if (results.length === 0) throw new Error('no extension test ran');
  if (failed.length > 0) throw new Error(`${failed.length} of ${results.length} extension tests failed: ${failed.map((r) => r.name).join('; ')}`);
}
