// `corpus-review.yaml`: which files are articles, where the actor registry is,
// severity per rule, ignores. Parsing never throws: a broken file yields
// problems with their spans, and the caller keeps the last good config.

import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { Minimatch } from 'minimatch';
import type { Problem, RuleSeverity, Span } from './types';

export const CONFIG_FILE = 'corpus-review.yaml';

export const RULES = ['unsourced-figure', 'name-variant', 'conflicting-figure', 'quote-drift', 'quote-speaker-mismatch'] as const;
export type RuleId = (typeof RULES)[number];

/** A finding is ignored when every field given matches it. */
export interface IgnoreEntry {
  rule?: string;
  /** Glob over the workspace-relative path. */
  file?: string;
  /** Exact text of the finding's range. */
  text?: string;
}

export interface Config {
  articles: { include: string[]; exclude: string[] };
  /** Workspace-relative path of the actor registry, if any. */
  registry?: string;
  /** Workspace-relative path of the file that holds findings ignored by quick fix. */
  ignoreFile: string;
  rules: Record<RuleId, RuleSeverity>;
  ignore: IgnoreEntry[];
}

export const DEFAULT_CONFIG: Config = Object.freeze({
  articles: {
    include: ['**/*.txt', '**/*.article'],
    exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/.vscode-test/**'],
  },
  registry: undefined,
  ignoreFile: '.corpus-review/ignored.yaml',
  rules: { 'unsourced-figure': 'warning', 'name-variant': 'information', 'conflicting-figure': 'warning', 'quote-drift': 'information', 'quote-speaker-mismatch': 'warning' },
  ignore: [],
}) as Config;

const SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface ConfigResult {
  /** The parsed config; `undefined` when the file is too broken to use. */
  config?: Config;
  problems: Problem[];
}

function spanOf(node: Node | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

function problem(message: string, node: Node | null | undefined, severity: Problem['severity'] = 'error'): Problem {
  return { message, span: spanOf(node), severity, code: 'config' };
}

function stringList(node: unknown, what: string, problems: Problem[]): string[] | undefined {
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node)) {
    problems.push(problem(`${what} must be a list of glob patterns.`, node as Node));
    return undefined;
  }
  const out: string[] = [];
  for (const item of node.items) {
    if (isScalar(item) && typeof item.value === 'string') out.push(item.value);
    else problems.push(problem(`${what}: each entry must be a string.`, item as Node));
  }
  return out;
}

export function parseConfig(text: string): ConfigResult {
  const problems: Problem[] = [];
  // Parsed as data: the core schema, no custom tags, a bounded alias count.
  const doc = parseDocument(text, { schema: 'core', customTags: [], uniqueKeys: true, prettyErrors: false });
  for (const e of doc.errors) problems.push({ message: `YAML: ${e.message.split('\n')[0]}`, span: { start: e.pos[0], end: e.pos[1] }, severity: 'error', code: 'config' });
  for (const w of doc.warnings) problems.push({ message: `YAML: ${w.message.split('\n')[0]}`, span: { start: w.pos[0], end: w.pos[1] }, severity: 'warning', code: 'config' });
  if (doc.errors.length) return { problems };

  const config: Config = JSON.parse(JSON.stringify(DEFAULT_CONFIG)) as Config;
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, problems };
  if (!isMap(root)) {
    problems.push(problem('The config must be a mapping of keys (articles, registry, rules, ignore).', root));
    return { problems };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    switch (key) {
      case 'articles': {
        if (!isMap(value)) {
          problems.push(problem('`articles` must be a mapping with `include` and `exclude` glob lists.', value ?? (pair.key as Node)));
          break;
        }
        for (const p of value.items) {
          const k = isScalar(p.key) ? String(p.key.value) : '';
          if (k === 'include' || k === 'exclude') {
            const list = stringList(p.value, `articles.${k}`, problems);
            if (list) config.articles[k] = k === 'exclude' ? [...DEFAULT_CONFIG.articles.exclude, ...list] : list;
          } else {
            problems.push(problem(`Unknown key \`articles.${k}\` (expected include, exclude).`, p.key as Node, 'warning'));
          }
        }
        break;
      }
      case 'registry':
      case 'ignoreFile': {
        if (isScalar(value) && typeof value.value === 'string' && value.value.trim()) {
          const path = value.value.trim().replace(/\\/g, '/');
          if (path.startsWith('/') || /^[a-zA-Z]:/.test(path) || path.split('/').includes('..')) {
            problems.push(problem(`\`${key}\` must be a path inside the workspace, relative to it; "${path}" is refused.`, value));
          } else if (key === 'registry') config.registry = path;
          else config.ignoreFile = path;
        } else if (!(isScalar(value) && value.value === null && key === 'registry')) {
          problems.push(problem(`\`${key}\` must be a workspace-relative path.`, value ?? (pair.key as Node)));
        }
        break;
      }
      case 'rules': {
        if (!isMap(value)) {
          problems.push(problem('`rules` must map rule names to a severity.', value ?? (pair.key as Node)));
          break;
        }
        for (const p of value.items) {
          const rule = isScalar(p.key) ? String(p.key.value) : '';
          const sev = isScalar(p.value) ? String(p.value.value).toLowerCase() : undefined;
          if (!(RULES as readonly string[]).includes(rule)) {
            problems.push(problem(`Unknown rule \`${rule}\` (known: ${RULES.join(', ')}).`, p.key as Node, 'warning'));
          } else if (!sev || !(SEVERITIES as readonly string[]).includes(sev)) {
            problems.push(problem(`Severity of \`${rule}\` must be one of ${SEVERITIES.join(', ')}.`, (p.value as Node) ?? (p.key as Node)));
          } else {
            config.rules[rule as RuleId] = sev as RuleSeverity;
          }
        }
        break;
      }
      case 'ignore': {
        if (!isSeq(value)) {
          problems.push(problem('`ignore` must be a list of {rule, file, text} entries.', value ?? (pair.key as Node)));
          break;
        }
        for (const item of value.items) {
          if (!isMap(item)) {
            problems.push(problem('Each `ignore` entry must be a mapping with rule, file and/or text.', item as Node));
            continue;
          }
          const entry: IgnoreEntry = {};
          for (const p of item.items) {
            const k = isScalar(p.key) ? String(p.key.value) : '';
            if ((k === 'rule' || k === 'file' || k === 'text') && isScalar(p.value) && typeof p.value.value === 'string') entry[k] = p.value.value;
            else problems.push(problem(`Unknown or non-string key \`${k}\` in an ignore entry (expected rule, file, text).`, p.key as Node));
          }
          if (Object.keys(entry).length) config.ignore.push(entry);
        }
        break;
      }
      default:
        problems.push(problem(`Unknown key \`${key}\` (expected articles, registry, ignoreFile, rules, ignore).`, pair.key as Node, 'warning'));
    }
  }
  return { config, problems };
}

