import { describe, expect, test } from 'vitest';
import rule, { hasField } from '../../analyzer/rules/module-docstring.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

const BVJ = { requiredSections: [{ title: 'Business Value Justification', fields: ['Segment', 'Business Goal', 'Value Impact', 'Strategic Impact'] }] };

ruleTester(rule, {
  valid: [
    { name: 'a docstring is enough by default', code: py`
        """Orders are saved."""
        def test_x(): pass
      ` },
    { name: 'BVJ with list markers and emphasis', options: BVJ, code: py`
        """Token refresh.

        Business Value Justification (BVJ):
        - **Segment**: All
        * Business Goal: Retention
        1. **Value Impact:** no forced re-login
        Strategic Impact : core flow
        """
      ` },
    { name: 'conftest.py is not a test module', path: 'tests/unit/conftest.py', code: 'import pytest\n' },
  ],
  invalid: [
    { name: 'no docstring', code: 'import pytest\n', errors: [{ line: 1, message: 'The module has no docstring.' }] },
    { name: 'no docstring names the required section', options: BVJ, code: '# comment\nimport pytest\n', errors: [{ line: 1, message: 'The module has no docstring (required: Business Value Justification).' }] },
    { name: 'a comment or string later is not a docstring', code: 'import os\n"""Not a docstring."""\n', errors: [{ line: 1, message: 'The module has no docstring.' }] },
    { name: 'section missing', options: BVJ, code: '\n"""Orders."""\n', errors: [{ line: 2, message: 'The module docstring has no "Business Value Justification" section.' }] },
    { name: 'fields missing', options: BVJ, code: py`
        """Orders.

        Business value justification:
        - Segment: Mid
        - Value impact mentioned in prose without a colon
        """
      `, errors: [{ line: 1, message: 'The "Business Value Justification" section lacks the fields "Business Goal:", "Value Impact:", "Strategic Impact:".' }] },
  ],
});

describe('hasField', () => {
  test('needs the name at the start of a line followed by a colon', () => {
    expect(hasField('Segment: all', 'Segment')).toBe(true);
    expect(hasField('The Segment: all', 'Segment')).toBe(false);
    expect(hasField('  - __Segment__: all', 'Segment')).toBe(true);
    expect(hasField('Segments: all', 'Segment')).toBe(false);
  });
});
