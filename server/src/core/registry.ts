// The actor registry: a YAML file listing the corpus's known actors.
//
//   actors:
//     - id: kim-jong-un            # unique, stable; defaults to a slug of the name
//       name: Kim Jong Un          # canonical spelling (required)
//       kind: person               # person | organization | place (required)
//       aliases: [Kim Jong-un]     # other spellings that ARE this actor
//       roles: [North Korean leader]
//       description: Leader of North Korea since 2011.
//       links: [Q56226]            # a Wikidata id or any URL
//
// Parsed as data (YAML core schema, no custom tags). Problems are returned with
// their spans, never thrown. Editing helpers return the NEW registry text,
// changed through the yaml Document API so comments and layout survive.

import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, Scalar, type Document, type Node } from 'yaml';
import type { Problem, Span } from './types';

export type ActorKind = 'person' | 'organization' | 'place';
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'place'];

export interface RegistryEntry {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: string[];
  description?: string;
  links: string[];
  /** The whole entry in the registry file. */
  span: Span;
  /** The `name` value in the registry file (where definition lands). */
  nameSpan: Span;
  /** Each alias value in the registry file, in the order of `aliases`. */
  aliasSpans: Span[];
}

export interface Registry {
  entries: RegistryEntry[];
}

export const EMPTY_REGISTRY: Registry = { entries: [] };

const KNOWN_KEYS = ['id', 'name', 'kind', 'aliases', 'roles', 'description', 'links'];

/** A registry id from a name: lower case ASCII words joined by hyphens. */
export function slugId(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2019]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'actor';
}

function rangeOf(node: Node | null | undefined, fallback: Span): Span {
  const r = node && (node as { range?: [number, number, number] }).range;
  return r ? { start: r[0], end: r[1] } : fallback;
}

export function parseRegistry(text: string): { registry: Registry; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: RegistryEntry[] = [];
  try {
    parseInto(text, entries, problems);
  } catch (e) {
    problems.push({ message: `The registry could not be read: ${(e as Error)?.message ?? String(e)}`, span: { start: 0, end: 0 }, severity: 'error', code: 'registry' });
  }
  return { registry: { entries }, problems };
}

