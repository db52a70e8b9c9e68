import rule from '../../analyzer/rules/duplicate-assert.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'assertions that differ only in whitespace inside a string literal', code: py`
        import unittest

        class TestFString(unittest.TestCase):
            def test_leading_spaces(self):
                self.assertEqual(f'{ 3}', '3')
                self.assertEqual(f'{  3}', '3')
                assert "a  b" != x
                assert "a b" != x
      ` },
    { name: 'deliberate re-reads: a test of caching, or a repeat a comment announces', code: py`
        import unittest

        def test_cached_property():
            c = Config()
            assert c.value == 1
            assert c.value == 1

        def test_hash_differs():
            a, b = Point(1, 2), Point(1, 1)
            assert hash(a) != hash(b)
            # once more, to take the pre-cached path through __hash__
            assert hash(a) != hash(b)

        class TestABC(unittest.TestCase):
            def test_iterable(self):
                # The second check takes the cached path: call it a few times.
                self.assertIsInstance([], Iterable)
                self.assertIsInstance([], Iterable)
      ` },
    { name: 'different assertions', code: py`
        def test_user(user):
            assert user.name == "ann"
            assert user.email == "ann@example.com"
      ` },
    { name: 'the same check after a statement that may change the state', code: py`
        import unittest
        class TestQueue(unittest.TestCase):
            def test_size(self):
                self.assertEqual(q.qsize(), 0)
                q.put(1)
                q.get()
                self.assertEqual(q.qsize(), 0)
      ` },
    { name: 'assertions that call something stateful are two checks', code: py`
        def test_iter():
            it = iter([1, 1])
            assert next(it) == 1
            assert next(it) == 1
      ` },
    { name: 'assertRaises blocks are not value assertions', code: py`
        import unittest
        class T(unittest.TestCase):
            def test_errors(self):
                with self.assertRaises(ValueError):
                    parse("")
                with self.assertRaises(ValueError):
                    parse(" ")
      ` },
    { name: 'repeats in different tests, or inside a nested helper', code: py`
        def test_a(x):
            assert x == 1

        def test_b(x):
            assert x == 1
            def check():
                assert x == 1
                assert x == 1
      ` },
  ],
  invalid: [
    { name: 'pytest copy-paste', code: py`
        def test_user(user):
            assert user.name == "ann"
            assert user.email == "ann@example.com"
            # the name again
            assert user.name  ==  "ann"
      `, errors: [{ line: 5, column: 5, message: 'This assertion repeats line 2 with nothing in between that could change its outcome; delete it or assert what was meant.' }] },
    { name: 'unittest copy-paste with pure builtins', code: py`
        import unittest
        class TestList(unittest.TestCase):
            def test_len(self):
                items = make()
                self.assertEqual(len(items), 2)
                self.assertIsInstance(items, list)
                self.assertEqual(len(items), 2)
      `, errors: [{ line: 7, message: 'This assertion repeats line 5 with nothing in between that could change its outcome; delete it or assert what was meant.' }] },
  ],
});
