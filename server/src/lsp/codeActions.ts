// textDocument/codeAction: quick fixes for the findings under the cursor
// (unsourced figures) and for the actor there (canonical spelling, record the
// alias, add to the registry).

import type { CodeAction, CodeActionParams } from 'vscode-languageserver/node';
import { actorCodeActions } from '../core/actorActions';
import type { Corpus } from '../core/corpus';
import { unsourcedFigureActions } from '../core/figureActions';
import { actorCodeAction, offsetIn, toCodeAction, type VersionOf } from './convert';

export function codeActions(corpus: Corpus, params: CodeActionParams, ignoreFileUri: string, versionOf: VersionOf): CodeAction[] {
  const actions: CodeAction[] = [];
  const { uri } = params.textDocument;
  for (const d of params.context.diagnostics) {
    if (d.code !== 'unsourced-figure') continue;
    const plans = unsourcedFigureActions(corpus, uri, d.range, {
      ignoreFile: { uri: ignoreFileUri, text: corpus.ignoreFile?.text, unreadable: corpus.ignoreFile?.unreadable, version: versionOf(ignoreFileUri) ?? undefined },
    });
    actions.push(...plans.map((p) => toCodeAction(p, [d])));
  }
  const offset = offsetIn(corpus, uri, params.range.start);
  if (offset !== undefined && corpus.get(uri)) {
    actions.push(...actorCodeActions(corpus, corpus.actors, uri, offset).map((a) => actorCodeAction(a, params.context.diagnostics, versionOf)));
  }
  return actions;
}
