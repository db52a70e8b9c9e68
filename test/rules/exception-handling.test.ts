import rule from '../../analyzer/rules/exception-handling.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a handler that reads the exception in flight runs the code under test; an optional import that sets a flag', code: py`
        import sys, traceback

        def test_formats_current_exception(formatter):
            try:
                parse_config("[broken")
            except ValueError:
                info = ExceptionInfo.from_current()
            assert formatter.render(info).endswith("ValueError")

        def test_traceback_text():
            try:
                load("missing")
            except KeyError:
                text = traceback.format_exc()
            assert "KeyError" in text

        def test_resource_warning():
            try:
                import tracemalloc
                has_tracemalloc = True
            except ImportError:
                has_tracemalloc = False
            assert run(has_tracemalloc)
      ` },
    { name: 'tolerance handlers: a fallback value for setup, a reset that may have nothing to reset', code: py`
        import socket, sys, unittest

        class TestServices(unittest.TestCase):
            def test_lookup(self):
                try:
                    port = socket.getservbyname("http", "tcp")
                except OSError:
                    port = None
                try:
                    del sys.last_value
                except AttributeError:
                    pass
                self.assertEqual(lookup("http"), port)
      ` },
    { name: 'the try statement is the subject: a raising body manufactures the exception, nested try, except*', code: py`
        def test_log_exception(logger):
            try:
                1 / 0
            except ZeroDivisionError as e:
                exc = e
            logger.exception("boom", exc_info=exc)
            assert logger.records

        def test_except_star_reraise():
            try:
                try:
                    raise ExceptionGroup("eg", [TypeError(1)])
                except* TypeError:
                    raise
            except ExceptionGroup as eg:
                caught = eg
            assert caught.exceptions
      ` },
    { name: 'pytest.raises and assertRaises', code: py`
        import pytest, unittest
        def test_negative(account):
            with pytest.raises(ValueError, match="positive"):
                account.deposit(-5)

        class TestAccount(unittest.TestCase):
            def test_negative(self):
                with self.assertRaises(ValueError):
                    Account().deposit(-5)
      ` },
    { name: 'optional imports, best-effort cleanup, handlers that fail the test or skip after re-raising', code: py`
        import errno, os, unittest
        class TestY(unittest.TestCase):
            def test_b(self):
                try:
                    from array import array
                except ImportError:
                    array = None
                try:
                    os.unlink(TESTFN)
                except OSError:
                    pass
                try:
                    extract_all(archive)
                except OSError:
                    self.fail("extractall failed with symlinked files")
                try:
                    n = os.splice(src, dst, 5)
                except OSError as e:
                    if e.errno != errno.ENOSYS:
                        raise
                    self.skipTest(e)
                try:
                    use(f)
                finally:
                    try:
                        f.close()
                    except Exception:
                        log("could not close")
      ` },
    { name: 'try/finally, skip-only handlers, re-raising handlers, manufactured exceptions', code: py`
        import unittest
        class TestX(unittest.TestCase):
            def test_a(self):
                try:
                    import zlib
                except ImportError:
                    self.skipTest("needs zlib")
                f = open_it()
                try:
                    self.assertTrue(f.read())
                finally:
                    f.close()
                try:
                    run()
                except Exception:
                    dump_state()
                    raise
                try:
                    raise KeyError("k")
                except KeyError as e:
                    exc = e
                self.assertIs(format_exc(exc), exc)
      ` },
    { name: 'raise inside a with block is the input of the context manager', code: py`
        import contextlib
        def test_suppress():
            with contextlib.suppress(KeyError):
                raise KeyError("k")
            if broken():
                raise AssertionError("suppress let KeyError through")
      ` },
    { name: 'try/except in a helper, not a test', code: py`
        def helper():
            try:
                run()
            except OSError:
                pass
      ` },
  ],
  invalid: [
    { name: 'a handler that records the error is an exception check by hand, not a fallback', code: py`
        def test_rejects_negative(account):
            try:
                balance = account.deposit(-5)
            except ValueError:
                rejected = True
            assert rejected
      `, errors: [{ line: 2, message: /catches `ValueError` by hand/ }] },
    { name: 'pytest try/except pass', code: py`
        def test_rejects_negative_amount(account):
            try:
                account.deposit(-5)
            except ValueError:
                pass
      `, errors: [{ line: 2, column: 5, message: 'Test `test_rejects_negative_amount` catches `ValueError` by hand; expect the exception with `pytest.raises` instead.' }] },
    { name: 'unittest try/except/else fail, and a raise of its own', code: py`
        import unittest
        class TestParse(unittest.TestCase):
            def test_bad(self):
                try:
                    parse("x")
                except (ValueError, TypeError) as e:
                    self.assertIn("x", str(e))
                else:
                    self.fail("no error")
            def test_raise(self):
                if not ready():
                    raise RuntimeError("not ready")
      `, errors: [
        { line: 4, message: 'Test `TestParse::test_bad` catches `(ValueError, TypeError)` by hand; expect the exception with `self.assertRaises` instead.' },
        { line: 12, column: 13, message: 'Test `TestParse::test_raise` raises `RuntimeError` itself; fail with an assertion, or expect exceptions with `self.assertRaises`.' },
      ] },
    { name: 'a handler that only filters the errno expects that error by hand', code: py`
        import errno
        def test_fadvise_errno():
            try:
                fadvise(-42)
            except OSError as e:
                if e.errno != errno.EBADF:
                    raise
      `, errors: [{ line: 3, message: 'Test `test_fadvise_errno` catches `OSError` by hand; expect the exception with `pytest.raises` instead.' }] },
    { name: 'bare except', code: py`
        def test_x():
            try:
                run()
            except:
                pass
      `, errors: [{ line: 2, message: 'Test `test_x` catches everything by hand; expect the exception with `pytest.raises` instead.' }] },
  ],
});
