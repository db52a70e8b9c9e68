import rule from '../../analyzer/rules/general-fixture.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'by-products: one target of an unpacking, a handle on something the setup installs', code: py`
        import unittest
        class TestServer(unittest.TestCase):
            def setUp(self):
                self.host, self.port = self.serv.socket.getsockname()[:2]
                self.debug = smtpd.DEBUGSTREAM = io.StringIO()

            def test_a(self):
                self.assertTrue(connect(self.port))

            def test_b(self):
                self.assertTrue(connect(self.port, ssl=True))

            def test_c(self):
                self.assertFalse(connect(self.port + 1))
      ` },
    { name: 'every field used by most tests, some through a helper', code: py`
        import unittest
        class TestOrders(unittest.TestCase):
            def setUp(self):
                self.orders = OrderBook()
                self.printer = Printer()

            def print_all(self):
                return self.printer.print(self.orders)

            def test_add(self):
                self.orders.add("o-1")
                self.assertEqual(len(self.orders), 1)

            def test_print(self):
                self.assertTrue(self.print_all())

            def test_print_empty(self):
                self.assertEqual(self.print_all(), "")
      ` },
    { name: 'fields used by tearDown or by the setup itself are infrastructure', code: py`
        import unittest
        class TestFiles(unittest.TestCase):
            def setUp(self):
                self.tmp = make_tmp()
                self.log = open_log(self.tmp)
                self.addCleanup(self.log.close)
                self.maxDiff = None

            def tearDown(self):
                remove(self.tmp)

            def test_a(self):
                self.assertTrue(run())

            def test_b(self):
                self.assertTrue(run())

            def test_c(self):
                self.assertTrue(run())
      ` },
    { name: 'helpers from an imported base may use any field; subclassed classes are not judged', code: py`
        import unittest
        class TestWithMixin(HelperMixin, unittest.TestCase):
            def setUp(self):
                self.db = Db()
            def test_a(self):
                self.check_rows()
            def test_b(self):
                self.check_rows()
            def test_c(self):
                self.check_rows()

        class TestBase(unittest.TestCase):
            def setUp(self):
                self.db = Db()
            def test_a(self):
                self.assertTrue(run())
            def test_b(self):
                self.assertTrue(run())
            def test_c(self):
                self.assertTrue(run())

        class TestSub(TestBase):
            def test_d(self):
                self.assertTrue(self.db)
      ` },
    { name: 'a field the tests call, and one a cleanup callback of the setup uses', code: py`
        import unittest

        class TestReader(unittest.TestCase):
            def setUp(self):
                self.reader = make_reader
                self.tmp = make_tmp()
                self.addCleanup(self.remove_tmp)

            def remove_tmp(self):
                shutil.rmtree(self.tmp)

            def test_a(self):
                self.assertEqual(self.reader("a").read(), "a")

            def test_b(self):
                self.assertEqual(self.reader("b").read(), "b")

            def test_c(self):
                self.assertTrue(self.reader("c"))
      ` },
    { name: 'too few tests to judge', code: py`
        class TestPair:
            def setup_method(self):
                self.a = A()
                self.b = B()
            def test_a(self):
                assert self.a
            def test_b(self):
                assert self.b
      ` },
  ],
  invalid: [
    { name: 'unittest setUp field only one test uses', code: py`
        import unittest

        class TestOrders(unittest.TestCase):
            def setUp(self):
                self.orders = OrderBook()
                self.printer = ReceiptPrinter()

            def test_add(self):
                self.orders.add("o-1")
                self.assertEqual(len(self.orders), 1)

            def test_remove(self):
                self.orders.add("o-1")
                self.orders.remove("o-1")
                self.assertEqual(len(self.orders), 0)

            def test_print(self):
                self.assertTrue(self.printer.print(self.orders))
      `, errors: [{ line: 4, column: 9, message: '`setUp` of `TestOrders` builds fields most of its tests never use: `self.printer` (1 of 3); build them in the tests that need them.' }] },
    { name: 'pytest setup_method, and the strict literature share', options: { minShare: 1 }, code: py`
        class TestCart:
            def setup_method(self, method):
                self.cart = Cart()
                self.user, self.coupon = make_user(), Coupon()

            def test_empty(self):
                assert self.cart.total() == 0

            def test_user(self):
                assert self.cart.owner(self.user)

            def test_coupon(self):
                assert self.cart.apply(self.coupon)
      `, errors: [{ line: 2, message: '`setup_method` of `TestCart` builds fields most of its tests never use: `self.user` (1 of 3), `self.coupon` (1 of 3); build them in the tests that need them.' }] },
  ],
});
