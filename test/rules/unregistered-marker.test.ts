import rule from '../../analyzer/rules/unregistered-marker.js';
import { PYTEST_DEFAULTS, type PytestCollection } from '../../analyzer/collection.js';
import { conftestFacts } from '../../analyzer/conftest-facts.js';
import { createParser } from '../../analyzer/parse.js';
import { loadPytestConfigText, resolveCollection } from '../../analyzer/pytest-config.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

/** The collection settings a pytest.ini with `text` gives (how the audit builds them). */
const fromIni = (text: string): PytestCollection => resolveCollection(loadPytestConfigText('pytest.ini', text), { configFile: 'pytest.ini', atRootdir: true });

const strictIni = fromIni(py`
  [pytest]
  addopts = -ra --strict-markers
  markers =
      slow: takes minutes
      integration(service): talks to a real service
`);

/** A conftest that registers `smoke` in pytest_configure, merged as run-audit merges it. */
const conftestMarkers = conftestFacts(createParser(), py`
  def pytest_configure(config):
      config.addinivalue_line("markers", "smoke: the few tests run on every deploy")
`).markers;
const withConftest: PytestCollection = { ...strictIni, markers: [...strictIni.markers, ...conftestMarkers] };

ruleTester(rule, {
  valid: [
    { name: "pytest's own markers and common plugins' markers, pytest defaults", code: py`
        import pytest

        pytestmark = [pytest.mark.filterwarnings("ignore")]

        @pytest.mark.parametrize("x", [1, pytest.param(2, marks=pytest.mark.xfail)])
        @pytest.mark.usefixtures("db")
        @pytest.mark.timeout(5)
        def test_a(x):
            assert x

        @pytest.mark.asyncio
        async def test_b():
            assert True

        @pytest.mark.django_db
        def test_c():
            assert True
      ` },
    { name: 'markers registered in the ini (with arguments and descriptions), strict', collection: strictIni, code: py`
        import pytest

        @pytest.mark.slow
        @pytest.mark.integration("db")
        def test_a():
            assert True
      ` },
    { name: "a marker registered by a conftest's pytest_configure, strict", collection: withConftest, code: py`
        import pytest

        @pytest.mark.smoke
        def test_deploy():
            assert True
      ` },
    { name: 'mark.X where mark is not pytest\'s, and attributes that only look similar', code: py`
        from grades import mark

        def test_a(report):
            assert mark.excellent(report)
            assert report.mark.slow
      ` },
  ],
  invalid: [
    { name: 'an unregistered marker under --strict-markers is an error, reported once per module', collection: strictIni, code: py`
        import pytest

        @pytest.mark.intergration
        def test_a():
            assert True

        @pytest.mark.intergration
        def test_b():
            assert True
      `, errors: [{ line: 3, severity: 'error', message: /Marker `intergration` \(used 2 times here\) is not registered, and `pytest.ini` turns on strict markers: this module fails to collect/ }] },
    { name: 'without strict markers it is a warning', code: py`
        import pytest

        pytestmark = pytest.mark.nightly
      `, errors: [{ line: 3, severity: 'warning', message: /Marker `nightly` is not registered: pytest warns/ }] },
    { name: 'strict = true (pytest 9) in pyproject, a marker in pytest.param and from `from pytest import mark`', collection: resolveCollection(loadPytestConfigText('pyproject.toml', '[tool.pytest]\nstrict = true\n'), { configFile: 'pyproject.toml', atRootdir: true }), code: py`
        import pytest
        from pytest import mark

        @pytest.mark.parametrize("x", [pytest.param(1, marks=pytest.mark.flakey)])
        def test_a(x):
            assert x

        @mark.wip
        def test_b():
            assert True
      `, errors: [{ line: 4, severity: 'error', message: /`flakey`/ }, { line: 8, severity: 'error', message: /`wip`/ }] },
    { name: 'a plugin disabled with -p no:NAME registers nothing', collection: { ...PYTEST_DEFAULTS, strictMarkers: true, disabledPlugins: ['asyncio'] }, code: py`
        import pytest

        @pytest.mark.asyncio
        async def test_a():
            assert True
      `, errors: [{ line: 3, severity: 'error', message: /`asyncio`/ }] },
    { name: 'parametrize misspelt fails even without strict markers', code: py`
        import pytest

        @pytest.mark.parameterize("x", [1])
        def test_a(x):
            assert x
      `, errors: [{ line: 3, message: /did you mean 'parametrize'/ }] },
  ],
});
