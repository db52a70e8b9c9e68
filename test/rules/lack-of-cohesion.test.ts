import { expect, test } from 'vitest';
import rule from '../../analyzer/rules/lack-of-cohesion.js';
import { cohesionOf, wordsOf } from '../../analyzer/smells/cohesion.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'tests that all name their subject, however different the rest of their words', code: py`
        import mmap, unittest

        class MmapTests(unittest.TestCase):
            def test_basic(self):
                m = mmap.mmap(-1, PAGESIZE)
                self.assertEqual(len(m), PAGESIZE)

            def test_bad_file_desc(self):
                self.assertRaises(OSError, mmap.mmap, -2, 4096)

            def test_find_end(self):
                with open(TESTFN, "wb+") as f:
                    data = b"one two ones"
                    n = len(data)
                    f.write(data)
                    f.flush()
                    m = mmap.mmap(f.fileno(), n)
                self.assertEqual(m.find(b"one"), 0)

            def test_context_manager(self):
                with mmap.mmap(-1, 10) as m:
                    self.assertFalse(m.closed)
      ` },
    { name: 'tests of one behaviour share their names', code: py`
        class TestParseDate:
            def test_parses_iso_date(self):
                assert parse_date("2024-01-02").year == 2024

            def test_parses_date_with_slashes(self):
                assert parse_date("2024/01/02").month == 1

            def test_rejects_empty_date(self):
                assert parse_date("") is None
      ` },
    { name: 'fewer tests than minTests', code: py`
        import unittest
        class TestMisc(unittest.TestCase):
            def test_parse(self):
                self.assertEqual(parse_date("x"), None)
            def test_mail(self):
                self.assertTrue(mailer.send("hi"))
      ` },
  ],
  invalid: [
    { name: 'a pytest grab-bag class', code: py`
        class TestMisc:
            def test_parse_date(self):
                assert parse_date("2024-01-02").year == 2024

            def test_send_mail(self, smtp):
                mailer.send("hi", via=smtp)
                assert smtp.outbox

            def test_resize_image(self, tmp_path):
                img = thumbnail(tmp_path / "a.png", width=64)
                assert img.width == 64
      `, errors: [{ line: 1, column: 7, message: /^The 3 tests of `TestMisc` have little in common \(mean similarity 0\.\d\d, at most 0\.40 allowed\): group them by what they test\.$/ }] },
    { name: 'a unittest grab-bag class', code: py`
        import unittest

        class TestUtils(unittest.TestCase):
            def test_slugify(self):
                self.assertEqual(slugify("A b"), "a-b")

            def test_checksum(self):
                self.assertTrue(crc32(b"data"))

            def test_timezone(self):
                self.assertIsNotNone(zoneinfo.ZoneInfo("UTC"))
      `, errors: [{ line: 3, message: /^The 3 tests of `TestUtils` have little in common/ }] },
  ],
});

test('words are split at underscores and camelCase, without the words every test has', () => {
  expect([...wordsOf('def test_parseHTTPDate(self): self.assertEqual(x, 1)').keys()]).toEqual(['parse', 'http', 'date']);
});

test('cohesion is the mean pairwise cosine similarity', () => {
  expect(cohesionOf(['alpha beta', 'alpha beta'])).toBeCloseTo(1);
  expect(cohesionOf(['alpha', 'beta', 'gamma'])).toBeCloseTo(0);
  // pairs: (a,ab)=1/√2, (a,b)=0, (ab,b)=1/√2 → mean √2/3
  expect(cohesionOf(['alpha', 'alpha beta', 'beta'])).toBeCloseTo(Math.SQRT2 / 3);
});
