import { expect, test } from 'vitest';
import { staleFiles, splice, RULES_START, RULES_END } from '../analyzer/gen.js';

test('the generated JSON Schemas and README rule reference are up to date (run npm run gen)', () => {
  expect(staleFiles()).toEqual([]);
});

test('the rule reference replaces only what is between its markers', () => {
  const readme = `# T\n\n${RULES_START}\nold\n${RULES_END}\n\nafter\n`;
  expect(splice(readme, 'new\n')).toBe(`# T\n\n${RULES_START}\n\nnew\n\n${RULES_END}\n\nafter\n`);
  expect(() => splice('# no markers', 'x')).toThrow(/must contain the markers/);
});
