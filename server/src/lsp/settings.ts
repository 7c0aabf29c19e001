// The `corpusReview.*` settings the client sends (workspace/configuration).

import type { RuleSeverity } from '../core/types';
import { RULES, type RuleId } from '../core/config';
import { DEFAULT_MAX_FILE_SIZE } from '../core/scan';
import { DEFAULT_LIMITS } from '../core/analyze';

export interface Settings {
  maxFileSize: number;
  maxLineLength: number;
  analyze: 'onType' | 'onSave';
  /** Overrides of corpus-review.yaml's rule severities (`corpusReview.rules.<ruleInCamelCase>`); a rule left at `default` is absent. */
  rules: Partial<Record<RuleId, RuleSeverity>>;
}

export const DEFAULT_SETTINGS: Settings = {
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  maxLineLength: DEFAULT_LIMITS.maxLineLength,
  analyze: 'onType',
  rules: {},
};

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** `unsourced-figure` → `unsourcedFigure`: the setting's name under `corpusReview.rules`. */
export function settingName(rule: RuleId): string {
  return rule.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Reads what the client sent, keeping defaults for anything missing or malformed. */
export function readSettings(raw: unknown): Settings {
  const s = (raw ?? {}) as Record<string, unknown>;
  const raws = (s.rules ?? {}) as Record<string, unknown>;
  const rules: Settings['rules'] = {};
  for (const rule of RULES) {
    const v = raws[settingName(rule)];
    if (typeof v === 'string' && SEVERITIES.includes(v)) rules[rule] = v as RuleSeverity;
  }
  return {
    maxFileSize: typeof s.maxFileSize === 'number' && s.maxFileSize >= 0 ? s.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    maxLineLength: typeof s.maxLineLength === 'number' && s.maxLineLength > 0 ? s.maxLineLength : DEFAULT_SETTINGS.maxLineLength,
    analyze: s.analyze === 'onSave' ? 'onSave' : 'onType',
    rules,
  };
}
