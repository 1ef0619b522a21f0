/**
 * What a person typed, as three Lucene queries for the full-text index, one per tier of the
 * search's ranking: every word as an exact term, every word as a prefix, and every word of four
 * letters or more with one typo. Each is empty when there is nothing to ask. Lucene's syntax
 * characters are escaped, so input can never change a query's structure.
 */
export interface SearchTerms {
  readonly exact: string;
  readonly prefix: string;
  readonly fuzzy: string;
}

export function searchTerms(text: string): SearchTerms {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\-\u2010-\u2015_.,:;!?'"()]+/)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ''))
    .filter((word) => word.length > 0)
    .slice(0, 12);
  return {
    exact: words.join(' OR '),
    prefix: words.map((word) => `${word}*`).join(' OR '),
    fuzzy: words
      .filter((word) => word.length >= 4)
      .map((word) => `${word}~1`)
      .join(' OR '),
  };
}
