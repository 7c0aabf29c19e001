// textDocument/definition: from a mention to the actor's registry entry, or to
// the mention that introduces the actor in the corpus; from a quotation to its
// other occurrences, earliest article first.

import type { DefinitionParams, Location } from 'vscode-languageserver/node';
import type { Corpus } from '../core/corpus';
import { actorDefinition } from '../core/definition';
import { quoteDefinition } from '../core/quoteProvenance';
import { offsetIn } from './convert';

export function definition(corpus: Corpus, p: DefinitionParams): Location[] {
  const offset = offsetIn(corpus, p.textDocument.uri, p.position);
  if (offset === undefined) return [];
  const uri = p.textDocument.uri;
  const actor = actorDefinition(corpus, corpus.actors, uri, offset);
  if (actor.length) return actor;
  return (quoteDefinition(corpus.quotes, uri, offset) ?? []).map(({ uri: u, range }) => ({ uri: u, range }));
}
