// Which other articles' findings can change when one article changes. Four
// rules read across documents; conflicting figures and quotations are told by
// their indexes (`touchedArticles`), the other two are found here: an unsourced figure points at the same figure
// sourced elsewhere, and a name-variant finding compares spellings across the
// corpus. So an article's dependents are the articles that state one of its
// sourced figures, and those that name one of its actors or a variant of one.
// Asked for the article's old analysis and its new one, after the change; the
// union is what the server re-publishes (only those whose findings did change
// reach the client).

import type { Corpus } from './corpus';
import type { DocumentAnalysis } from './analyze';
import { figureKey } from './figureIndex';
import { indexKey } from './actorIndex';

export function dependentArticles(corpus: Corpus, doc: DocumentAnalysis, out = new Set<string>()): Set<string> {
  const { uri } = doc;
  for (const f of doc.figures) {
    if (!f.attribution.sourced) continue;
    const key = figureKey(f);
    if (key) for (const u of corpus.figureIndex.urisWith(key)) out.add(u);
  }
  const index = corpus.actors;
  for (const a of doc.actors.actors) {
    if (a.kind === 'place' || a.key.startsWith('short:')) continue;
    const key = indexKey(uri, a);
    const related = new Set<string>();
    for (const spelling of a.spellings) for (const k of index.variantsOf(spelling, a.kind, key)) related.add(k);
    // Spellings in other articles are compared with this actor only when it has variants.
    if (related.size === 0) continue;
    related.add(key);
    for (const k of related) for (const u of index.urisOf(k)) out.add(u);
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
