// Code actions on actors: "add to registry" (a new YAML entry written through
// the yaml Document API), "use canonical spelling" and "record alias" (for a
// name-variant finding). Plain data: titles and workspace edits.

import type { Corpus } from './corpus';
import type { ActorIndex } from './actorIndex';
import { actorAt } from './actorIndex';
import { addRegistryAlias, addRegistryEntry } from './registry';
import { variantProposals, type NameVariantData } from './nameVariants';
import type { WorkspaceEditData } from './rename';
import { normalizeName } from './identity';

export interface ActorAction {
  title: string;
  kind: 'quickfix' | 'refactor';
  /** Set for the fixes of a name-variant finding. */
  diagnosticCode?: 'name-variant';
  isPreferred?: boolean;
  edit: WorkspaceEditData;
}

function wholeRegistry(corpus: Corpus, newText: string): WorkspaceEditData | undefined {
  const rf = corpus.registryFile;
  if (!rf) return undefined;
  return { changes: { [rf.uri]: [{ range: rf.lines.rangeOf({ start: 0, end: rf.text.length }), newText }] } };
}

/** "Add X to the registry" for an unregistered actor (with the roles the articles state). */
export function addToRegistryAction(corpus: Corpus, index: ActorIndex, key: string): ActorAction | undefined {
  const rf = corpus.registryFile;
  const s = index.summary(key);
  if (!rf || !s || s.registryId || key.startsWith('short:')) return undefined;
  const roles = [...new Set(s.roles.map((r) => r.text))].slice(0, 3);
  const r = addRegistryEntry(rf.text, { name: s.name, kind: s.kind, roles });
  if ('error' in r) return undefined;
  const edit = wholeRegistry(corpus, r.text);
  return edit && { title: `Add "${s.name}" to the registry (${s.kind})`, kind: 'quickfix', edit };
}

/** "Use the canonical spelling": this mention, and every mention with this spelling in the corpus. */
export function useCanonicalActions(corpus: Corpus, index: ActorIndex, uri: string, data: NameVariantData, offset: number): ActorAction[] {
  const out: ActorAction[] = [];
  const hit = index.mentionAt(uri, offset);
  if (!hit || hit.mention.text !== data.text) return out;
  out.push({
    title: `Use the canonical spelling "${data.canonical}"`,
    kind: 'quickfix',
    diagnosticCode: 'name-variant',
    isPreferred: true,
    edit: { changes: { [uri]: [{ range: hit.doc.lines.rangeOf(hit.mention), newText: data.canonical }] } },
  });
  const changes: WorkspaceEditData['changes'] = {};
  let n = 0;
  for (const { doc, mention } of index.mentions(hit.key)) {
    if (normalizeName(mention.text) !== normalizeName(data.text)) continue;
    (changes[doc.uri] ??= []).push({ range: doc.lines.rangeOf(mention), newText: data.canonical });
    n++;
  }
  if (n > 1) out.push({ title: `Use "${data.canonical}" for all ${n} mentions of "${data.text}" in the corpus`, kind: 'quickfix', diagnosticCode: 'name-variant', edit: { changes } });
  return out;
}

/** "Record the alias": the spelling becomes an alias of the registered canonical actor. */
export function recordAliasAction(corpus: Corpus, data: NameVariantData): ActorAction | undefined {
  const rf = corpus.registryFile;
  if (!rf || !data.registryId) return undefined;
  const r = addRegistryAlias(rf.text, data.registryId, data.text);
  if ('error' in r || r.text === rf.text) return undefined;
  const edit = wholeRegistry(corpus, r.text);
  return edit && { title: `Record "${data.text}" as an alias of ${data.canonical} in the registry`, kind: 'quickfix', diagnosticCode: 'name-variant', edit };
}

/** Every action for the actor mention at `offset` in `uri`. */
export function actorCodeActions(corpus: Corpus, index: ActorIndex, uri: string, offset: number): ActorAction[] {
  const at = actorAt(corpus, index, uri, offset);
  const doc = corpus.get(uri);
  if (!at || !at.mention || !doc) return [];
  const out: ActorAction[] = [];
  const proposal = variantProposals(corpus, index, doc).find((p) => p.key === at.mention!.key && p.text === at.mention!.text);
  if (proposal) {
    const { mentions: _m, ...data } = proposal;
    out.push(...useCanonicalActions(corpus, index, uri, data, offset));
    const alias = recordAliasAction(corpus, data);
    if (alias) out.push(alias);
  }
  const add = addToRegistryAction(corpus, index, at.key);
  if (add) out.push(add);
  return out;
}
