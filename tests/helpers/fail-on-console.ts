/** Output from code under test is either a bug or noise: a test that writes to the console fails. */
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${method} was called during a test: ${args.map(String).join(' ').slice(0, 300)}`);
  });
}
