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
import type { ActorAction } from '../core/actorActions';
import type { Corpus } from '../core/corpus';
import type { ActionPlan, FileEdit } from '../core/edits';
import type { WorkspaceEditData } from '../core/rename';
import type { Finding, Position, Severity } from '../core/types';

/** The offset of an LSP position in an article or in the registry, as the corpus last analysed it. */
export function offsetIn(corpus: Corpus, uri: string, position: Position): number | undefined {
  const doc = corpus.get(uri);
  if (doc) return doc.lines.offsetAt(position);
  const rf = corpus.registryFile;
  return rf && rf.uri === uri ? rf.lines.offsetAt(position) : undefined;
}

/** The document version an edit was computed for (null: the file as on disk). */
export type VersionOf = (uri: string) => number | null;

/** An edit of the core as a versioned workspace edit: the client refuses it if the text changed since. */
export function toVersionedEdit(edit: WorkspaceEditData, versionOf: VersionOf): WorkspaceEdit {
  const files: FileEdit[] = Object.entries(edit.changes).map(([uri, edits]) => ({ uri, edits, version: versionOf(uri) ?? undefined }));
  return toWorkspaceEdit(files);
}

export function actorCodeAction(a: ActorAction, diagnostics: Diagnostic[], versionOf: VersionOf): CodeAction {
  return {
    title: a.title,
    kind: a.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.Refactor,
    diagnostics: a.diagnosticCode ? diagnostics.filter((d) => d.code === a.diagnosticCode) : [],
    isPreferred: a.isPreferred,
    edit: toVersionedEdit(a.edit, versionOf),
  };
}

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
