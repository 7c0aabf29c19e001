// The `corpusReview.*` settings the client sends (workspace/configuration).

import type { RuleSeverity } from '../core/types';
import { DEFAULT_MAX_FILE_SIZE } from '../core/scan';
import { DEFAULT_LIMITS } from '../core/analyze';

export interface Settings {
  maxFileSize: number;
  maxLineLength: number;
  analyze: 'onType' | 'onSave';
  /** Overrides of corpus-review.yaml's rule severities; `default` keeps the file's. */
  rules: { unsourcedFigure: RuleSeverity | 'default'; nameVariant: RuleSeverity | 'default' };
}

export const DEFAULT_SETTINGS: Settings = {
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  maxLineLength: DEFAULT_LIMITS.maxLineLength,
  analyze: 'onType',
  rules: { unsourcedFigure: 'default', nameVariant: 'default' },
};

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off', 'default'];

/** Reads what the client sent, keeping defaults for anything missing or malformed. */
export function readSettings(raw: unknown): Settings {
  const s = (raw ?? {}) as Record<string, unknown>;
  const rules = (s.rules ?? {}) as Record<string, unknown>;
  const sev = (v: unknown) => (typeof v === 'string' && SEVERITIES.includes(v) ? (v as RuleSeverity | 'default') : 'default');
  return {
    maxFileSize: typeof s.maxFileSize === 'number' && s.maxFileSize >= 0 ? s.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    maxLineLength: typeof s.maxLineLength === 'number' && s.maxLineLength > 0 ? s.maxLineLength : DEFAULT_SETTINGS.maxLineLength,
    analyze: s.analyze === 'onSave' ? 'onSave' : 'onType',
    rules: { unsourcedFigure: sev(rules.unsourcedFigure), nameVariant: sev(rules.nameVariant) },
  };
}
