import type { Prng } from './prng';

/**
 * Romanized Korean names with their Hangul, so synthetic people and characters share family
 * names and syllables with the real ones ("Kim", "Young", "Ho") as they would in a real catalogue:
 * search and name lookups then meet realistic collisions as the graph grows.
 */
const FAMILY: ReadonlyArray<readonly [string, string]> = [
  ['Kim', '김'],
  ['Lee', '이'],
  ['Park', '박'],
  ['Choi', '최'],
  ['Jung', '정'],
  ['Kang', '강'],
  ['Cho', '조'],
  ['Yoon', '윤'],
  ['Jang', '장'],
  ['Lim', '임'],
  ['Han', '한'],
  ['Oh', '오'],
  ['Seo', '서'],
  ['Shin', '신'],
  ['Kwon', '권'],
  ['Hwang', '황'],
  ['Ahn', '안'],
  ['Song', '송'],
  ['Jeon', '전'],
  ['Hong', '홍'],
  ['Nam', '남'],
  ['Go', '고'],
  ['Sim', '심'],
  ['Moon', '문'],
  ['Yang', '양'],
  ['Bae', '배'],
  ['Baek', '백'],
  ['Noh', '노'],
];
const SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ['min', '민'],
  ['ji', '지'],
  ['seo', '서'],
  ['hyun', '현'],
  ['woo', '우'],
  ['jin', '진'],
  ['young', '영'],
  ['soo', '수'],
  ['ho', '호'],
  ['eun', '은'],
  ['hee', '희'],
  ['yeon', '연'],
  ['jun', '준'],
  ['sung', '성'],
  ['kyung', '경'],
  ['won', '원'],
  ['hye', '혜'],
  ['jae', '재'],
  ['dong', '동'],
  ['sang', '상'],
  ['na', '나'],
  ['ha', '하'],
  ['yu', '유'],
  ['bin', '빈'],
  ['gyu', '규'],
  ['tae', '태'],
  ['mi', '미'],
  ['ae', '애'],
  ['sik', '식'],
  ['hoon', '훈'],
  ['kyu', '규'],
  ['ra', '라'],
  ['yoon', '윤'],
  ['do', '도'],
  ['ah', '아'],
  ['seok', '석'],
  ['chan', '찬'],
  ['il', '일'],
  ['so', '소'],
  ['ri', '리'],
];
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function personName(prng: Prng): { name: string; nativeName: string } {
  const [family, familyHangul] = prng.pick(FAMILY);
  const [a, ah] = prng.pick(SYLLABLES);
  const [b, bh] = prng.pick(SYLLABLES);
  return { name: `${family} ${capital(a)}-${b}`, nativeName: `${familyHangul}${ah}${bh}` };
}

/** Characters go by a given name more often than by a full name, like Young, Jaehee and Gyu-ho. */
export function characterName(prng: Prng): { name: string; nativeName: string } {
  if (prng.chance(0.5)) return personName(prng);
  const [a, ah] = prng.pick(SYLLABLES);
  const [b, bh] = prng.pick(SYLLABLES);
  return prng.chance(0.3)
    ? { name: capital(a), nativeName: ah }
    : { name: `${capital(a)}-${b}`, nativeName: `${ah}${bh}` };
}

const ADJECTIVES = [
  'Late',
  'Blue',
  'Quiet',
  'Small',
  'Last',
  'Bright',
  'Rainy',
  'Second',
  'Hidden',
  'Endless',
  'Little',
  'Lonely',
  'Golden',
  'Cold',
  'Secret',
  'Distant',
  'Young',
  'Midnight',
  'Northern',
  'Burning',
];
const NOUNS = [
  'Summer',
  'Season',
  'City',
  'Room',
  'River',
  'Winter',
  'Letters',
  'Night',
  'Station',
  'Garden',
  'Harbor',
  'Song',
  'Years',
  'Island',
  'Rooftop',
  'Spring',
  'Alley',
  'Market',
  'Bridge',
  'Window',
  'Festival',
  'Orchard',
];
const PLACES = ['Seoul', 'Busan', 'Incheon', 'Jeju', 'Daegu', 'Itaewon', 'Jongno', 'Mapo', 'Gangneung', 'Paris'];

export function workTitle(prng: Prng): string {
  const adjective = prng.pick(ADJECTIVES);
  const noun = prng.pick(NOUNS);
  switch (prng.int(0, 3)) {
    case 0:
      return `${adjective} ${noun}`;
    case 1:
      return `The ${adjective} ${noun} of ${prng.pick(PLACES)}`;
    case 2:
      return `${noun} in ${prng.pick(PLACES)}`;
    default:
      return `A ${adjective} ${noun}`;
  }
}

export function placeName(prng: Prng): string {
  return `${prng.pick(PLACES)} ${prng.pick(NOUNS)}`;
}
