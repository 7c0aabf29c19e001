// The ignore file: findings a reviewer dismissed with the "Ignore this finding"
// quick fix. Kept in a YAML sidecar in the workspace, never in the article.
// An entry is keyed by the file, the rule, the finding's text and the sentence
// that holds it, so it survives edits elsewhere in the file and lapses when
// the claim itself is rewritten.

import { isMap, isScalar, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { Problem } from './types';

export interface IgnoredFinding {
  file: string;
  rule: string;
  text: string;
  /** The sentence, whitespace-normalised; absent: any sentence. */
  sentence?: string;
}

export function normalizeSentence(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const HEADER = `# Findings dismissed with Corpus Review's "Ignore this finding" quick fix.
# Each entry names the file, the rule, the finding's text and its sentence;
# edit the sentence and the finding comes back. Delete an entry to restore it.
`;

export function parseIgnoreFile(text: string): { entries: IgnoredFinding[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const doc = parseDocument(text, { schema: 'core', customTags: [] });
  for (const e of doc.errors) problems.push({ message: `YAML: ${e.message.split('\n')[0]}`, span: { start: e.pos[0], end: e.pos[1] }, severity: 'error', code: 'ignore-file' });
  const entries: IgnoredFinding[] = [];
  const root = doc.contents;
  const list = isMap(root) ? root.get('ignored', true) : undefined;
  if (root && !(isScalar(root) && root.value === null) && !isSeq(list)) {
    if (!doc.errors.length) problems.push({ message: 'The ignore file must have an `ignored:` list.', span: root.range ? { start: root.range[0], end: root.range[1] } : undefined, severity: 'warning', code: 'ignore-file' });
    return { entries, problems };
  }
  for (const item of isSeq(list) ? list.items : []) {
    if (!isMap(item)) continue;
    const get = (k: string) => {
      const v = item.get(k);
      return typeof v === 'string' ? v : undefined;
    };
    const file = get('file');
    const rule = get('rule');
    const findingText = get('text');
    if (!file || !rule || findingText === undefined) {
      problems.push({ message: 'An ignored finding needs `file`, `rule` and `text`.', span: item.range ? { start: item.range[0], end: item.range[1] } : undefined, severity: 'warning', code: 'ignore-file' });
      continue;
    }
    const sentence = get('sentence');
    entries.push({ file, rule, text: findingText, ...(sentence ? { sentence: normalizeSentence(sentence) } : {}) });
  }
  return { entries, problems };
}

/**
 * The ignore file's new text with one more entry; comments and layout kept.
 * Undefined when the file has YAML errors or is not a mapping: rewriting it
 * would lose what the reviewer wrote, so it is left for them to fix (its
 * problems are findings on the file).
 */
export function addIgnoredFinding(text: string | undefined, entry: IgnoredFinding): string | undefined {
  const doc = parseDocument(text && text.trim() ? text : `${HEADER}ignored: []\n`, { schema: 'core', customTags: [] });
  if (doc.errors.length || !(doc.contents === null || isMap(doc.contents) || (isScalar(doc.contents) && doc.contents.value === null))) return undefined;
  let list = doc.get('ignored', true);
  if (!isSeq(list)) {
    list = new YAMLSeq();
    doc.set('ignored', list);
  }
  (list as YAMLSeq).flow = false;
  (list as YAMLSeq).add(doc.createNode({ ...entry, ...(entry.sentence ? { sentence: normalizeSentence(entry.sentence) } : {}) }));
  return doc.toString({ lineWidth: 0 });
}

export class IgnoreSet {
  private readonly keys = new Set<string>();

  constructor(entries: IgnoredFinding[] = []) {
    for (const e of entries) this.keys.add(IgnoreSet.key(e));
  }

  private static key(e: IgnoredFinding): string {
    return JSON.stringify([e.file, e.rule, e.text, e.sentence ?? '']);
  }

  has(file: string, rule: string, text: string, sentence: string): boolean {
    if (this.keys.size === 0) return false;
    return this.keys.has(IgnoreSet.key({ file, rule, text, sentence: normalizeSentence(sentence) })) || this.keys.has(IgnoreSet.key({ file, rule, text }));
  }

  get size(): number {
    return this.keys.size;
  }
}
