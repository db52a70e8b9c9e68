import rule from '../../analyzer/rules/category-markers.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

const INTEGRATION = 'svc/tests/integration/test_orders.py';

ruleTester(rule, {
  valid: [
    { name: 'pytestmark covers every test', path: INTEGRATION, code: py`
        import pytest
        pytestmark = [pytest.mark.integration, pytest.mark.slow]
        def test_a(): pass
        class TestB:
            def test_b(self): pass
      ` },
    { name: 'class and function markers', path: INTEGRATION, code: py`
        import pytest
        @pytest.mark.integration
        class TestB:
            def test_b(self): pass
        @pytest.mark.integration
        def test_a(): pass
      ` },
    { name: 'files outside a category folder are not checked', path: 'tests/test_misc.py', code: 'def test_a(): pass\n' },
    { name: 'a custom marker name', path: 'tests/e2e/test_flow.py', options: { markers: { e2e: 'end_to_end' } }, code: py`
        import pytest
        pytestmark = pytest.mark.end_to_end
        def test_a(): pass
      ` },
  ],
  invalid: [
    { name: 'tests without the marker, counted', path: INTEGRATION, code: py`
        import pytest
        def test_a(): pass
        @pytest.mark.integration
        def test_b(): pass
        def test_c(): pass
      `, errors: [{ line: 2, message: '2 of 3 tests in this integration module lack the `integration` marker (first: `test_a`); add `pytestmark = pytest.mark.integration`.' }] },
    { name: 'a marker that contradicts the path', path: INTEGRATION, code: py`
        import pytest
        pytestmark = pytest.mark.integration
        @pytest.mark.unit
        def test_a(): pass
      `, errors: [{ line: 3, message: 'Marker `unit` contradicts the path, which puts this module in `integration`.' }] },
    { name: 'a pytestmark that contradicts the path', path: 'svc/tests/unit/test_x.py', code: py`
        import pytest
        pytestmark = [pytest.mark.unit, pytest.mark.e2e]
        def test_a(): pass
      `, errors: [{ line: 2, message: '`pytestmark` names `e2e`, which contradicts the path (`unit`).' }] },
  ],
});
