import rule from '../../analyzer/rules/max-file-lines.js';
import { ruleTester } from '../helpers/rule-tester.js';

const lines = (n: number): string => 'x = 1\n'.repeat(n);

ruleTester(rule, {
  valid: [
    { name: 'at the limit', code: lines(750) },
    { name: 'a custom limit', code: lines(90), options: { max: 100, errorAbove: 200 } },
  ],
  invalid: [
    { name: 'over the target is a warning', code: lines(751), errors: [{ line: 1, severity: 'warning', message: 'The module has 751 lines, over the target of 750.' }] },
    { name: 'over errorAbove is an error', code: lines(1501), errors: [{ line: 1, severity: 'error', message: 'The module has 1,501 lines, over the limit of 1,500 (target: 750).' }] },
    { name: 'lines are counted as str.splitlines() does (CRLF, no trailing newline)', code: 'a = 1\r\n'.repeat(10) + 'b = 2', options: { max: 10 }, errors: [{ line: 1, message: 'The module has 11 lines, over the target of 10.' }] },
    { name: 'a file that does not parse is still measured', code: `${lines(20)}def broken(:\n`, options: { max: 10 }, errors: [{ line: 1, message: /21 lines/ }] },
  ],
});
