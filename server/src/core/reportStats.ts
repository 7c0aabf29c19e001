// What the corpus report draws, kept by difference: per article its sourced
// and unsourced figures and its actor mentions, per actor its mentions in the
// corpus. The report reads these counts; it never walks the analyses.

import type { CorpusIndex } from './corpus';
import type { DocumentAnalysis } from './analyze';
import type { ActorKind } from './registry';

export interface UnsourcedClaim {
  /** 0-based line and UTF-16 character of the figure. */
  line: number;
  character: number;
  text: string;
  /** The figure's sentence, whitespace collapsed and cut to 200 characters. */
  sentence: string;
}

export interface ArticleStats {
  uri: string;
  path: string;
  sourced: number;
  unsourced: number;
  /** Actor key → mentions in this article. */
  mentions: Map<string, number>;
  claims: UnsourcedClaim[];
}

export interface ActorTotals {
  key: string;
  name: string;
  kind: ActorKind;
  mentions: number;
  articles: number;
}

export class ReportStats implements CorpusIndex {
  private readonly articles = new Map<string, ArticleStats>();
  private readonly actors = new Map<string, ActorTotals>();
  unsourced = 0;
  sourced = 0;

  add(doc: DocumentAnalysis): void {
    if (this.articles.has(doc.uri)) this.removeUri(doc.uri);
    const stats: ArticleStats = { uri: doc.uri, path: doc.path, sourced: 0, unsourced: 0, mentions: new Map(), claims: [] };
    for (const f of doc.figures) {
      if (f.attribution.sourced) {
        stats.sourced++;
        continue;
      }
      stats.unsourced++;
      const s = doc.segmentation.sentence(f.sentence);
      const sentence = s ? doc.text.slice(s.start, s.end).replace(/\s+/g, ' ') : f.text;
      const { line, character } = doc.lines.positionAt(f.start);
      stats.claims.push({ line, character, text: f.text, sentence: sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence });
    }
    for (const m of doc.actors.mentions) {
      if (m.key.startsWith('short:')) continue; // a lone family name: not an actor of the corpus
      const n = stats.mentions.get(m.key) ?? 0;
      stats.mentions.set(m.key, n + 1);
      let a = this.actors.get(m.key);
      if (!a) this.actors.set(m.key, (a = { key: m.key, name: m.name, kind: m.kind, mentions: 0, articles: 0 }));
      a.mentions++;
      if (n === 0) a.articles++;
    }
    this.sourced += stats.sourced;
    this.unsourced += stats.unsourced;
    this.articles.set(doc.uri, stats);
  }

  remove(doc: DocumentAnalysis): void {
    this.removeUri(doc.uri);
  }

  private removeUri(uri: string): void {
    const stats = this.articles.get(uri);
    if (!stats) return;
    this.articles.delete(uri);
    this.sourced -= stats.sourced;
    this.unsourced -= stats.unsourced;
    for (const [key, n] of stats.mentions) {
      const a = this.actors.get(key);
      if (!a) continue;
      a.mentions -= n;
      a.articles--;
      if (a.articles <= 0) this.actors.delete(key);
    }
  }

  clear(): void {
    this.articles.clear();
    this.actors.clear();
    this.sourced = 0;
    this.unsourced = 0;
  }

  get articleCount(): number {
    return this.articles.size;
  }

  /** Every article's stats, by path. */
  allArticles(): ArticleStats[] {
    return [...this.articles.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The actors with the most mentions (ties by name). */
  topActors(limit: number): ActorTotals[] {
    return [...this.actors.values()].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1)).slice(0, limit);
  }
}
