// Semantic tokens: actors by kind and figures (unsourced ones marked) on top
// of the TextMate grammar. Plain data; the glue encodes it for the protocol.

import type { DocumentAnalysis } from './analyze';
import type { Span } from './types';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'figure'] as const;
export const TOKEN_MODIFIERS = ['unsourced', 'registered'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

interface Marked extends Span {
  type: TokenType;
  modifiers: TokenModifier[];
}

/** Tokens in document order, one line each, never overlapping (figures win over actors). */
export function semanticTokens(doc: DocumentAnalysis): SemanticToken[] {
  const marked: Marked[] = [];
  for (const f of doc.figures) marked.push({ start: f.start, end: f.end, type: 'figure', modifiers: f.attribution.sourced ? [] : ['unsourced'] });
  for (const m of doc.actors.mentions) marked.push({ start: m.start, end: m.end, type: m.kind, modifiers: m.registryId ? ['registered'] : [] });
  marked.sort((a, b) => a.start - b.start || (a.type === 'figure' ? -1 : 1));
  const tokens: SemanticToken[] = [];
  let covered = 0;
  for (const m of marked) {
    if (m.start < covered || m.end <= m.start) continue;
    covered = m.end;
    // Split at line breaks: a token lies on one line.
    let start = m.start;
    while (start < m.end) {
      const pos = doc.lines.positionAt(start);
      const lineEnd = Math.min(m.end, doc.lines.lineEnd(pos.line));
      if (lineEnd > start) tokens.push({ line: pos.line, character: pos.character, length: lineEnd - start, type: m.type, modifiers: m.modifiers });
      if (pos.line + 1 >= doc.lines.lineCount) break;
      start = Math.max(lineEnd + 1, doc.lines.lineStart(pos.line + 1));
    }
  }
  return tokens;
}
