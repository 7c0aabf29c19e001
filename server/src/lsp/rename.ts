// textDocument/prepareRename and rename: one workspace edit that changes an
// actor's spelling in every article and in the registry, versioned so the
// client refuses it if a file changed since it was computed.

import { ResponseError, ErrorCodes, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { Corpus } from '../core/corpus';
import { prepareActorRename, renameActor } from '../core/rename';
import { offsetIn, toVersionedEdit, type VersionOf } from './convert';

export function prepareRename(corpus: Corpus, p: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const offset = offsetIn(corpus, p.textDocument.uri, p.position);
  return (offset !== undefined && prepareActorRename(corpus, corpus.actors, p.textDocument.uri, offset)) || null;
}

export function rename(corpus: Corpus, p: RenameParams, versionOf: VersionOf): WorkspaceEdit {
  const offset = offsetIn(corpus, p.textDocument.uri, p.position);
  const r = offset === undefined ? { error: 'No actor here to rename.' } : renameActor(corpus, corpus.actors, p.textDocument.uri, offset, p.newName);
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
  return toVersionedEdit(r, versionOf);
}
