import rule from '../../analyzer/rules/ignored-test.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'the client half of a threaded test, next to the test it belongs to', code: py`
        import unittest

        class TestPeek(unittest.TestCase):
            def testPeek(self):
                data = self.serv.recv(4)
                self.assertEqual(data, b"spam")

            def _testPeek(self):
                self.cli.sendto(b"spam", 0, ADDR)
      ` },
    { name: 'skips with reasons, conditional skips', code: py`
        import sys, pytest, unittest

        @pytest.mark.skip(reason="CSV export is disabled until #812 lands")
        def test_export(report):
            assert report.to_csv()

        @pytest.mark.skipif(sys.platform == "win32", reason="posix only")
        def test_fork():
            assert fork()

        def test_network():
            if not online():
                pytest.skip("offline")
            assert fetch()

        class TestX(unittest.TestCase):
            @unittest.skip("flaky until #99")
            def test_a(self):
                self.assertTrue(run())

            def test_b(self):
                mod = pytest.importorskip("numpy")
                self.assertTrue(mod)
      ` },
    { name: 'underscore helpers that are called, or take arguments, are not disabled tests', code: py`
        import unittest
        class TestCodec(unittest.TestCase):
            def _test_roundtrip(self, data):
                self.assertEqual(decode(encode(data)), data)

            def _test_defaults(self):
                self.assertTrue(defaults())

            def test_roundtrip(self):
                self._test_roundtrip(b"x")
                self._test_defaults()
      ` },
    { name: 'a leading skip that gives its reason says why (raise SkipTest, skipTest, pytest.skip)', code: py`
        import unittest, pytest

        class TestProactor(unittest.TestCase):
            def test_add_reader(self):
                raise unittest.SkipTest("IocpEventLoop does not have add_reader()")

            def test_free_after_iterating(self):
                self.skipTest("exhausted iterators keep the deque alive")

        def test_later():
            pytest.skip(reason="needs the v2 API")
      ` },
    { name: 'client halves of tests bound by assignment (test_socket style)', code: py`
        import unittest

        class TestConnection(ThreadedTCPTest):
            testFamily = _justAccept
            def _testFamily(self):
                self.cli = connect(self.port)

            testShutdown_overflow = cpython_only(testShutdown)
            def _testShutdown_overflow(self):
                self.cli.send(b"x")
      ` },
  ],
  invalid: [
    { name: 'pytest skip marks without reason, bare and empty', code: py`
        import pytest

        @pytest.mark.skip
        def test_export_to_csv(report):
            assert report.to_csv()

        @pytest.mark.skip(reason="")
        def test_export_to_xml(report):
            assert report.to_xml()
      `, errors: [
        { line: 3, column: 2, message: '`@pytest.mark.skip` without a reason on test `test_export_to_csv`: the report shows it skipped but not why or until when.' },
        { line: 7, message: '`@pytest.mark.skip` without a reason on test `test_export_to_xml`: the report shows it skipped but not why or until when.' },
      ] },
    { name: 'unittest: bare skip on a class, skipTest first, renamed test', code: py`
        import unittest

        @unittest.skip
        class TestOld(unittest.TestCase):
            def test_a(self):
                self.assertTrue(run())

        class TestNew(unittest.TestCase):
            def test_b(self):
                """Broken on CI."""
                self.skipTest("")
                self.assertTrue(run())

            def disabled_test_c(self):
                self.assertTrue(run())
      `, errors: [
        { line: 3, message: '`@unittest.skip` without a reason on test class `TestOld`: the report shows it skipped but not why or until when.' },
        { line: 11, message: 'Test `TestNew::test_b` skips itself unconditionally as its first statement: it never runs, and is not shown as skipped until run; put the skip on a decorator with a reason, or delete the test.' },
        { line: 14, message: '`disabled_test_c` in `TestNew` looks like a test disabled by renaming: pytest does not collect it and no report lists it; skip it with a reason, or delete it.' },
      ] },
    { name: 'pytest.skip first and a renamed module-level test', code: py`
        import pytest

        def test_later():
            pytest.skip()

        def _test_login():
            assert login()
      `, errors: [
        { line: 4, message: /^Test `test_later` skips itself unconditionally/ },
        { line: 6, message: '`_test_login` in this module looks like a test disabled by renaming: pytest does not collect it and no report lists it; skip it with a reason, or delete it.' },
      ] },
  ],
});
