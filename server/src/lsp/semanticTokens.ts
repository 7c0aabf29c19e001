// textDocument/semanticTokens/full: the core's tokens in the protocol's
// relative encoding.

import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver/node';
import type { Corpus } from '../core/corpus';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../core/semanticTokens';

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export function fullSemanticTokens(corpus: Corpus, uri: string): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const doc = corpus.get(uri);
  if (!doc) return builder.build();
  for (const t of semanticTokens(doc)) {
    let bits = 0;
    for (const m of t.modifiers) bits |= 1 << TOKEN_MODIFIERS.indexOf(m);
    builder.push(t.line, t.character, t.length, TOKEN_TYPES.indexOf(t.type), bits);
  }
  return builder.build();
}