function parseInto(text: string, entries: RegistryEntry[], problems: Problem[]): void {
  const whole: Span = { start: 0, end: Math.min(text.length, 1) };
  const problem = (message: string, span: Span, severity: Problem['severity'] = 'error') => problems.push({ message, span, severity, code: 'registry' });
  const doc = parseDocument(text, { schema: 'core', customTags: [], prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) problem(`YAML: ${e.message.split('\n')[0]}`, { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) });
  for (const w of doc.warnings) problem(`YAML: ${w.message.split('\n')[0]}`, { start: w.pos[0], end: Math.max(w.pos[1], w.pos[0]) }, 'warning');
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return; // an empty registry
  if (!isMap(root)) {
    problem('The registry must be a mapping with an `actors:` list.', rangeOf(root as Node, whole));
    return;
  }
  let list: unknown;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === 'actors') list = pair.value;
    else problem(`Unknown key \`${key ?? '?'}\` (expected \`actors\`).`, rangeOf(pair.key as Node, whole), 'warning');
  }
  if (list === undefined) {
    problem('The registry has no `actors:` list.', rangeOf(root, whole));
    return;
  }
  if (isScalar(list) && list.value === null) return;
  if (!isSeq(list)) {
    problem('`actors` must be a list of entries.', rangeOf(list as Node, whole));
    return;
  }
  const seenIds = new Map<string, Span>();
  for (const item of list.items) {
    const itemSpan = rangeOf(item as Node, whole);
    if (!isMap(item)) {
      problem('An entry must be a mapping with at least `name` and `kind`.', itemSpan);
      continue;
    }
    let name: string | undefined;
    let nameSpan: Span | undefined;
    let id: string | undefined;
    let idSpan: Span | undefined;
    let kind: ActorKind | undefined;
    let kindSeen = false;
    let description: string | undefined;
    const lists: Record<'aliases' | 'roles' | 'links', string[]> = { aliases: [], roles: [], links: [] };
    const aliasSpans: Span[] = [];
    for (const pair of item.items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      const value = pair.value as Node | null;
      const vSpan = rangeOf(value, rangeOf(keyNode, itemSpan));
      const str = (): string | undefined => {
        if (isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number') && String(value.value).trim() !== '') return String(value.value).trim();
        problem(`\`${key}\` must be a non-empty text.`, vSpan);
        return undefined;
      };
      switch (key) {
        case 'name': {
          const v = str();
          if (v !== undefined) {
            name = v;
            nameSpan = vSpan;
          }
          break;
        }
        case 'id': {
          const v = str();
          if (v !== undefined) {
            id = v;
            idSpan = vSpan;
          }
          break;
        }
        case 'kind': {
          kindSeen = true;
          const v = str();
          if (v === undefined) break;
          if ((ACTOR_KINDS as readonly string[]).includes(v)) kind = v as ActorKind;
          else problem(`Unknown kind "${v}" (expected person, organization or place).`, vSpan);
          break;
        }
        case 'description': {
          if (isScalar(value) && value.value === null) break;
          description = str();
          break;
        }
        case 'aliases':
        case 'roles':
        case 'links': {
          if (isScalar(value) && value.value === null) break;
          const one = isScalar(value) && typeof value.value === 'string';
          if (one) {
            problem(`\`${key}\` must be a list; write [${JSON.stringify(value.value)}].`, vSpan, 'warning');
            lists[key].push(String(value.value));
            if (key === 'aliases') aliasSpans.push(vSpan);
            break;
          }
          if (!isSeq(value)) {
            problem(`\`${key}\` must be a list of texts.`, vSpan);
            break;
          }
          for (const v of value.items) {
            if (isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number') && String(v.value).trim() !== '') {
              lists[key].push(String(v.value).trim());
              if (key === 'aliases') aliasSpans.push(rangeOf(v, vSpan));
            } else problem(`Each of \`${key}\` must be a non-empty text.`, rangeOf(v as Node, vSpan));
          }
          break;
        }
        default:
          problem(`Unknown key \`${key ?? '?'}\` (expected ${KNOWN_KEYS.join(', ')}).`, rangeOf(keyNode, itemSpan), 'warning');
      }
    }
    if (name === undefined || nameSpan === undefined) {
      problem('This entry has no `name`.', itemSpan);
      continue;
    }
    if (kind === undefined) {
      if (!kindSeen) problem(`"${name}" has no \`kind\` (person, organization or place); read as person.`, nameSpan, 'warning');
      kind = 'person';
    }
    const finalId = id ?? slugId(name);
    const prior = seenIds.get(finalId);
    if (prior) {
      problem(`Duplicate id "${finalId}": an earlier entry has it; this entry is ignored.`, idSpan ?? nameSpan);
      continue;
    }
    seenIds.set(finalId, idSpan ?? nameSpan);
    entries.push({ id: finalId, name, kind, aliases: lists.aliases, roles: lists.roles, description, links: lists.links, span: itemSpan, nameSpan, aliasSpans });
  }
}

// ---------------------------------------------------------------------------
// Editing

export interface NewRegistryEntry {
  name: string;
  kind: ActorKind;
  id?: string;
  aliases?: string[];
  roles?: string[];
  description?: string;
  links?: string[];
}

export type RegistryEdit = { text: string } | { error: string };

function editableDocument(text: string): { doc: Document; seq: YAMLSeq } | { error: string } {
  const doc = parseDocument(text, { schema: 'core', customTags: [], keepSourceTokens: false });
  if (doc.errors.length) return { error: `The registry has YAML errors; fix them first (${doc.errors[0].message.split('\n')[0]}).` };
  let root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) {
    const map = new YAMLMap();
    doc.contents = map as never;
    root = map;
  }
  if (!isMap(root)) return { error: 'The registry must be a mapping with an `actors:` list.' };
  let seq = root.get('actors', true) as Node | undefined;
  if (seq === undefined || (isScalar(seq) && seq.value === null)) {
    const s = new YAMLSeq();
    root.set('actors', s);
    seq = s;
  }
  if (!isSeq(seq)) return { error: '`actors` must be a list.' };
  return { doc, seq };
}

