// The actor registry: a YAML list of known actors.
// INTERIM: a first version; the actors work (issue 4) completes it.

import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Problem, Span } from './types';

export type ActorKind = 'person' | 'organization' | 'place';

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
}

export interface Registry {
  entries: RegistryEntry[];
}

export const EMPTY_REGISTRY: Registry = { entries: [] };

export function parseRegistry(text: string): { registry: Registry; problems: Problem[] } {
  const problems: Problem[] = [];
  const doc = parseDocument(text, { schema: 'core', customTags: [] });
  for (const e of doc.errors) problems.push({ message: `YAML: ${e.message.split('\n')[0]}`, span: { start: e.pos[0], end: e.pos[1] }, severity: 'error', code: 'registry' });
  const entries: RegistryEntry[] = [];
  const root = doc.contents;
  const list = isMap(root) ? root.get('actors', true) : root;
  if (isSeq(list)) {
    for (const item of list.items) {
      if (!isMap(item)) continue;
      const name = item.get('name', true);
      if (!isScalar(name) || typeof name.value !== 'string') continue;
      const str = (k: string) => { const v = item.get(k); return typeof v === 'string' ? v : undefined; };
      const strs = (k: string) => { const v = item.get(k, true); return isSeq(v) ? v.items.flatMap((i) => (isScalar(i) && typeof i.value === 'string' ? [i.value] : [])) : []; };
      const kind = str('kind');
      entries.push({
        id: str('id') ?? name.value,
        name: name.value,
        kind: kind === 'organization' || kind === 'place' ? kind : 'person',
        aliases: strs('aliases'),
        roles: strs('roles'),
        description: str('description'),
        links: strs('links'),
        span: { start: item.range![0], end: item.range![1] },
        nameSpan: { start: name.range![0], end: name.range![1] },
      });
    }
  }
  return { registry: { entries }, problems };
}
