/** The suite's pytest configuration, found and read as pytest does (src/_pytest/config/findpaths.py). */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IniParseError, parseIni, shlexSplit } from '../analyzer/ini.js';
import { addoptsFacts, loadPytestConfigText, locatePytestConfig, resolveCollection } from '../analyzer/pytest-config.js';
import { conftestFacts } from '../analyzer/conftest-facts.js';
import { createParser } from '../analyzer/parse.js';
import { ConfigurationError } from '../src/lib/errors.js';
import { py } from './helpers/rule-tester.js';
import { tempTree } from './helpers/tmp.js';

describe('parseIni (iniconfig semantics)', () => {
  test('continuation lines, comment lines, "=" and ":" separators; inline ";"/"#" kept in values', () => {
    const s = parseIni(py`
      # a comment
      [pytest]
      markers =
          slow: takes minutes
          ; a comment line inside the value
          db(name): needs a database
      python_files: check_*.py   # not a comment for iniconfig
      addopts = -ra
        --strict-markers

      [other]
      x = 1
    `, 'pytest.ini');
    expect(s.get('pytest')).toEqual(new Map([
      ['markers', 'slow: takes minutes\ndb(name): needs a database'],
      ['python_files', 'check_*.py   # not a comment for iniconfig'],
      ['addopts', '-ra\n--strict-markers'],
    ]));
    expect(s.get('other')?.get('x')).toBe('1');
  });

  test('what iniconfig refuses: a value before any section, a duplicate key', () => {
    expect(() => parseIni('x = 1\n', 'tox.ini')).toThrow(IniParseError);
    expect(() => parseIni('[pytest]\nx = 1\nx = 2\n', 'tox.ini')).toThrow(/tox.ini:3: duplicate name 'x'/);
  });

  test('shlexSplit: quotes and escapes as Python shlex.split', () => {
    expect(shlexSplit(`-p no:cacheprovider -k "a and b" --x='y z' a\\ b`)).toEqual(['-p', 'no:cacheprovider', '-k', 'a and b', '--x=y z', 'a b']);
    expect(() => shlexSplit('"open')).toThrow(/No closing quotation/);
  });
});

describe('resolveCollection', () => {
  test("INI values: args split on whitespace, markers by name, addopts' strictness, import mode and disabled plugins", () => {
    const raw = loadPytestConfigText('setup.cfg', py`
      [tool:pytest]
      python_files = check_*.py test_*.py
      python_classes = Check Test*Suite
      python_functions = check_ test_
      testpaths = tests integration
      norecursedirs = fixtures data
      markers =
          slow(reason): takes minutes
          db: needs a database
      addopts = --strict --import-mode importlib -p no:randomly -pno:cacheprovider
      asyncio_mode = auto
    `);
    expect(raw?.section).toBe('[tool:pytest]');
    const c = resolveCollection(raw, { configFile: 'setup.cfg', atRootdir: true });
    expect(c).toEqual({
      configFile: 'setup.cfg',
      configSection: '[tool:pytest]',
      pythonFiles: ['check_*.py', 'test_*.py'],
      pythonClasses: ['Check', 'Test*Suite'],
      pythonFunctions: ['check_', 'test_'],
      testpaths: ['tests', 'integration'],
      norecursedirs: ['fixtures', 'data'],
      markers: ['db', 'slow'],
      strictMarkers: true,
      importMode: 'importlib',
      asyncioMode: 'auto',
      disabledPlugins: ['randomly', 'cacheprovider'],
    });
    // testpaths only apply when the audited root is the rootdir.
    expect(resolveCollection(raw, { configFile: '../setup.cfg', atRootdir: false }).testpaths).toEqual([]);
  });

  test('strict_markers = false wins over strict = true; --strict-markers wins over both', () => {
    const toml = (body: string) => resolveCollection(loadPytestConfigText('pyproject.toml', body), { configFile: 'pyproject.toml', atRootdir: true });
    expect(toml('[tool.pytest]\nstrict = true\nstrict_markers = false\n').strictMarkers).toBe(false);
    expect(toml('[tool.pytest]\nstrict = true\n').strictMarkers).toBe(true);
    expect(toml('[tool.pytest.ini_options]\nstrict_markers = false\naddopts = "--strict-markers"\n').strictMarkers).toBe(true);
    expect(toml('[tool.pytest.ini_options]\nminversion = "6"\n').strictMarkers).toBe(false);
  });

  test('native [tool.pytest] lists, and the INI-mode table with lists and strings', () => {
    const native = resolveCollection(loadPytestConfigText('pyproject.toml', '[tool.pytest]\npython_files = ["spec_*.py"]\naddopts = ["-p", "no:asyncio"]\n'), { configFile: 'pyproject.toml', atRootdir: true });
    expect(native.pythonFiles).toEqual(['spec_*.py']);
    expect(native.disabledPlugins).toEqual(['asyncio']);
    const iniMode = resolveCollection(loadPytestConfigText('pyproject.toml', '[tool.pytest.ini_options]\npython_files = "spec_*.py *_spec.py"\nmarkers = ["slow: takes minutes"]\n'), { configFile: 'pyproject.toml', atRootdir: true });
    expect(iniMode.pythonFiles).toEqual(['spec_*.py', '*_spec.py']);
    expect(iniMode.markers).toEqual(['slow']);
  });

  test('addoptsFacts reads --import-mode=…, --asyncio-mode and -p no:NAME in all spellings', () => {
    expect(addoptsFacts(['--import-mode=append', '--asyncio-mode', 'strict', '-p', 'no:xdist'])).toEqual({ strictMarkers: false, strict: false, importMode: 'append', asyncioMode: 'strict', disabledPlugins: ['xdist'] });
  });

  test('config files pytest refuses are configuration errors naming the file', () => {
    expect(() => loadPytestConfigText('setup.cfg', '[pytest]\nx = 1\n')).toThrow(/setup.cfg: a \[pytest\] section in setup.cfg is no longer supported/);
    expect(() => loadPytestConfigText('pyproject.toml', '[tool.pytest]\nx = 1\n[tool.pytest.ini_options]\ny = "2"\n')).toThrow(ConfigurationError);
    expect(() => loadPytestConfigText('pyproject.toml', '[tool.pytest\n')).toThrow(/pyproject.toml: not valid TOML/);
  });
});

