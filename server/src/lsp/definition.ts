// textDocument/definition: from a mention to the actor's registry entry, or to
// the mention that introduces the actor in the corpus.

import type { DefinitionParams, Location } from 'vscode-languageserver/node';
import type { Corpus } from '../core/corpus';
import { actorDefinition } from '../core/definition';
import { offsetIn } from './convert';

export function definition(corpus: Corpus, p: DefinitionParams): Location[] {
  const offset = offsetIn(corpus, p.textDocument.uri, p.position);
  return offset === undefined ? [] : actorDefinition(corpus, corpus.actors, p.textDocument.uri, offset);
}
