import rule from '../../analyzer/rules/conditional-test-logic.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'fixed data fed through a loop that neither checks nor branches', code: py`
        def test_sequence_numbers_increase(manager, send):
            for event_type in ["agent_started", "agent_thinking", "agent_completed"]:
                manager.emit(event_type, run_id="run-1")
            for _ in range(3):
                manager.tick()
            sequences = [c.args[1]["sequence"] for c in send.call_args_list]
            assert sequences == sorted(sequences)
      ` },
    { name: 'straight-line test', code: py`
        def test_price(catalog):
            item = catalog.get("A1")
            assert item.price < item.list_price
      ` },
    { name: 'subTest loop and skip guard in unittest', code: py`
        import sys, unittest
        class TestPrices(unittest.TestCase):
            def test_each(self):
                if sys.platform == "win32":
                    self.skipTest("no fork")
                for sku in ("A1", "B2"):
                    with self.subTest(sku=sku):
                        self.assertTrue(price(sku))
      ` },
    { name: 'a loop that runs subTest after other statements, and a nested loop inside one', code: py`
        import unittest
        class TestCodecs(unittest.TestCase):
            def test_each(self):
                for name in codecs():
                    data = encode(name)
                    with self.subTest(name=name):
                        self.assertEqual(decode(data), "x")
                for a in range(3):
                    for b in range(3):
                        with self.subTest(a=a, b=b):
                            self.assertTrue(ok(a, b))
      ` },
    { name: 'if x: self.fail(…) is a hand-written assertion, not a second path', code: py`
        import unittest
        class TestDoc(unittest.TestCase):
            def test_doctests(self):
                failed, tried = run_doctests()
                if failed:
                    self.fail("%d doctests failed" % failed)
                if tried != 19:
                    msg = "expected 19, not %d" % tried
                    self.fail(msg)
      ` },
    { name: 'an if in a handler whose branches skip or re-raise', code: py`
        import unittest
        class TestPosix(unittest.TestCase):
            def test_flags(self):
                try:
                    self.assertEqual(preadv(3), 10)
                except OSError as e:
                    if e.errno == EINVAL:
                        raise unittest.SkipTest("not supported")
                    else:
                        raise
      ` },
    { name: 'match and if on a constant: the same branch every run', code: py`
        def test_patma_or_pattern():
            x = 2
            match x:
                case 0 | 2:
                    y = 0
            assert y == 0

        def test_literal():
            match (1, 2):
                case (1, y):
                    assert y == 2
            if 0:
                helper()
      ` },
    { name: 'pytest skip guard', code: py`
        import pytest
        def test_fork(tmp_path):
            if not HAVE_FORK:
                pytest.skip("no fork")
            assert fork(tmp_path)
      ` },
    { name: 'a comprehension filter is not a branch by default', code: py`
        def test_tools(events):
            started = [e.tool for e in events if e.type == "tool_executing"]
            assert started == ["search"]
      ` },
    { name: 'logic in a nested helper or outside tests', code: py`
        def helper(items):
            return [i for i in items if i]

        def test_helper():
            def pick(xs):
                for x in xs:
                    if x:
                        return x
            assert pick([0, 1]) == 1
      ` },
  ],
  invalid: [
    { name: 'a literal loop that asserts, and a loop over computed data', code: py`
        def test_delimiters(lexer, items):
            for delimiter in (";", ";;"):
                assert lexer.split("a" + delimiter) == ["a", delimiter]
            for item in items:
                item.save()
      `, errors: [{ line: 2, column: 5, message: 'Test \`test_delimiters\` has conditional logic (\`for\` at line 2, \`for\` at line 4): some of its checks may never run; parametrise or split it.' }] },
    { name: 'loop with a branch in a pytest test', code: py`
        def test_prices(catalog):
            for item in catalog.items():
                if item.on_sale:
                    assert item.price < item.list_price
      `, errors: [{ line: 2, column: 5, message: 'Test `test_prices` has conditional logic (`for` at line 2, `if` at line 3): some of its checks may never run; parametrise or split it.' }] },
    { name: 'while and comprehension if in a unittest test', options: { comprehensionConditions: true }, code: py`
        import unittest
        class TestQueue(unittest.TestCase):
            def test_drain(self):
                names = [n for n in listing() if n.endswith(".py")]
                while q.pending():
                    q.step()
                self.assertEqual(names, [])
      `, errors: [{ line: 4, message: 'Test `TestQueue::test_drain` has conditional logic (comprehension `if` at line 4, `while` at line 5): some of its checks may never run; parametrise or split it.' }] },
    { name: 'an if with an else is a second path, even when one branch skips', code: py`
        import pytest
        def test_mode(cfg):
            if cfg.fast:
                pytest.skip("slow only")
            else:
                assert cfg.run()
      `, errors: [{ line: 3, message: /`if` at line 3/ }] },
    { name: 'match on a name bound twice is a real branch; an if that fails on one side only', code: py`
        def test_match(make):
            x = 2
            x = make()
            match x:
                case 2:
                    assert True
        def test_if(v):
            if v:
                pytest.fail("bad")
            else:
                assert v.run()
      `, errors: [{ line: 4, message: /`match` at line 4/ }, { line: 8, message: /`if` at line 8/ }] },
  ],
});
