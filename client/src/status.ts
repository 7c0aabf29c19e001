// The status bar item: counts from the server's `corpusReview/status`
// notification; a click opens the Problems panel.

import * as vscode from 'vscode';

export const STATUS_NOTIFICATION = 'corpusReview/status';

export interface StatusParams {
  articles: number;
  unsourcedFigures: number;
  actors: number;
  scanning: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem('corpusReview.status', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'Corpus Review';
    this.item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
  }

  starting(): void {
    this.item.text = '$(sync~spin) Corpus Review';
    this.item.tooltip = 'Corpus Review: starting the language server…';
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  failed(): void {
    this.item.text = '$(error) Corpus Review';
    this.item.tooltip = 'Corpus Review: the language server is not running. Click to show the output.';
    this.item.command = { title: 'Show Output', command: 'corpusReview.showOutput' };
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    this.item.show();
  }

  update(status: StatusParams): void {
    const counts = `${status.unsourcedFigures} unsourced · ${plural(status.actors, 'actor', 'actors')} · ${plural(status.articles, 'article', 'articles')}`;
    this.item.text = `${status.scanning ? '$(sync~spin)' : '$(checklist)'} ${counts}`;
    const tooltip = new vscode.MarkdownString(
      `**Corpus Review**${status.scanning ? ' — scanning the workspace…' : ''}\n\n` +
        `- ${plural(status.unsourcedFigures, 'unsourced figure', 'unsourced figures')}\n` +
        `- ${plural(status.actors, 'actor', 'actors')} named\n` +
        `- ${plural(status.articles, 'article', 'articles')} reviewed\n\n` +
        'Click to open the Problems panel.',
    );
    this.item.tooltip = tooltip;
    this.item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
