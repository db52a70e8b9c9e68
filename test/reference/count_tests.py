"""Reference counts from Python's own `ast`, to check testaudit's figures on real suites.

Usage: python3 count_tests.py ROOT < paths.txt  ->  one JSON object per line: path, lines, tests.

`tests` follows testaudit's definition (pytest's default collection, per definition):
`test*` functions at module level (also inside if/try/with/for blocks), `test*` methods of
collected classes; a class is collected when at module level or nested in a collected
non-unittest class, not `__test__ = False`, and either a unittest.TestCase subclass (a base
whose dotted name ends in `TestCase`, or a local such class) or named `Test*` without `__init__`.
Fixture-decorated functions are not tests. Files that do not parse print `tests: null`.
"""
import ast
import json
import sys
from pathlib import Path

FIXTURES = {"pytest.fixture", "fixture", "pytest_asyncio.fixture", "pytest.yield_fixture"}


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted(node.value)
        return f"{inner}.{node.attr}" if inner else None
    return None


def is_fixture(fn):
    for d in fn.decorator_list:
        name = dotted(d.func if isinstance(d, ast.Call) else d)
        if name in FIXTURES:
            return True
    return False


def transparent(stmts):
    """Statements of a namespace, looking through compound statements that do not make a scope."""
    for s in stmts:
        if isinstance(s, (ast.If, ast.For, ast.AsyncFor, ast.While)):
            yield from transparent(s.body)
            yield from transparent(s.orelse)
        elif isinstance(s, (ast.With, ast.AsyncWith)):
            yield from transparent(s.body)
        elif isinstance(s, ast.Try) or (hasattr(ast, "TryStar") and isinstance(s, ast.TryStar)):
            yield from transparent(s.body)
            for h in s.handlers:
                yield from transparent(h.body)
            yield from transparent(s.orelse)
            yield from transparent(s.finalbody)
        elif hasattr(ast, "Match") and isinstance(s, ast.Match):
            for c in s.cases:
                yield from transparent(c.body)
        else:
            yield s


def count(tree):
    unittest_classes = set()
    total = 0

    def visit_class(cls, parent_collected_ok, prefix):
        nonlocal total
        bases = [dotted(b) for b in cls.bases]
        qual = f"{prefix}.{cls.name}" if prefix else cls.name
        is_unittest = any(b and (b.endswith("TestCase") or b in unittest_classes) for b in bases)
        if is_unittest:
            unittest_classes.add(qual)
        body = list(transparent(cls.body))
        has_init = any(isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name == "__init__" for s in body)
        not_a_test = any(
            isinstance(s, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__test__" for t in s.targets)
            and isinstance(s.value, ast.Constant) and s.value.value is False
            for s in cls.body
        )
        collected = parent_collected_ok and not not_a_test and (is_unittest or (cls.name.startswith("Test") and not has_init))
        for s in body:
            if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if collected and s.name.startswith("test") and not is_fixture(s):
                    total += 1
            elif isinstance(s, ast.ClassDef):
                visit_class(s, collected and not is_unittest, qual)

    for s in transparent(tree.body):
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if s.name.startswith("test") and not is_fixture(s):
                total += 1
        elif isinstance(s, ast.ClassDef):
            visit_class(s, True, "")
    return total


def main():
    root = Path(sys.argv[1])
    for line in sys.stdin:
        rel = line.strip()
        if not rel:
            continue
        data = (root / rel).read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        lines = len(text.splitlines())
        try:
            tests = count(ast.parse(data))
        except (SyntaxError, ValueError):
            tests = None
        print(json.dumps({"path": rel, "lines": lines, "tests": tests}))


if __name__ == "__main__":
    main()
