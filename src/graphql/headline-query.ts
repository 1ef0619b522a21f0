/** The question Sandbox opens with: one character across the novel, the film and the series. */
export const HEADLINE_QUERY = `# Who played Go Young across the adaptations?
# Try also: "Jae-hee", "Young", "Heung-soo", "Mi-ae".
query Portrayals($character: String! = "Go Young") {
  portrayals(character: $character) {
    actor { name nativeName }
    character { name work { title kind year } }
    work { kind }
    episodes
    sources { title url }
  }
  character(name: $character) {
    name
    work { title kind }
    counterparts { name work { kind } }
  }
}
`;