/** Is this workspace-relative path (forward slashes) an article under the config? */
/**
 * A compiled glob, kept per pattern and options: `minimatch(path, glob)` compiles
 * the glob on every call, and every file of the workspace is tested against the
 * same few globs. Bounded: cleared when it holds many patterns.
 */
const globCache = new Map<string, Minimatch>();
function glob(pattern: string, dot: boolean): Minimatch {
  const key = `${dot ? 'd' : 'n'}${pattern}`;
  let m = globCache.get(key);
  if (!m) {
    if (globCache.size >= 1000) globCache.clear();
    m = new Minimatch(pattern, { dot, nocase: false });
    globCache.set(key, m);
  }
  return m;
}

export function isArticlePath(config: Config, relativePath: string): boolean {
  if (config.articles.exclude.some((g) => glob(g, false).match(relativePath))) return false;
  return config.articles.include.some((g) => glob(g, false).match(relativePath));
}

export function isIgnored(config: Config, rule: string, relativePath: string, text: string): boolean {
  return config.ignore.some(
    (e) => (!e.rule || e.rule === rule) && (!e.file || glob(e.file, false).match(relativePath)) && (e.text === undefined || e.text === text),
  );
}

/** Is a workspace-relative folder excluded as a whole (so a walk need not descend into it)? */
export function isExcludedFolder(config: Config, relativeDir: string): boolean {
  return config.articles.exclude.some((g) => glob(g, true).match(`${relativeDir}/x`));
}
