import { tidyErrorMessage } from '../../src/tidy-error-message';

const long = 'love-in-the-big-city-series-and-then-some-more';

test('long quoted values are cut to 40 characters with their length, short ones and the text around them kept', () => {
  expect(
    tidyErrorMessage(`Argument "input.b": must differ ("love-in-the-big-city-film" and "${long}")`, {
      hideSuggestions: false,
    }),
  ).toBe(`Argument "input.b": must differ ("love-in-the-big-city-film" and "${long.slice(0, 40)}…" (46 characters))`);
});

test('suggestions go only when asked', () => {
  const message = 'Value "FLIM" does not exist in "WorkKind" enum. Did you mean the enum value "FILM"?';
  expect([
    tidyErrorMessage(message, { hideSuggestions: true }),
    tidyErrorMessage(message, { hideSuggestions: false }),
  ]).toEqual(['Value "FLIM" does not exist in "WorkKind" enum.', message]);
});

test('no message is longer than 1,000 characters', () => {
  expect(tidyErrorMessage('x'.repeat(5_000), { hideSuggestions: true })).toBe(`${'x'.repeat(1_000)}…`);
});
