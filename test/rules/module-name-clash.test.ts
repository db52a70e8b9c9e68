import { describe, expect, test } from 'vitest';
import { PYTEST_DEFAULTS, type PytestCollection } from '../../analyzer/collection.js';
import { importNameOf } from '../../analyzer/collection-findings.js';
import rule from '../../analyzer/rules/module-name-clash.js';
import type { CollectedModule } from '../../analyzer/rule.js';

/** What the rule reports for `paths`, given the folders that hold an `__init__.py`. */
function clashes(paths: string[], packages: string[] = [], collection: PytestCollection = PYTEST_DEFAULTS): Array<{ path: string; message: string }> {
  const isPackage = (d: string) => packages.includes(d);
  const modules: CollectedModule[] = paths.map((path) => ({ path, importName: importNameOf(path, isPackage) }));
  const out: Array<{ path: string; message: string }> = [];
  rule.checkCollection!({ options: {}, collection, modules, report: (d) => out.push({ path: d.path, message: d.message }) });
  return out;
}

describe('importNameOf (pytest: resolve_pkg_root_and_module_name)', () => {
  test('the stem outside packages, the dotted path from the topmost package of the unbroken chain', () => {
    expect(importNameOf('tests/api/test_utils.py', () => false)).toBe('test_utils');
    expect(importNameOf('tests/api/test_utils.py', (d) => d === 'tests/api')).toBe('api.test_utils');
    expect(importNameOf('tests/api/test_utils.py', (d) => d === 'tests/api' || d === 'tests')).toBe('tests.api.test_utils');
    // `tests` is a package but `tests/api` is not: the chain breaks at the file's own folder.
    expect(importNameOf('tests/api/test_utils.py', (d) => d === 'tests')).toBe('test_utils');
    // A folder whose name is no identifier ends the chain even with an __init__.py.
    expect(importNameOf('my-tests/api/test_x.py', () => true)).toBe('api.test_x');
  });
});

describe('module-name-clash', () => {
  test('valid: same basenames inside packages, and different basenames', () => {
    expect(clashes(['tests/api/test_utils.py', 'tests/db/test_utils.py'], ['tests/api', 'tests/db'])).toEqual([]);
    expect(clashes(['tests/api/test_utils.py', 'tests/db/test_models.py'])).toEqual([]);
  });

  test('valid: under --import-mode=importlib each module gets a unique name', () => {
    expect(clashes(['a/test_x.py', 'b/test_x.py'], [], { ...PYTEST_DEFAULTS, importMode: 'importlib' })).toEqual([]);
  });

  test('invalid: two folders without __init__.py, both files reported, each naming the other', () => {
    const found = clashes(['tests/api/test_utils.py', 'tests/db/test_utils.py']);
    expect(found.map((f) => f.path)).toEqual(['tests/api/test_utils.py', 'tests/db/test_utils.py']);
    expect(found[0]!.message).toMatch(/^Module name `test_utils` is shared with `tests\/db\/test_utils.py`: under --import-mode=prepend .*"import file mismatch"/);
    expect(found[1]!.message).toMatch(/shared with `tests\/api\/test_utils.py`/);
  });

  test('a package on one side only gives different names; three files without packages all clash', () => {
    expect(clashes(['a/test_x.py', 'pkg/b/test_x.py'], ['pkg/b'])).toEqual([]);
    const three = clashes(['a/test_x.py', 'b/test_x.py', 'c/test_x.py']);
    expect(three).toHaveLength(3);
    expect(three[0]!.message).toMatch(/shared with `b\/test_x.py`, `c\/test_x.py`/);
  });
});
