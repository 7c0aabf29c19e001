// `corpus-review actors [paths...]`: every actor of the corpus with its
// registry identity, the roles the articles state and every mention.

import type { Corpus } from '../core/corpus';
import type { ActorKind } from '../core/registry';
import type { Range } from '../core/types';
import type { Format } from './format';

export interface ActorRow {
  /** The registry id, or the corpus's own key for an actor the registry lacks. */
  id: string;
  name: string;
  kind: ActorKind;
  registered: boolean;
  aliases: string[];
  /** Every spelling the articles use, most frequent first. */
  spellings: string[];
  roles: { text: string; file: string; range: Range }[];
  mentions: { file: string; range: Range; text: string }[];
}

export function actorRows(corpus: Corpus): ActorRow[] {
  const index = corpus.actors;
  const rows: ActorRow[] = [];
  for (const key of index.keys()) {
    const s = index.summary(key)!;
    const entry = s.registryId ? corpus.registry.entries.find((e) => e.id === s.registryId) : undefined;
    const row: ActorRow = {
      id: entry?.id ?? key,
      name: entry?.name ?? s.name,
      kind: s.kind,
      registered: !!entry,
      aliases: entry?.aliases ?? [],
      spellings: s.spellings.map((x) => x.text),
      roles: [],
      mentions: [],
    };
    for (const { doc, mention } of index.mentions(key)) row.mentions.push({ file: doc.path, range: doc.lines.rangeOf(mention), text: mention.text });
    const a = index.get(key)!;
    for (const d of [...a.docs.values()].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))) {
      const doc = corpus.get(d.uri);
      if (!doc) continue;
      for (const i of d.roles) {
        const r = doc.actors.roles[i];
        row.roles.push({ text: r.text, file: doc.path, range: doc.lines.rangeOf(r) });
      }
    }
    rows.push(row);
  }
  return rows.sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function actors(corpus: Corpus, format: Format): string {
  const rows = actorRows(corpus);
  if (format === 'json') return JSON.stringify({ actors: rows }, null, 2);
  const lines: string[] = [];
  for (const r of rows) {
    const files = new Set(r.mentions.map((m) => m.file));
    const other = r.spellings.filter((x) => x !== r.name);
    lines.push(
      `${r.name} (${r.kind}${r.registered ? `, registry ${r.id}` : ', not in the registry'}): ` +
        `${r.mentions.length} mention${r.mentions.length === 1 ? '' : 's'} in ${files.size} article${files.size === 1 ? '' : 's'}` +
        (other.length ? `; also written ${other.map((x) => `"${x}"`).join(', ')}` : ''),
    );
    const roles = [...new Set(r.roles.map((x) => x.text))];
    if (roles.length) lines.push(`    roles: ${roles.slice(0, 5).join('; ')}${roles.length > 5 ? `; … (${roles.length})` : ''}`);
    const first = r.mentions[0];
    if (first) lines.push(`    first: ${first.file}:${first.range.start.line + 1}:${first.range.start.character + 1}`);
  }
  const registered = rows.filter((r) => r.registered).length;
  lines.push(`${rows.length} actors in ${corpus.size} articles: ${registered} in the registry, ${rows.length - registered} not`);
  return lines.join('\n');
}
