// textDocument/hover: who the actor under the cursor is, or where else the
// figure under it is stated, from the whole corpus.

import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import type { Corpus } from '../core/corpus';
import { figureHover } from '../core/figureHover';
import { actorHover } from '../core/hover';
import { offsetIn } from './convert';

export function hover(corpus: Corpus, p: HoverParams): Hover | null {
  const offset = offsetIn(corpus, p.textDocument.uri, p.position);
  const uri = p.textDocument.uri;
  const h = offset === undefined ? undefined : (actorHover(corpus, corpus.actors, uri, offset) ?? figureHover(corpus, uri, offset));
  return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: h.range } : null;
}
