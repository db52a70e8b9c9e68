/**
 * What "mock use" means, in one place: an import of a mock library, the `mocker` fixture, or a call
 * of a mock constructor (`patch(...)`, `patch.object(...)`, `MagicMock(...)`, `mock.Mock(...)`), with
 * or without an import, since real suites comment out the import and keep the calls.
 */
import type { ImportFact } from './facts.js';
import { isImported, resolveName, type ImportBindings } from './imports.js';

/** Modules whose import is mock use. */
export const MOCK_MODULES = ['unittest.mock', 'mock', 'pytest_mock', 'asynctest', 'flexmock'] as const;

/** Names that construct mocks wherever they come from. */
const MOCK_CONSTRUCTORS = new Set([
  'patch',
  'Mock',
  'MagicMock',
  'AsyncMock',
  'NonCallableMock',
  'NonCallableMagicMock',
  'PropertyMock',
  'create_autospec',
  'mock_open',
]);

const PATCH_HELPERS = new Set(['object', 'dict', 'multiple']);

/** Bare module names that, as the first segment of a dotted call, are a mock namespace. */
const MOCK_NAMESPACES = new Set(['mock', 'mocker', 'asynctest', 'flexmock']);

/** True when `module` is (inside) one of the mock modules. */
export function isMockModule(module: string, extra: readonly string[] = []): boolean {
  for (const m of [...MOCK_MODULES, ...extra]) if (module === m || module.startsWith(`${m}.`)) return true;
  return false;
}

/** True for imports of mock libraries: `import mock`, `from unittest import mock`, `from unittest.mock import patch`. */
export function isMockImport(imp: ImportFact, extra: readonly string[] = []): boolean {
  if (imp.level > 0) return false;
  if (isMockModule(imp.module, extra)) return true;
  return imp.module === 'unittest' && imp.names.includes('mock');
}

/**
 * True when a call with dotted callee `callee` constructs or applies a mock. A callee whose first
 * name an import binds is a mock exactly when it resolves into a mock library (`m.patch.dict` after
 * `from unittest import mock as m`, not `unittest.TestLoader` after `import unittest.mock`); an
 * unbound one is judged by its spelling (`patch.object`, `MagicMock`, `mocker.patch`), since real
 * suites comment out the import and keep the calls. `client.patch(url)` (an HTTP PATCH) is not a mock.
 */
export function isMockCall(callee: string, bindings: ImportBindings, extra: readonly string[] = []): boolean {
  // `m.assert_called_once_with()`: checks a mock built elsewhere (and reported there).
  if (/(^|\.)assert_\w*$/.test(callee)) return false;
  if (isImported(callee, bindings)) return isMockModule(resolveName(callee, bindings), extra);
  const parts = callee.split('.');
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (parts.length === 1) return MOCK_CONSTRUCTORS.has(first);
  if (MOCK_NAMESPACES.has(first)) return true;
  // patch.object(...), patch.dict(...), patch.multiple(...)
  return parts.length === 2 && first === 'patch' && PATCH_HELPERS.has(last);
}
