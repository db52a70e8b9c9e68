import { z } from 'zod';
import type { ClassScope } from '../facts.js';
import { defineRule } from '../rule.js';
import { measureCohesion } from '../smells/cohesion.js';

export default defineRule({
  meta: {
    id: 'lack-of-cohesion',
    category: 'test-smells',
    severity: 'info',
    description: 'The tests of one class have little in common: the mean pairwise cosine similarity of the words in their code (names, calls, fixtures) is at most `1 - threshold` (PyNose: Lack of Cohesion of Test Cases).',
    why: 'A test class is a unit of organisation: its name, setup and helpers promise that its tests are about one thing. Tests that share no names, calls or fixtures were put together by accident, and readers looking for the tests of a behaviour will not find them there.',
    howToFix: 'Move each group of related tests into its own class (or module) named after what they test.',
    notReported: 'A class in which one word occurs in at least `subjectShare` of its tests (`mmap` in every test of `MmapTests`): they share a subject. Words every test shares by construction (`self`, `assert…`, Python keywords, `test`) are left out of the measure.',
    options: z
      .object({
        threshold: z
          .number()
          .min(0)
          .max(1)
          .default(0.6)
          .describe('A class lacks cohesion when 1 − (mean pairwise similarity of its tests) is at least this (PyNose: 0.6).'),
        minTests: z.number().int().min(2).default(3).describe('Tests a class needs before its cohesion is judged.'),
        subjectShare: z
          .number()
          .min(0)
          .max(1)
          .default(0.8)
          .describe('A class is cohesive, whatever its similarity, when one word (not a generic one such as `result` or `data`) occurs in at least this share of its tests: the subject they share. 1 requires every test to name it.'),
      })
      .strict(),
    categories: null,
    examples: {
      invalid:
        'class TestMisc:\n    def test_parse_date(self):\n        assert parse_date("2024-01-02").year == 2024\n\n    def test_send_mail(self, smtp):\n        mailer.send("hi", via=smtp)\n        assert smtp.outbox\n\n    def test_resize_image(self, tmp_path):\n        img = thumbnail(tmp_path / "a.png", width=64)\n        assert img.width == 64',
      valid:
        'class TestParseDate:\n    def test_parses_iso_date(self):\n        assert parse_date("2024-01-02").year == 2024\n\n    def test_parses_date_with_slashes(self):\n        assert parse_date("2024/01/02").month == 1\n\n    def test_rejects_empty_date(self):\n        assert parse_date("") is None',
    },
  },
  create(ctx) {
    const { threshold, minTests } = ctx.options;
    return {
      'class:exit'(cls: ClassScope) {
        if (!cls.collected || cls.tests.length < minTests) return;
        const { similarity, subject } = measureCohesion(cls.tests.map((t) => t.node.text), ctx.options.subjectShare);
        if (1 - similarity < threshold) return;
        // Tests that all name the same thing (`mmap`, `imghdr`, a shared fixture) are about it, however
        // different their other words: the cosine measure drops with every test a class adds.
        if (subject !== null) return;
        ctx.report({
          node: cls.node.childForFieldName('name') ?? cls.node,
          message: `The ${cls.tests.length} tests of \`${cls.qualifiedName}\` have little in common (mean similarity ${similarity.toFixed(2)}, at most ${(1 - threshold).toFixed(2)} allowed): group them by what they test.`,
        });
      },
    };
  },
});
