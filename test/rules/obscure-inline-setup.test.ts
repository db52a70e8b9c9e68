import rule from '../../analyzer/rules/obscure-inline-setup.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

const eleven = Array.from({ length: 11 }, (_, i) => `    v${i} = ${i}`).join('\n');

ruleTester(rule, {
  valid: [
    { name: 'ten locals, repeated names counted once, nested helpers apart', code: py`
        def test_checkout(shop):
            a = 1
            b, c = 2, 3
            for d in range(2):
                a += d
            with shop.session() as e:
                f = e.cart
            if (g := shop.total()):
                h = g
            i = j = 0
            def helper():
                x1 = x2 = x3 = x4 = x5 = 0
                return x1
            assert shop.checkout(a, b, c, h, i, j, [k for k in range(3)])
      ` },
    { name: 'attribute and subscript targets are not locals', code: py`
        import unittest
        class TestX(unittest.TestCase):
            def test_a(self):
                self.a = self.b = self.c = self.d = self.e = self.f = 1
                d = {}
                d["a"] = d["b"] = d["c"] = d["d"] = d["e"] = d["f"] = 2
                self.assertTrue(d)
      ` },
  ],
  invalid: [
    { name: 'eleven locals in a pytest test', code: `def test_checkout(shop):\n${eleven}\n    assert shop.checkout(v0)\n`, errors: [{ line: 1, column: 5, message: 'Test `test_checkout` binds 11 local variables (more than 10: `v0`, `v1`, `v2`, `v3`, `v4`, `v5`, …); move the setup into fixtures or a builder.' }] },
    { name: 'unittest test with tuple targets and a lower max', options: { max: 3 }, code: py`
        import unittest

        class TestX(unittest.TestCase):
            def test_a(self):
                a, (b, c) = 1, (2, 3)
                for d in range(3):
                    pass
                self.assertTrue(a)
      `, errors: [{ line: 4, message: 'Test `TestX::test_a` binds 4 local variables (more than 3: `a`, `b`, `c`, `d`, …); move the setup into fixtures or a builder.' }] },
  ],
});
