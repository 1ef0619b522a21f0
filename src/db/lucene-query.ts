/**
 * Turns what a person typed into a Lucene query for the full-text index: every word may match
 * exactly (boosted), as a prefix, or with one typo (for longer words). Lucene's syntax characters
 * are escaped, so input can never change the query's structure.
 */
export function luceneQuery(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\-\u2010-\u2015_.,:;!?'"()]+/)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ''))
    .filter((word) => word.length > 0)
    .slice(0, 12);
  return words
    .map((word) => {
      const variants = [`${word}^3`, `${word}*`];
      if (word.length >= 4) variants.push(`${word}~1`);
      return `(${variants.join(' OR ')})`;
    })
    .join(' OR ');
}
