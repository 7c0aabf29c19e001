// Core plain data to LSP types.

import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type CreateFile,
  type Diagnostic,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { ActionPlan, FileEdit } from '../core/edits';
import type { Finding, Severity } from '../core/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding): Diagnostic {
  const d: Diagnostic = { range: f.range, severity: SEVERITY[f.severity], code: f.code, source: 'corpus-review', message: f.message };
  if (f.related?.length) d.relatedInformation = f.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  if (f.data !== undefined) d.data = f.data;
  return d;
}


export function toWorkspaceEdit(files: FileEdit[]): WorkspaceEdit {
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  for (const f of files) {
    if (f.create) documentChanges.push({ kind: 'create', uri: f.uri, options: { ignoreIfExists: true } });
    documentChanges.push({ textDocument: { uri: f.uri, version: f.version ?? null }, edits: f.edits });
  }
  return { documentChanges };
}

export function toCodeAction(plan: ActionPlan, diagnostics: Diagnostic[]): CodeAction {
  return {
    title: plan.title,
    kind: plan.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.Refactor,
    diagnostics: diagnostics.filter((d) => plan.fixes.includes(String(d.code))),
    isPreferred: plan.isPreferred,
    edit: toWorkspaceEdit(plan.edits),
  };
}
