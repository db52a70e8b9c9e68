/**
 * The output formats of `testaudit audit --format`: one module per format, all with the signature of
 * `OutputFormat.format`. A format is added by writing its module and one line here; a meta-test
 * checks that every format has a golden test.
 */
import { concise } from './concise.js';
import { full } from './full.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { grouped } from './grouped.js';
import { json, jsonLines } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { rdjson } from './rdjson.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { OutputFormat } from './types.js';

export const FORMAT_NAMES = ['concise', 'full', 'grouped', 'json', 'json-lines', 'github', 'gitlab', 'sarif', 'junit', 'rdjson', 'markdown', 'text'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const FORMATS: Record<FormatName, OutputFormat> = {
  concise,
  full,
  grouped,
  json,
  'json-lines': jsonLines,
  github,
  gitlab,
  sarif,
  junit,
  rdjson,
  markdown,
  text,
};

export { statistics } from './statistics.js';
export type { FormatContext, OutputFormat, PathBase } from './types.js';
