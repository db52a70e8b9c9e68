import rule from '../../analyzer/rules/unknown-test.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'pytester output checks on any receiver and chained: fnmatch_lines, no_fnmatch_line, re_match_lines, assert_outcomes', code: py`
        def test_header(pytester):
            result = pytester.runpytest("-v")
            result.stdout.fnmatch_lines(["*rootdir*"])

        def test_no_traceback(pytester):
            pytester.runpytest().stderr.no_fnmatch_line("*Traceback*")

        def test_regex(pytester):
            res = pytester.runpytest()
            res.stdout.re_match_lines([r"\d+ passed"])
            res.stdout.no_re_match_line("error")

        def test_chained(pytester):
            pytester.makepyfile("def test_a(): pass")
            pytester.runpytest().assert_outcomes(passed=1)

        def test_line_matcher():
            LineMatcher(["a", "b"]).fnmatch_lines_random(["b", "a"])

        def _common(pytester, chain):
            result = pytester.runpytest()
            result.stdout.re_match_lines([chain])

        def test_native(pytester):
            _common(pytester, "from")

        def test_alias_conflict(pytester):
            pytester.makeconftest(
                '''
                def pytest_addoption(parser):
                    try:
                        parser.addini("new", "x", aliases=["old"])
                    except ValueError as e:
                        assert "conflicts" in str(e)
                '''
            )
            pytester.parseconfig()
      ` },
    { name: 'a helper of the file that raises a failure exception (test.support.TestFailed)', code: py`
        import unittest

        def tester(expr, want):
            got = eval(expr)
            if got != want:
                raise TestFailed("%s should return %s" % (expr, want))

        class TestPath(unittest.TestCase):
            def test_realpath_curdir(self):
                tester("realpath('.')", cwd())
      ` },
    { name: 'a method of the class that asserts, handed on as a callback', code: py`
        import unittest

        class PositionTest(unittest.TestCase):
            def on_start(self, name, attrs):
                self.assertEqual(self.parser.CurrentLineNumber, 1)

            def test_positions(self):
                self.parser = make_parser()
                self.parser.StartElementHandler = self.on_start
                self.parser.Parse(b"<a/>", True)
      ` },
    { name: 'an assertion method under a local alias, and a decorator of the file that checks the case', code: py`
        import unittest

        def jump_test(jump_from, jump_to, expected):
            def decorator(func):
                def test(self):
                    self.run_test(func, jump_from, jump_to, expected)
                return test
            return decorator

        class TestJumps(unittest.TestCase):
            def run_test(self, func, jump_from, jump_to, expected):
                self.assertEqual(trace(func, jump_from, jump_to), expected)

            def test_get_all(self):
                eq = self.assertEqual
                msg = load("msg_20.txt")
                eq(msg.get_all("cc"), ["ccc@zzz.org"])

            @jump_test(1, 3, [3])
            def test_jump_simple_forwards(output):
                output.append(1)
                output.append(2)
                output.append(3)
      ` },
    { name: 'a test that runs another test as its template', code: py`
        import unittest

        class TestShelf(unittest.TestCase):
            def test_open_template(self, protocol=None):
                s = shelve.open(self.fn, protocol=protocol)
                s["key1"] = (1, 2, 3, 4)
                self.assertEqual(s["key1"], (1, 2, 3, 4))

            def test_ascii_file_shelf(self):
                self.test_open_template(protocol=0)
      ` },
    { name: 'every kind of assertion', code: py`
        import pytest, unittest

        def test_assert(x):
            assert x

        def test_raises():
            with pytest.raises(ValueError):
                parse("")

        def test_mock(sender):
            notify(sender)
            sender.assert_called_once_with("ann")

        def test_in_callback(bus):
            def on_event(e):
                assert e.ok
            bus.run(on_event)

        class TestX(unittest.TestCase):
            def test_a(self):
                self.assertEqual(run(), 1)

            def test_fail(self):
                if not run():
                    self.fail("no result")

            def test_raise_failure(self):
                if not run():
                    raise AssertionError("no result")
      ` },
    { name: 'helpers in the file that assert, transitively; conventional helper names; helpers given self', code: py`
        import unittest

        def check_roundtrip(data):
            assert decode(encode(data)) == data

        def roundtrip_all(items):
            for item in items:
                check_roundtrip(item)

        def test_roundtrip():
            roundtrip_all([b"a", b"b"])

        def test_imported_helper(client):
            verify_response(client.get("/"))

        class TestCodec(unittest.TestCase):
            def _roundtrip(self, data):
                self.assertEqual(decode(encode(data)), data)

            def test_bytes(self):
                self._roundtrip(b"x")

            def test_support(self):
                run_checks(self, "utf-8")
      ` },
    { name: 'configured assertion helpers', assertionHelpers: ['response_ok'], code: py`
        def test_ok(api):
            response_ok(api.get("/"))
      ` },
    { name: 'inherited helpers from a base outside the file', code: py`
        from .base import CodecTests
        import unittest

        class TestUtf8(CodecTests, unittest.TestCase):
            def test_roundtrip(self):
                self.roundtrip("é")
      ` },
    { name: 'empty tests and skipped-first tests are left to other rules', code: py`
        import pytest
        def test_todo():
            pass

        def test_later():
            pytest.skip("later")
            run()
      ` },
  ],
  invalid: [
    { name: 'pytest smoke test', code: py`
        def test_export(report):
            report.export("out.csv")
      `, errors: [{ line: 1, column: 5, message: 'Test `test_export` asserts nothing: it passes whenever the code does not raise; assert on the outcome.' }] },
    { name: 'unittest: a local helper that does not assert, and a TestCase-only class', code: py`
        import unittest

        def make(data):
            return encode(data)

        class TestCodec(unittest.TestCase):
            def setUp(self):
                self.codec = Codec()

            def test_encode(self):
                make(b"x")
                self.codec.reset()

            def test_missing_method(self):
                self.roundtrip(b"x")
      `, errors: [
        { line: 10, message: 'Test `TestCodec::test_encode` asserts nothing: it passes whenever the code does not raise; assert on the outcome.' },
        { line: 14, message: 'Test `TestCodec::test_missing_method` asserts nothing: it passes whenever the code does not raise; assert on the outcome.' },
      ] },
  ],
});