describe('locatePytestConfig: the first file with pytest settings, upwards, in pytest\'s order', () => {
  test('pytest.ini wins over pyproject.toml in the same folder, even when empty', async () => {
    const root = tempTree({ 'pytest.ini': '', 'pyproject.toml': '[tool.pytest.ini_options]\npython_files = "x_*.py"\n' });
    const found = await locatePytestConfig(root);
    expect(found.file).toBe(join(root, 'pytest.ini'));
    expect(found.raw).toEqual({ section: null, mode: 'ini', values: {} });
  });

  test('pyproject.toml without pytest settings is passed over for tox.ini; setup.cfg last', async () => {
    const root = tempTree({ 'pyproject.toml': '[project]\nname = "x"\n', 'tox.ini': '[tox]\nenvlist = py3\n[pytest]\npython_files = t_*.py\n', 'setup.cfg': '[tool:pytest]\npython_files = s_*.py\n' });
    const found = await locatePytestConfig(root);
    expect(found.file).toBe(join(root, 'tox.ini'));
    expect(found.raw?.values['python_files']).toBe('t_*.py');
  });

  test('tox.ini without [pytest] is passed over for setup.cfg', async () => {
    const root = tempTree({ 'tox.ini': '[tox]\nenvlist = py3\n', 'setup.cfg': '[tool:pytest]\npython_files = s_*.py\n' });
    expect((await locatePytestConfig(root)).file).toBe(join(root, 'setup.cfg'));
  });

  test('a config above the audited root is found; the rootdir is its folder', async () => {
    const repo = tempTree({ 'pyproject.toml': '[tool.pytest]\ntestpaths = ["tests"]\n', 'tests/unit/test_a.py': '' });
    const found = await locatePytestConfig(join(repo, 'tests/unit'));
    expect(found.rootdir).toBe(repo);
    expect(found.raw?.section).toBe('[tool.pytest]');
  });

  test('a pyproject.toml with no pytest settings makes the rootdir when nothing else is found', async () => {
    const repo = tempTree({ 'pyproject.toml': '[project]\nname = "x"\n', 'tests/test_a.py': '' });
    const found = await locatePytestConfig(join(repo, 'tests'));
    expect(found).toEqual({ rootdir: repo, file: join(repo, 'pyproject.toml'), raw: { section: null, mode: 'toml', values: {} } });
  });

  test('an explicit file (pytest -c) is used whatever its name', async () => {
    const dir = tempTree({ 'ci/pytest-ci.ini': '[pytest]\npython_files = ci_*.py\n', 'pytest.ini': '[pytest]\n' });
    const found = await locatePytestConfig(dir, join(dir, 'ci/pytest-ci.ini'));
    expect(found.rootdir).toBe(join(dir, 'ci'));
    expect(found.raw?.values['python_files']).toBe('ci_*.py');
    await expect(locatePytestConfig(dir, join(dir, 'nope.ini'))).rejects.toThrow(/--pytest-config .*nope.ini: no such file/);
  });
});

describe('conftestFacts', () => {
  const facts = (code: string) => conftestFacts(createParser(), code);

  test('collect_ignore lists, +=, append and extend at module level and in try bodies', () => {
    expect(facts(py`
      import sys
      collect_ignore = ["setup.py", "docs/conf.py"]
      collect_ignore += ["build.py"]
      collect_ignore.append("legacy/test_old.py")
      collect_ignore_glob = ["*_py2.py"]
      collect_ignore_glob.extend(["gen/*"])
      try:
          import numpy
      except ImportError:
          collect_ignore.append("test_numpy.py")
      else:
          collect_ignore.append("never.py")
      if sys.version_info < (3, 10):
          collect_ignore.append("test_py310.py")
      pytest_plugins = ["tests.plugins.markers", "pytester"]
    `)).toEqual({
      collectIgnore: ['setup.py', 'docs/conf.py', 'build.py', 'legacy/test_old.py'],
      collectIgnoreGlob: ['*_py2.py', 'gen/*'],
      plugins: ['tests.plugins.markers', 'pytester'],
      markers: [],
    });
  });

  test('markers registered with addinivalue_line, with literal and f-string lines', () => {
    expect(facts(py`
      LIMIT = 5
      def pytest_configure(config):
          config.addinivalue_line("markers", "slow: slower than a second")
          config.addinivalue_line("markers", f"network(host): needs {LIMIT} hosts")
          config.addinivalue_line("filterwarnings", "error")
          for name in NAMES:
              config.addinivalue_line("markers", name)
    `).markers).toEqual(['network', 'slow']);
  });

  test('a conftest that defines no collect_ignore says so (null), so an outer one applies', () => {
    expect(facts('import pytest\n')).toEqual({ collectIgnore: null, collectIgnoreGlob: null, plugins: [], markers: [] });
  });
});
