// Long work (the scan, publishing thousands of files) pauses between slices so
// that requests are answered in between. A request travels through several
// `setImmediate` callbacks of vscode-jsonrpc before its answer is written:
// the reader decodes the message in one, the connection dispatches it in the
// next, the writer writes the answer in a third. Each is queued behind the
// callbacks already waiting, so a pause of one `setImmediate` resumes the work
// ahead of the chain, and the answer waits for the next slice as well. The
// pause below re-queues itself once per step of that chain, and one more, so
// the work resumes after the answer is out. (server/test/yieldTurn.test.ts
// checks this against the real connection.)

const HOPS = 4;

export function yieldTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    let left = HOPS;
    const hop = () => (--left === 0 ? resolve() : setImmediate(hop));
    setImmediate(hop);
  });
}
