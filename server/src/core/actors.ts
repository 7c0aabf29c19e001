// Actor mentions in one article.
// INTERIM: registry names and aliases only; the actors work (issue 4) adds detection.

import type { Span } from './types';
import type { Segmentation } from './sentences';
import type { ActorKind, Registry } from './registry';

export interface ActorMention extends Span {
  text: string;
  kind: ActorKind;
  /** Identity across the corpus: `reg:<id>` for registry actors, else `norm:<normalised canonical name>`. */
  key: string;
  /** Canonical name of the actor this mention refers to. */
  name: string;
  registryId?: string;
}

export interface DocumentActors {
  mentions: ActorMention[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findActors(text: string, _seg: Segmentation, registry: Registry): DocumentActors {
  const mentions: ActorMention[] = [];
  for (const e of registry.entries) {
    for (const form of [e.name, ...e.aliases]) {
      const re = new RegExp(`\\b${escape(form)}\\b`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: e.kind, key: `reg:${e.id}`, name: e.name, registryId: e.id });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions };
}
