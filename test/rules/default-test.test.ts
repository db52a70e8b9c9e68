import rule from '../../analyzer/rules/default-test.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'descriptive names', code: py`
        import unittest
        class TestAdd(unittest.TestCase):
            def test_adds_two_integers(self):
                self.assertEqual(add(2, 2), 4)

        def test_something_else():
            assert add(1, 1) == 2
      ` },
    { name: 'a helper class named MyTestCase that is not a test class', code: py`
        class MyTestCase:
            pass
      ` },
  ],
  invalid: [
    { name: 'PyCharm unittest template', code: py`
        import unittest

        class MyTestCase(unittest.TestCase):
            def test_something(self):
                self.assertEqual(True, False)
      `, errors: [
        { line: 3, column: 7, message: 'Test class `MyTestCase` keeps the IDE template name; name it after the unit under test.' },
        { line: 4, column: 9, message: 'Test `MyTestCase::test_something` keeps a template name; name it after the behaviour it checks.' },
      ] },
    { name: 'pytest template test and configured names', options: { testNames: ['test_example', 'test_todo'] }, code: py`
        def test_example():
            assert inc(3) == 4

        def test_todo():
            assert inc(0) == 1
      `, errors: [
        { line: 1, message: 'Test `test_example` keeps a template name; name it after the behaviour it checks.' },
        { line: 4, message: 'Test `test_todo` keeps a template name; name it after the behaviour it checks.' },
      ] },
  ],
});
