import rule from '../../analyzer/rules/no-os-environ.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'monkeypatch', code: py`
        def test_debug(monkeypatch):
            monkeypatch.setenv("DEBUG", "1")
      ` },
    { name: 'an unrelated attribute named environ', code: py`
        def test_x(self):
            assert self.environ == {}
      ` },
    { name: 'os imported under another name, os.environ unbound', code: py`
        import os as _os
        def test_x():
            assert _os.path.exists(".")
      ` },
  ],
  invalid: [
    { name: 'reads, writes, getenv and from-imports', options: { accessor: '`get_env()`' }, code: py`
        import os
        from os import environ

        def test_x():
            os.environ["A"] = "1"
            assert os.environ.get("B") is None
            assert os.getenv("C") is None
      `, errors: [
        { line: 2, message: 'Uses `from os import environ` directly; use `get_env()` instead.' },
        { line: 5, message: 'Uses `os.environ` directly; use `get_env()` instead.' },
        { line: 6, message: 'Uses `os.environ` directly; use `get_env()` instead.' },
        { line: 7, message: 'Uses `os.getenv()` directly; use `get_env()` instead.' },
      ] },
  ],
});
