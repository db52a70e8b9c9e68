/** Sharing repeated strings across held results must never change a result. */
import { expect, test } from 'vitest';
import { resolveConfig } from '../analyzer/config.js';
import { auditFiles } from '../analyzer/pool.js';
import { StringTable } from '../analyzer/shared-strings.js';
import { tempTree } from './helpers/tmp.js';

const SOURCE = `import os
import pytest
from unittest.mock import MagicMock

pytestmark = pytest.mark.integration


@pytest.fixture
def client():
    return object()


def test_module_level(client):
    print(os.environ["HOME"])
    assert 1


class TestGrouped:
    @pytest.mark.slow
    async def test_in_class(self, client, tmp_path):
        assert client
        assert tmp_path
`;

test('shared strings leave every file exactly as it was, keys and absent keys included', async () => {
  const root = tempTree({ 'tests/integration/test_a.py': SOURCE, 'tests/integration/test_b.py': SOURCE, 'tests/unit/test_c.py': 'def test_c():\n    pass\n' });
  const paths = ['tests/integration/test_a.py', 'tests/integration/test_b.py', 'tests/unit/test_c.py'];
  const files = await auditFiles(root, paths, resolveConfig(null, { preset: 'real-services' }), { jobs: 1, cacheDir: null });
  const table = new StringTable();
  const copies = files.map((f) => structuredClone(f));
  const shared = copies.map((f) => table.shareFile(f));
  expect(shared).toEqual(files);
  expect(shared.map((f) => JSON.stringify(f))).toEqual(files.map((f) => JSON.stringify(f)));
  const moduleTest = shared[0]!.testDetails.find((t) => t.name === 'test_module_level')!;
  expect('className' in moduleTest).toBe(false);
  expect(shared[0]!.findings.some((f) => !('test' in f))).toBe(true);
  expect(shared[0]!.testDetails.find((t) => t.name === 'test_in_class')!.className).toBe('TestGrouped');
  // Alike lists are one frozen object: the same markers in both modules, the empty smells of the unit test.
  const [a, b, c] = shared.map((f) => f.testDetails[0]!);
  expect(a!.markers).toBe(b!.markers);
  expect(a!.fixtures).toBe(b!.fixtures);
  expect(c!.fixtures).toBe(c!.fixturesUsed);
  expect(() => (a!.markers as string[]).push('oops')).toThrow(TypeError);
  expect(b!.markers).toEqual(files[1]!.testDetails[0]!.markers);
});

test('the table hands back the first copy it saw, and passes absent values through', () => {
  const table = new StringTable();
  const first = ['py', 'test'].join('');
  expect(table.share(first)).toBe('pytest');
  expect(table.share(['py', 'test'].join(''))).toBe('pytest');
  expect(table.share(null)).toBeNull();
  expect(table.share(undefined)).toBeUndefined();
});
