import { z } from 'zod';
import { defineRule } from '../rule.js';

const sectionSchema = z
  .object({
    title: z.string().min(1).describe('Section title that must appear in the docstring (case-insensitive).'),
    fields: z.array(z.string().min(1)).default([]).describe('Fields that must each start a line, followed by a colon.'),
  })
  .strict();

/** Escape a string for use inside a RegExp. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A field is present when a line starts — after an optional list marker and emphasis — with its name and a colon. */
export function hasField(docstring: string, field: string): boolean {
  const re = new RegExp(`^[ \\t]*(?:[-*+•]|\\d+[.)])?[ \\t]*(?:\\*\\*|__|\\*|_)?[ \\t]*${escape(field)}[ \\t]*(?:\\*\\*|__|\\*|_)?[ \\t]*:`, 'im');
  return re.test(docstring);
}

export default defineRule({
  meta: {
    id: 'module-docstring',
    category: 'documentation',
    severity: 'warning',
    presets: {
      recommended: true,
      // The real-services standard asks every module for a Business Value Justification.
      'real-services': {
        options: {
          requiredSections: [{ title: 'Business Value Justification', fields: ['Segment', 'Business Goal', 'Value Impact', 'Strategic Impact'] }],
        },
      },
    },
    description: 'Every test module has a docstring, with the required sections and fields when configured (e.g. a Business Value Justification).',
    why: 'The docstring is where a reader learns what a module protects and why it exists; a required section turns that into a standard reviewers can check.',
    fileLevel: true,
    howToFix: 'Start the module with a docstring; for a required section, add its title and one `Field: value` line per required field.',
    options: z
      .object({
        requiredSections: z.array(sectionSchema).default([]).describe('Sections the module docstring must contain.'),
      })
      .strict(),
    categories: null,
    noqa: ['D100'],
    testModulesOnly: true,
    examples: {
      invalid: 'import pytest\n\ndef test_refresh_token(): ...',
      valid: '"""Token refresh keeps users signed in.\n\nBusiness Value Justification (BVJ):\n- Segment: All\n- Business Goal: Retention\n- Value Impact: No forced re-login\n- Strategic Impact: Core auth flow\n"""',
    },
  },
  create(ctx) {
    return {
      'module:exit'() {
        const doc = ctx.file.docstring;
        const sections = ctx.options.requiredSections;
        if (!doc) {
          const needs = sections.length ? ` (required: ${sections.map((s) => s.title).join(', ')})` : '';
          ctx.report({ line: 1, message: `The module has no docstring${needs}.` });
          return;
        }
        for (const section of sections) {
          if (!doc.text.toLowerCase().includes(section.title.toLowerCase())) {
            ctx.report({ line: doc.line, endLine: doc.endLine, message: `The module docstring has no "${section.title}" section.` });
            continue;
          }
          const missing = section.fields.filter((f) => !hasField(doc.text, f));
          if (missing.length) {
            ctx.report({
              line: doc.line,
              endLine: doc.endLine,
              message: `The "${section.title}" section lacks ${missing.length === 1 ? 'the field' : 'the fields'} ${missing.map((f) => `"${f}:"`).join(', ')}.`,
            });
          }
        }
      },
    };
  },
});
