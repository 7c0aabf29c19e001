// textDocument/references: every mention of the actor in every article (and
// its registry entry when the declaration is asked for).

import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import type { Corpus } from '../core/corpus';
import { actorReferences } from '../core/references';
import { offsetIn } from './convert';

export function references(corpus: Corpus, p: ReferenceParams): Location[] {
  const offset = offsetIn(corpus, p.textDocument.uri, p.position);
  return offset === undefined ? [] : actorReferences(corpus, corpus.actors, p.textDocument.uri, offset, p.context.includeDeclaration);
}
