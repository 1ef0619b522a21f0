import { authenticate, signJwt } from '../../src/auth/authenticate';
import type { AuthConfig } from '../../src/config';

const SECRET = 'a-unit-test-secret-of-32-characters!';
const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const s = Math.floor(NOW / 1000);
const config: AuthConfig = {
  apiKeys: [{ name: 'alice', role: 'curator', key: 'alice-key-0123456789' }],
  jwtSecret: SECRET,
  jwtMaxLifetimeSeconds: 86_400,
};
const asJwt = (claims: Record<string, unknown>) => authenticate(`Bearer ${signJwt(claims, SECRET)}`, config, NOW);
const valid = { sub: 'alice', role: 'curator', iat: s - 60, exp: s + 600 };

describe('bearer tokens', () => {
  test('an API key and a JWT with the same name are told apart by how they authenticated', () => {
    expect([authenticate('Bearer alice-key-0123456789', config, NOW), asJwt(valid)]).toEqual([
      { kind: 'user', name: 'key:alice', role: 'curator' },
      { kind: 'user', name: 'jwt:alice', role: 'curator' },
    ]);
  });

  test.each([
    ['without exp', { sub: 'alice', role: 'curator' }, 'the JWT must have a numeric exp claim'],
    ['with a non-numeric exp', { ...valid, exp: 'tomorrow' }, 'the JWT must have a numeric exp claim'],
    ['that has expired', { ...valid, exp: s - 1 }, 'the JWT has expired'],
    ['that lives longer than 24 h', { ...valid, exp: s + 86_400 + 120 }, 'the JWT lives longer than 86400 s'],
    ['issued for longer than 24 h', { ...valid, iat: s - 86_400, exp: s + 60 }, 'the JWT lives longer than 86400 s'],
    ['issued in the future', { ...valid, iat: s + 3_600 }, 'the JWT was issued in the future'],
    ['with a non-numeric iat', { ...valid, iat: 'now' }, 'the JWT iat claim must be a number'],
    ['not valid yet', { ...valid, nbf: s + 3_600 }, 'the JWT is not valid yet'],
    ['with a non-numeric nbf', { ...valid, nbf: 'later' }, 'the JWT nbf claim must be a number'],
    ['without sub', { role: 'curator', exp: s + 600 }, 'the JWT sub claim must be 1–128 letters, digits or ._@+|:-'],
    [
      'with a 5 kB sub',
      { ...valid, sub: 'a'.repeat(5_000) },
      'the JWT sub claim must be 1–128 letters, digits or ._@+|:-',
    ],
    [
      'with HTML in sub',
      { ...valid, sub: '<img src=x onerror=alert(1)>' },
      'the JWT sub claim must be 1–128 letters, digits or ._@+|:-',
    ],
    ['with a non-string sub', { ...valid, sub: 42 }, 'the JWT sub claim must be 1–128 letters, digits or ._@+|:-'],
  ])('a JWT %s is refused', (_, claims, reason) => {
    expect(asJwt(claims)).toEqual({ kind: 'invalid', reason });
  });

  test('a few seconds of clock skew are tolerated for iat and nbf', () => {
    expect(asJwt({ ...valid, iat: s + 20, nbf: s + 20 })).toEqual({ kind: 'user', name: 'jwt:alice', role: 'curator' });
  });
});
