import rule from '../../analyzer/rules/magic-number-test.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'named numbers, 0/1/-1, numbers inside calls, subscripts and keywords', code: py`
        import unittest
        BOOK_PRICE = 15

        def test_discount(cart):
            assert cart.total() == 3 * BOOK_PRICE
            assert cart.count() == 0
            assert cart.delta() == -1
            assert cart.item(2).price == BOOK_PRICE
            assert sorted(cart.ids()) == [4, 5, 6]
            assert cart.checkout().status_code == 201

        class TestRate(unittest.TestCase):
            def test_rate(self):
                self.assertAlmostEqual(rate(), RATE, places=3)
                self.assertEqual(convert(7), EXPECTED)
                self.assertEqual(count(), 1.0)
      ` },
    { name: 'numbers the test also passes in (an echoed input, a string, a comment)', code: py`
        def test_timeout(telnet):
            telnet.open(HOST, timeout=30)
            assert telnet.sock.gettimeout() == 30

        def test_port_override(env):
            env.set("PORT", "9000")
            assert load(env).port_number == 9000

        def test_entries(mod):
            # 2 entries: path2, then path1
            assert len(mod.paths) == 2
      ` },
    { name: 'expected values computed from literal inputs on the other side; ports like status codes', code: py`
        import unittest

        class TestAdd(unittest.TestCase):
            def test_add(self):
                self.assertEqual(add(2, 2), 4)
                self.assertTrue(2 < Fraction(5, 2))

        def test_default_port(config):
            assert config.port == 8000

        def test_status_code_lookup():
            assert httpx.codes["NOT_FOUND"] == 404
            assert httpx.codes.not_found == 404

        def test_status_code_425():
            r1 = codes.get("TOO_EARLY")
            assert r1 == 425

        def test_invert():
            assert ~2 == -(2 + 1)

        def test_usage_error(pytester):
            result = pytester.runpytest("--bad")
            assert result.ret == 4
      ` },
    { name: 'a literal as an arbitrary instance or a probe, not an expected value (isinstance checks, membership)', code: py`
        import unittest

        class TestABCs(unittest.TestCase):
            def test_collection(self):
                self.assertNotIsInstance(42, Collection)
                self.assertIsInstance(3.14, Number)
                self.assertFalse(isinstance(42, Sized))
                self.assertTrue(2 in Color)
                self.assertIn(3, Flags)
                assert 7 not in Open
      ` },
    { name: 'the other side shows the number as text: its digits or its length', code: py`
        def test_parse(bufio):
            assert int(memoryview(b"123")[1:3]) == 23
            assert bufio.write(b"abcd") == 4
      ` },
    { name: 'numbers in setup, not in assertions', code: py`
        def test_items(cart):
            cart.add("book", qty=3)
            assert cart.has("book")
      ` },
  ],
  invalid: [
    { name: 'a subscript is not an input; a number repeated only in assertions stays unexplained', code: py`
        def test_codes(result):
            assert result[1] == 7
            assert result.count == 7
      `, errors: [{ line: 2, column: 5, message: 'Test `test_codes` compares with unexplained numbers in 2 assertions (`7`); name them or derive them from the inputs.' }] },
    { name: 'pytest comparison with a bare number', code: py`
        def test_discount(cart):
            cart.add("book", qty=3)
            assert cart.total() == 40.5
            assert len(cart) > 2
      `, errors: [{ line: 3, column: 5, message: 'Test `test_discount` compares with unexplained numbers in 2 assertions (`40.5`, `2`); name them or derive them from the inputs.' }] },
    { name: 'unittest methods, negative numbers, allowed option', options: { allowed: [0, 1, -1, 2] }, code: py`
        import unittest

        class TestRate(unittest.TestCase):
            def test_rate(self):
                self.assertEqual(count(), 2)
                self.assertEqual(offset(), -7)
                self.assertTrue(size() < 1024)
      `, errors: [{ line: 6, message: 'Test `TestRate::test_rate` compares with unexplained numbers in 2 assertions (`-7`, `1024`); name them or derive them from the inputs.' }] },
    { name: 'canonical forms: numbers in constant arithmetic, inside approx, either operand order, parentheses', code: py`
        import unittest
        from pytest import approx

        def test_total(cart):
            assert cart.total() == 24 + 3
        def test_rate(cart):
            assert cart.rate() == approx(42.5)
        def test_parens(cart):
            assert ((cart.count() == 17))

        class TestX(unittest.TestCase):
            def test_order(self):
                self.assertNotEqual(13, count())
      `, errors: [
        { line: 5, message: /in 1 assertion \(`24`, `3`\)/ },
        { line: 7, message: /in 1 assertion \(`42.5`\)/ },
        { line: 9, message: /in 1 assertion \(`17`\)/ },
        { line: 13, message: /in 1 assertion \(`13`\)/ },
      ] },
  ],
});
