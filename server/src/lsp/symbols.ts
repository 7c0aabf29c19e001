// workspace/symbol (every actor, fuzzy) and textDocument/documentSymbol (the
// article's outline: headline, actors, quotations).

import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver/node';
import type { Corpus } from '../core/corpus';
import { documentOutline, workspaceActorSymbols, type OutlineKind, type OutlineSymbol } from '../core/symbols';

const KIND: Record<OutlineKind, SymbolKind> = {
  headline: SymbolKind.File,
  actors: SymbolKind.Namespace,
  quotations: SymbolKind.Namespace,
  person: SymbolKind.Object,
  organization: SymbolKind.Module,
  place: SymbolKind.Package,
  quotation: SymbolKind.String,
};

export function workspaceSymbols(corpus: Corpus, p: WorkspaceSymbolParams): SymbolInformation[] {
  return workspaceActorSymbols(corpus, corpus.actors, p.query).map((s) => ({ name: s.name, kind: KIND[s.kind], containerName: s.containerName, location: s.location }));
}

function toDocumentSymbol(s: OutlineSymbol): DocumentSymbol {
  return { name: s.name, detail: s.detail, kind: KIND[s.kind], range: s.range, selectionRange: s.selectionRange, children: s.children.map(toDocumentSymbol) };
}

export function documentSymbols(corpus: Corpus, p: DocumentSymbolParams): DocumentSymbol[] {
  return documentOutline(corpus, p.textDocument.uri).map(toDocumentSymbol);
}