function render(doc: Document): string {
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Ids already used in the registry text (as parsed). */
function usedIds(text: string): Set<string> {
  return new Set(parseRegistry(text).registry.entries.map((e) => e.id));
}

/** An id for `name` that the registry does not use yet. */
export function freshId(text: string, name: string): string {
  const used = usedIds(text);
  const base = slugId(name);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** The registry text with a new entry appended to `actors:`. */
export function addRegistryEntry(text: string, entry: NewRegistryEntry): RegistryEdit {
  try {
    const r = editableDocument(text);
    if ('error' in r) return r;
    const { doc, seq } = r;
    const id = entry.id && !usedIds(text).has(entry.id) ? entry.id : freshId(text, entry.name);
    const map = new YAMLMap();
    map.set('id', id);
    map.set('name', entry.name);
    map.set('kind', entry.kind);
    const flow = (items: string[]) => {
      const s = doc.createNode(items) as YAMLSeq;
      s.flow = true;
      return s;
    };
    if (entry.aliases?.length) map.set('aliases', flow(entry.aliases));
    if (entry.roles?.length) map.set('roles', flow(entry.roles));
    if (entry.description) map.set('description', entry.description);
    if (entry.links?.length) map.set('links', flow(entry.links));
    // A block list: the new entry's text goes after the last one, so the file's
    // own text (comments, spacing, quoting) stays byte for byte.
    const last = seq.items[seq.items.length - 1] as Node | undefined;
    const lastRange = last && (last as { range?: [number, number, number] }).range;
    if (!seq.flow && lastRange && seq.range) {
      const dash = text.lastIndexOf('-', lastRange[0]);
      const lineStart = Math.max(text.lastIndexOf('\n', dash) + 1, 0);
      const indent = text.slice(lineStart, dash);
      if (/^[ ]*$/.test(indent)) {
        const one = new (doc.constructor as new (v: unknown) => Document)([]);
        const s1 = one.contents as YAMLSeq;
        s1.items.push(map);
        const block = one.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '').split('\n').map((l) => indent + l).join('\n');
        const prev = seq.items.length > 1 ? (seq.items[seq.items.length - 2] as { range?: [number, number, number] }).range : undefined;
        const spaced = prev ? /\n[ \t]*\n/.test(text.slice(prev[1], dash)) : false;
        let pos = seq.range[1];
        while (pos > 0 && /\s/.test(text[pos - 1])) pos--;
        // keep a trailing comment on the last entry's line
        const eol = text.indexOf('\n', pos);
        pos = eol < 0 ? text.length : eol;
        const out = text.slice(0, pos) + '\n' + (spaced ? '\n' : '') + block + (eol < 0 ? (text.endsWith('\n') ? '\n' : '') : '') + text.slice(pos);
        if (!parseDocument(out).errors.length) return { text: out };
      }
    }
    seq.items.push(map);
    let out = render(doc);
    if (text.length && !text.endsWith('\n') && out.endsWith('\n')) out = out.slice(0, -1);
    return { text: out };
  } catch (e) {
    return { error: `The registry could not be edited: ${(e as Error)?.message ?? String(e)}` };
  }
}

/** The registry text with `alias` added to the entry `id` (no change if it is already there). */
export function addRegistryAlias(text: string, id: string, alias: string): RegistryEdit {
  try {
    const r = editableDocument(text);
    if ('error' in r) return r;
    const { doc, seq } = r;
    const { registry } = parseRegistry(text);
    const target = registry.entries.find((e) => e.id === id);
    if (!target) return { error: `No registry entry has the id "${id}".` };
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      const range = (item as YAMLMap).range;
      if (!range || range[0] !== target.span.start) continue;
      const existing = item.get('aliases', true) as Node | undefined;
      if (target.aliases.includes(alias) || target.name === alias) return { text };
      if (isSeq(existing)) {
        existing.items.push(doc.createNode(alias));
      } else {
        const s = doc.createNode([alias]) as YAMLSeq;
        s.flow = true;
        if (isScalar(existing) && typeof existing.value === 'string') s.items.unshift(new Scalar(existing.value));
        item.set('aliases', s);
      }
      let out = render(doc);
      if (text.length && !text.endsWith('\n') && out.endsWith('\n')) out = out.slice(0, -1);
      return { text: out };
    }
    return { error: `No registry entry has the id "${id}".` };
  } catch (e) {
    return { error: `The registry could not be edited: ${(e as Error)?.message ?? String(e)}` };
  }
}

/** The registry text with the entry `id`'s `name` replaced by `name`. */
export function renameRegistryEntry(text: string, id: string, name: string): RegistryEdit {
  const { registry } = parseRegistry(text);
  const e = registry.entries.find((x) => x.id === id);
  if (!e) return { error: `No registry entry has the id "${id}".` };
  return { text: text.slice(0, e.nameSpan.start) + yamlScalar(name) + text.slice(e.nameSpan.end) };
}

/** A plain or double-quoted YAML scalar for `s`, whichever is safe. */
export function yamlScalar(s: string): string {
  if (/^[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F .'\u2019-]*$/.test(s) && !/\s$/.test(s) && !/: |\s#/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s)) return s;
  return JSON.stringify(s);
}
