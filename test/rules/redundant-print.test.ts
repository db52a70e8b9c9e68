import rule from '../../analyzer/rules/redundant-print.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'verbose-only output, failure diagnostics before re-raising, the expression expected to raise', code: py`
        import unittest
        from test import support

        class TestSort(unittest.TestCase):
            def test_stress(self):
                if support.verbose:
                    print("checking against an insane comparison function")
                try:
                    d = obj.flush()
                except:
                    print("Error for flush mode={}".format(mode))
                    raise
                with self.assertRaises(UnboundLocalError):
                    print(a)
                self.assertTrue(d)
      ` },
    { name: 'tests of output: capsys, captured stdout, print to a file', code: py`
        import io, unittest
        from test.support import captured_stdout

        def test_greet(capsys):
            print("hi")
            assert capsys.readouterr().out == "hi\\n"

        def test_to_file():
            buf = io.StringIO()
            print("x", file=buf)
            assert buf.getvalue() == "x\\n"

        class TestPrint(unittest.TestCase):
            def test_captured(self):
                with captured_stdout() as out:
                    print("x")
                self.assertEqual(out.getvalue(), "x\\n")
      ` },
    { name: 'print outside tests and in nested helpers', code: py`
        def show(x):
            print(x)

        def test_x():
            def debug(v):
                print(v)
            assert run(debug)
      ` },
  ],
  invalid: [
    { name: 'pytest debug print', code: py`
        def test_total(cart):
            print(cart.total())
            assert cart.total() == 30
      `, errors: [{ line: 2, column: 5, message: '`print()` in test `test_total`: its output is captured and never read; assert on the value or log it.' }] },
    { name: 'unittest prints', code: py`
        import unittest

        class TestCart(unittest.TestCase):
            def test_total(self):
                total = Cart().total()
                print("total", total)
                print()
                self.assertEqual(total, 0)
      `, errors: [
        { line: 6, message: '`print()` in test `TestCart::test_total`: its output is captured and never read; assert on the value or log it.' },
        { line: 7, message: '`print()` in test `TestCart::test_total`: its output is captured and never read; assert on the value or log it.' },
      ] },
  ],
});
