// `corpus-review actors [paths...]`: every actor of the corpus with its
// registry identity, the roles the articles state and every mention. Streamed
// one actor at a time: the order (most mentioned first) comes from the
// index's counts, and each actor's row is made when it is written.

import type { Corpus } from '../core/corpus';
import type { ActorKind, RegistryEntry } from '../core/registry';
import type { Range } from '../core/types';
import type { Format } from './format';
import { joinChunks, joinedLines, prettyJson, STREAMED_ITEMS } from './stream';

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

interface ActorOrder {
  key: string;
  name: string;
  count: number;
  entry?: RegistryEntry;
}

/** Every actor key, most mentioned first, then by name. */
function actorOrder(corpus: Corpus): ActorOrder[] {
  const index = corpus.actors;
  const byId = new Map<string, RegistryEntry>();
  for (const e of corpus.registry.entries) if (!byId.has(e.id)) byId.set(e.id, e);
  const order: ActorOrder[] = [];
  for (const key of index.keys()) {
    const s = index.summary(key)!;
    const entry = s.registryId ? byId.get(s.registryId) : undefined;
    order.push({ key, name: entry?.name ?? s.name, count: s.count, entry });
  }
  return order.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function actorRow(corpus: Corpus, { key, entry }: ActorOrder): ActorRow {
  const index = corpus.actors;
  const s = index.summary(key)!;
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
  for (const d of index.entriesByPath(key)) {
    const doc = corpus.get(d.uri);
    if (!doc) continue;
    const roles = d.roles.length ? doc.actors.roles : [];
    for (const i of d.roles) {
      const r = roles[i];
      row.roles.push({ text: r.text, file: doc.path, range: doc.lines.rangeOf(r) });
    }
  }
  return row;
}

function* rowsInOrder(corpus: Corpus, order: ActorOrder[]): Generator<ActorRow, void, undefined> {
  for (const o of order) yield actorRow(corpus, o);
}

/** Every actor's row, most mentioned first. */
export function actorRows(corpus: Corpus): ActorRow[] {
  return [...rowsInOrder(corpus, actorOrder(corpus))];
}

function textLines(r: ActorRow): string[] {
  const lines: string[] = [];
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
  return lines;
}

/** The output in chunks (no final newline), one actor at a time. */
export function* actorChunks(corpus: Corpus, format: Format): Generator<string, void, undefined> {
  const order = actorOrder(corpus);
  if (format === 'json') {
    yield* prettyJson({ actors: STREAMED_ITEMS }, rowsInOrder(corpus, order));
    return;
  }
  yield* joinedLines(
    (function* () {
      for (const r of rowsInOrder(corpus, order)) yield* textLines(r);
      const registered = order.filter((o) => o.entry).length;
      yield `${order.length} actors in ${corpus.size} articles: ${registered} in the registry, ${order.length - registered} not`;
    })(),
  );
}

export function actors(corpus: Corpus, format: Format): string {
  return joinChunks(actorChunks(corpus, format));
}
