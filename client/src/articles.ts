// Plain-text files that the config calls articles open as News Article, so the
// grammar colours them. A file is switched once per session: if the reviewer
// sets it back to Plain Text, it stays so.

import * as vscode from 'vscode';
import { isArticlePath, relativePathOf, type WorkspaceConfigs } from './workspaceConfig';

export const ARTICLE_LANGUAGE = 'news-article';

export class ArticleAssociation implements vscode.Disposable {
  private readonly switched = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly configs: WorkspaceConfigs,
    private readonly log: (line: string) => void,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => void this.consider(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // A document closed for good may be associated again when reopened; a
        // language switch also closes it, so only forget it once it is no longer open.
        setTimeout(() => {
          if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === doc.uri.toString())) this.switched.delete(doc.uri.toString());
        }, 1000);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('corpusReview.associateArticles')) this.considerOpen();
      }),
      configs.onDidChange(() => this.considerOpen()),
    );
    this.considerOpen();
  }

  considerOpen(): void {
    for (const doc of vscode.workspace.textDocuments) void this.consider(doc);
  }

  private async consider(doc: vscode.TextDocument): Promise<void> {
    if (doc.languageId !== 'plaintext' || doc.uri.scheme !== 'file') return;
    const key = doc.uri.toString();
    if (this.switched.has(key)) return;
    if (!vscode.workspace.getConfiguration('corpusReview', doc.uri).get<boolean>('associateArticles', true)) return;
    const where = relativePathOf(doc.uri);
    if (!where) return;
    const config = await this.configs.get(where.folder);
    if (!isArticlePath(config, where.path)) return;
    if (doc.isClosed || doc.languageId !== 'plaintext' || this.switched.has(key)) return;
    this.switched.add(key);
    try {
      await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
    } catch (e) {
      this.log(`Could not open ${where.path} as a News Article: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
