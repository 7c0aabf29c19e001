// Rename an actor's spelling across the corpus: every mention of that actor
// written in the same spelling family (same normalised text) in every article,
// and the registry name or alias of that family. For normalising variants.

import type { Corpus } from './corpus';
import type { ActorIndex } from './actorIndex';
import { actorAt } from './actorIndex';
import { normalizeName } from './identity';
import { yamlScalar } from './registry';
import type { Range } from './types';

export interface TextEditData {
  range: Range;
  newText: string;
}

export interface WorkspaceEditData {
  changes: Record<string, TextEditData[]>;
}

export function prepareActorRename(corpus: Corpus, index: ActorIndex, uri: string, offset: number): { range: Range; placeholder: string } | undefined {
  const at = actorAt(corpus, index, uri, offset);
  if (!at) return undefined;
  const lines = corpus.get(uri)?.lines ?? corpus.registryFile?.lines;
  if (!lines) return undefined;
  return { range: lines.rangeOf(at.span), placeholder: at.text };
}

export function renameActor(corpus: Corpus, index: ActorIndex, uri: string, offset: number, newName: string): WorkspaceEditData | { error: string } {
  const at = actorAt(corpus, index, uri, offset);
  if (!at) return { error: 'No actor here to rename.' };
  const name = newName.trim();
  if (!name || /[\r\n]/.test(name)) return { error: 'The new name must be one line of text.' };
  const family = normalizeName(at.text);
  const changes: Record<string, TextEditData[]> = {};
  const push = (u: string, range: Range) => (changes[u] ??= []).push({ range, newText: name });
  for (const { doc, mention } of index.mentions(at.key)) {
    if (normalizeName(mention.text) !== family) continue;
    push(doc.uri, doc.lines.rangeOf(mention));
  }
  const rf = corpus.registryFile;
  const entry = at.registryId ? corpus.registry.entries.find((e) => e.id === at.registryId) : undefined;
  if (entry && rf) {
    const spans = [entry.nameSpan, ...entry.aliasSpans];
    const forms = [entry.name, ...entry.aliases];
    forms.forEach((f, i) => {
      if (normalizeName(f) === family && spans[i]) (changes[rf.uri] ??= []).push({ range: rf.lines.rangeOf(spans[i]), newText: yamlScalar(name) });
    });
  }
  if (!Object.keys(changes).length) return { error: 'Nothing to rename.' };
  return { changes };
}
