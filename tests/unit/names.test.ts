import { luceneQuery } from '../../src/db/lucene-query';
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

test('Lucene syntax in input cannot change the query structure', () => {
  const query = luceneQuery('title:"x" OR (a~ && b*) \\ } {');
  expect(query).not.toMatch(/title:|"|\\|\{|\}|&&/);
  expect(luceneQuery('Gyu Ho')).toBe('(gyu^3 OR gyu*) OR (ho^3 OR ho*)');
  expect(luceneQuery('  ')).toBe('');
});
