import rule from '../../analyzer/rules/absolute-imports.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'absolute imports', code: py`
        import os
        from myproject.auth import tokens
        from __future__ import annotations
      ` },
  ],
  invalid: [
    { name: 'every relative import, nested ones too', code: py`
        from . import helpers
        from ..fixtures.users import make_user, make_admin as admin

        def test_x():
            from .data import rows
            assert rows
      `, errors: [
        { line: 1, column: 1, message: 'Relative import `from . import helpers`; use the absolute module path.' },
        { line: 2, message: 'Relative import `from ..fixtures.users import make_user, make_admin`; use the absolute module path.' },
        { line: 5, column: 5, message: 'Relative import `from .data import rows`; use the absolute module path.', test: 'test_x' },
      ] },
  ],
});
