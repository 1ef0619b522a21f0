/** Quoted input longer than this is cut: an error names the value, it does not hand it back. */
const QUOTE_KEEP = 40;
/** The longest message a client is sent, whatever it quotes. */
const MESSAGE_MAX = 1_000;

/** Every quoted string, left to right, so that quotes pair up as they were written. */
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;
/** graphql-js ends validation and coercion messages with its guesses, which spell out the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * A client-facing message with every quoted input bounded (graphql-js quotes a bad variable
 * whole, so a 90 kB value came back twice in a 182 kB error) and, in production, without
 * suggestions of any kind (fields, arguments, enum values, types).
 */
export function tidyErrorMessage(message: string, options: { hideSuggestions: boolean }): string {
  let text = message.replace(QUOTED, (quoted, inner: string) =>
    inner.length > QUOTE_KEEP ? `"${inner.slice(0, QUOTE_KEEP)}…" (${inner.length} characters)` : quoted,
  );
  if (options.hideSuggestions) text = text.replace(SUGGESTION, '');
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX)}…` : text;
}
