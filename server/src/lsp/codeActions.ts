// textDocument/codeAction: quick fixes for the findings under the cursor.

import type { CodeAction, CodeActionParams } from 'vscode-languageserver/node';
import type { Corpus } from '../core/corpus';
import { unsourcedFigureActions } from '../core/figureActions';
import { toCodeAction } from './convert';

export function codeActions(corpus: Corpus, params: CodeActionParams, ignoreFileUri: string, ignoreFileVersion?: number): CodeAction[] {
  const actions: CodeAction[] = [];
  const { uri } = params.textDocument;
  for (const d of params.context.diagnostics) {
    if (d.code !== 'unsourced-figure') continue;
    const plans = unsourcedFigureActions(corpus, uri, d.range, {
      ignoreFile: { uri: ignoreFileUri, text: corpus.ignoreFile?.text, version: ignoreFileVersion },
    });
    actions.push(...plans.map((p) => toCodeAction(p, [d])));
  }
  return actions;
}
