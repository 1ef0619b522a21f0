import { searchTerms } from '../../src/db/lucene-query';
import { nameKey } from '../../src/names';

test.each([
  ['Sim Gyu-ho', 'simgyuho'],
  ['sim gyuho', 'simgyuho'],
  ['E.oni', 'eoni'],
  ['고영', '고영'],
  ["Park Ji-tae's", 'parkjitaes'],
])('nameKey(%j) is %j', (name, key) => {
  expect(nameKey(name)).toBe(key);
});

test('Lucene syntax in input cannot change the queries structure', () => {
  const terms = searchTerms('title:"x" OR (a~ && b*) \\ } {');
  for (const query of Object.values(terms)) expect(query).not.toMatch(/title:|"|\\|\{|\}|&&/);
  expect(terms.exact).toBe('title OR x OR or OR a OR b');
});

test('each word is an exact term, a prefix, and from four letters on a fuzzy term', () => {
  expect(searchTerms('Gyu Ho')).toEqual({ exact: 'gyu OR ho', prefix: 'gyu* OR ho*', fuzzy: '' });
  expect(searchTerms('sim gyuho')).toEqual({ exact: 'sim OR gyuho', prefix: 'sim* OR gyuho*', fuzzy: 'gyuho~1' });
  expect(searchTerms('  ')).toEqual({ exact: '', prefix: '', fuzzy: '' });
});
