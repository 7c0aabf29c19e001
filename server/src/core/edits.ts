// Edits as plain data. The glue turns them into an LSP WorkspaceEdit with
// document versions, so an edit computed for an old text is refused by the
// editor instead of being applied to a newer one.

import type { Range } from './types';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface FileEdit {
  uri: string;
  /** The version the edits were computed against (open documents), if known. */
  version?: number;
  /** Create the file first (it does not exist yet). */
  create?: boolean;
  edits: TextEdit[];
}

export interface ActionPlan {
  title: string;
  kind: 'quickfix' | 'refactor';
  /** The finding codes this action answers. */
  fixes: string[];
  isPreferred?: boolean;
  edits: FileEdit[];
}
