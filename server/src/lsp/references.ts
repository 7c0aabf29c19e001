// textDocument/references: every mention of the actor in every article (and
// its registry entry when the declaration is asked for); on a quotation, every
// occurrence of it, reworded or not, earliest article first.

import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import type { Corpus } from '../core/corpus';
import { actorReferences } from '../core/references';
import { quoteReferences } from '../core/quoteProvenance';
import { offsetIn } from './convert';

export function references(corpus: Corpus, p: ReferenceParams): Location[] {
  const offset = offsetIn(corpus, p.textDocument.uri, p.position);
  if (offset === undefined) return [];
  const uri = p.textDocument.uri;
  const actor = actorReferences(corpus, corpus.actors, uri, offset, p.context.includeDeclaration);
  if (actor.length) return actor;
  return (quoteReferences(corpus.quotes, uri, offset) ?? []).map(({ uri: u, range }) => ({ uri: u, range }));
}
