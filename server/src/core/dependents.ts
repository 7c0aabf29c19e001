// Which other articles' findings can change when one article changes. Four
// rules read across documents; conflicting figures and quotations are told by
// their indexes (`touchedArticles`), the other two are found here by comparing
// the article before and after the change:
// - an unsourced figure points at the same figure sourced elsewhere ("sourced
//   in <file>:<line> (<source>)"), so the articles stating a figure whose
//   sourced statements here were added, removed, moved or re-sourced;
// - a name-variant finding compares an actor with its variants by their
//   corpus-wide counts and names, so the articles naming an actor whose
//   mentions here changed in number or first name, or one of its variants.
// Whatever else changed in the article (an unsourced sentence typed at the
// end) leaves every other article's findings as they were, and those are not
// computed again. The server re-publishes the union (and only those whose
// findings did change reach the client).

import type { Corpus } from './corpus';
import type { DocumentAnalysis } from './analyze';
import { figureKey } from './figureIndex';
import { indexKey } from './actorIndex';

/** Each sourced figure as the other articles see it: key, place, words and source. */
function sourcedFigures(doc: DocumentAnalysis | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!doc) return out;
  for (const f of doc.figures) {
    if (!f.attribution.sourced) continue;
    const key = figureKey(f);
    if (!key) continue;
    const r = doc.lines.rangeOf(f);
    const sig = `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}\u0000${f.text}\u0000${f.attribution.source?.text ?? ''}`;
    const list = out.get(key);
    if (list) list.push(sig);
    else out.set(key, [sig]);
  }
  return out;
}

/** Per compared actor (no places, no lone short forms): what the corpus summary takes from this article. */
function actorShares(doc: DocumentAnalysis | undefined): Map<string, string> {
  const out = new Map<string, { count: number; name: string }>();
  if (doc) {
    for (const m of doc.actors.mentions) {
      if (m.kind === 'place' || m.key.startsWith('short:')) continue;
      const share = out.get(m.key);
      if (share) share.count++;
      else out.set(m.key, { count: 1, name: m.name });
    }
  }
  return new Map([...out].map(([k, v]) => [k, `${v.count}\u0000${v.name}`]));
}

function sameList(a: string[] | undefined, b: string[] | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The other articles whose findings may change when the article goes from
 * `before` to `after` (undefined: not in the corpus then). Both must be of the
 * same URI; the corpus's indexes must already hold `after`.
 */
export function dependentArticles(corpus: Corpus, before: DocumentAnalysis | undefined, after: DocumentAnalysis | undefined, out = new Set<string>()): Set<string> {
  const uri = (after ?? before)?.uri;
  if (uri === undefined) return out;
  const figuresBefore = sourcedFigures(before);
  const figuresAfter = sourcedFigures(after);
  for (const key of new Set([...figuresBefore.keys(), ...figuresAfter.keys()])) {
    if (sameList(figuresBefore.get(key), figuresAfter.get(key))) continue;
    for (const u of corpus.figureIndex.urisWith(key)) out.add(u);
  }
  const sharesBefore = actorShares(before);
  const sharesAfter = actorShares(after);
  const index = corpus.actors;
  for (const doc of [before, after]) {
    for (const a of doc?.actors.actors ?? []) {
      if (a.kind === 'place' || a.key.startsWith('short:')) continue;
      if (sharesBefore.get(a.key) === sharesAfter.get(a.key)) continue;
      const key = indexKey(uri, a);
      const related = new Set<string>();
      for (const spelling of a.spellings) for (const k of index.variantsOf(spelling, a.kind, key)) related.add(k);
      // Spellings in other articles are compared with this actor only when it has variants.
      if (related.size === 0) continue;
      related.add(key);
      for (const k of related) for (const u of index.urisOf(k)) out.add(u);
    }
  }
  out.delete(uri);
  return out;
}

/**
 * Articles whose conflicting-figure or quotation findings may have changed
 * since the last call: those indexes record them as articles come and go
 * (the statements or quotations paired with a changed one). Taking them
 * forgets them.
 */
export function touchedArticles(corpus: Corpus, out = new Set<string>()): Set<string> {
  for (const u of corpus.conflicts.takeTouched()) out.add(u);
  for (const u of corpus.quotes.takeTouched()) out.add(u);
  return out;
}

/** Forgets the touched articles without working them out: every article is about to be published. */
export function forgetTouched(corpus: Corpus): void {
  corpus.conflicts.forgetTouched();
  corpus.quotes.takeTouched();
}
