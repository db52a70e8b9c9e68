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
    { name: 'prints a later failure relies on: self.fail("see print above"), pytest.fail in the same block, a message pointing at the output', code: py`
        import pytest, unittest

        class TestLeaks(unittest.TestCase):
            def test_no_leaks(self):
                leaks = find_leaks()
                if leaks:
                    for leak in leaks:
                        print(leak)
                    self.fail("leaks found, see print above")

            def test_diff(self):
                diff = compare(a(), b())
                print(diff)
                self.assertFalse(diff, "see output above")

        def test_roundtrip(data):
            out = roundtrip(data)
            if out != data:
                print(out)
                pytest.fail("round trip changed the data")
      ` },
    { name: 'an if that only prints, right before the assertion that fails in that case', code: py`
        import unittest

        class TestRollover(unittest.TestCase):
            def test_weekly(self):
                actual = compute_rollover(today)
                if actual != expected:
                    print("failed in timezone: %d" % tz)
                    print("local vars: %s" % locals())
                self.assertEqual(actual, expected)

            def test_upgrade(self):
                fn = env_file()
                if not os.path.exists(fn):
                    # diagnostics for buildbot failures
                    bd = bin_dir()
                    print("Contents of %r:" % bd)
                    print("    %r" % os.listdir(bd))
                self.assertTrue(os.path.exists(fn), "File %r should exist." % fn)
      ` },
    { name: 'a print alone in a try: its argument is the expression expected to raise', code: py`
        def test_comprehension_scope():
            try:
                print(bad)
            except NameError:
                pass
      ` },
    { name: 'print writes into the file fileinput edits in place', code: py`
        import fileinput, unittest

        class TestInplace(unittest.TestCase):
            def test_inplace(self):
                with fileinput.input(path, inplace=True) as fi:
                    line = fi.readline()
                    print("Modified %s" % line)
                self.assertEqual(read(path), "Modified x")
      ` },
    { name: 'a test of capturing that reads back what it printed', code: py`
        class TestStdCapture:
            def test_unicode(self):
                with self.getcapture() as cap:
                    print("hx")
                    out, _err = cap.readouterr()
                assert out == "hx\n"
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
