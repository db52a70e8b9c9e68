"""Reference counts from Python's own `ast`, to check testaudit's figures on real suites.

Usage: python3 count_tests.py ROOT < paths.txt  ->  one JSON object per line: path, lines, tests.

`tests` follows pytest's collection with its default settings (`python_classes = Test`,
`python_functions = test`), written here from pytest's own rules (`_pytest/python.py`,
`_pytest/unittest.py`) rather than from testaudit's code:

- each module and class body is replayed in order as a namespace: a later binding of a name (a
  `def`, a class, an assignment, an import) replaces the earlier one, whatever block it sits in
  (`if`/`try`/`with`/`for` bodies are read through);
- every class becomes a real Python class built with `type()`, its bases resolved in the module
  or in modules imported from inside ROOT (other bases are `object`, or a stand-in for
  `unittest.TestCase` when the name ends in `TestCase`), so that Python itself computes the MRO,
  `__init__`/`__new__` and `__test__` inheritance;
- a module-level `def test*` that is no fixture is a test; a class is collected like
  `PyCollector.collect` / `Class.collect` do (name `Test*` or `__test__ is True`, not abstract
  (not checked), no `__init__`/`__new__` other than object's, `__test__` not false), walking
  `__mro__` dicts with a `seen` set; a unittest.TestCase subclass through unittest's loader
  (`test*` callables in `dir(cls)`); nested classes only inside collected non-unittest classes;
- classes and functions imported into a module are not collected again (pytest does collect
  them; testaudit does not either). Fixture-decorated functions are not tests.

Files that do not parse print `tests: null`.
"""
import ast
import json
import sys
from pathlib import Path

FIXTURES = {"pytest.fixture", "fixture", "pytest_asyncio.fixture", "pytest.yield_fixture"}


class UnitTestBase:
    """Stands in for unittest.TestCase (its own __init__ does not matter to unittest's loader)."""


class Other:
    """A value that is not a test (an import, a constant, a fixture)."""


class ModuleRef:
    def __init__(self, loader, path):
        self.loader = loader
        self.path = path


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


def statements(stmts):
    """A namespace's statements in order, reading through blocks that make no scope."""
    for s in stmts:
        if isinstance(s, (ast.If, ast.For, ast.AsyncFor, ast.While)):
            yield from statements(s.body)
            yield from statements(s.orelse)
        elif isinstance(s, (ast.With, ast.AsyncWith)):
            yield from statements(s.body)
        elif isinstance(s, ast.Try) or (hasattr(ast, "TryStar") and isinstance(s, ast.TryStar)):
            yield from statements(s.body)
            for h in s.handlers:
                yield from statements(h.body)
            yield from statements(s.orelse)
            yield from statements(s.finalbody)
        elif hasattr(ast, "Match") and isinstance(s, ast.Match):
            for c in s.cases:
                yield from statements(c.body)
        else:
            yield s


def make_test(name):
    def f(self=None):
        pass

    f.__name__ = name
    return f


class Loader:
    """Loads modules of ROOT as namespaces of stand-in objects."""

    def __init__(self, root):
        self.root = root.resolve()
        self.modules = {}

    def module(self, path):
        path = path.resolve()
        if path in self.modules:
            return self.modules[path]
        self.modules[path] = None  # an import cycle sees an empty module
        try:
            tree = ast.parse(path.read_bytes())
        except (OSError, SyntaxError, ValueError):
            return None
        ns = {}
        for s in statements(tree.body):
            self.bind(s, ns, path, ns)
        self.modules[path] = ns
        return ns

    def find(self, importer, module, level):
        parts = module.split(".") if module else []
        if level:
            base = importer.parent
            for _ in range(level - 1):
                base = base.parent
            starts = [base]
        else:
            start = importer.parent
            while (start / "__init__.py").exists() and start != start.parent:
                start = start.parent
            starts = [start, self.root] + list(self.root.parents)[:3]
        for start in starts:
            for cand in (start.joinpath(*parts).with_suffix(".py") if parts else None, start.joinpath(*parts, "__init__.py")):
                if cand is None or not cand.is_file():
                    continue
                try:
                    cand.resolve().relative_to(self.root)
                except ValueError:
                    continue
                if cand.resolve() == importer.resolve():
                    continue
                return cand
        return None

    def value_of(self, expr, ns, importer):
        """What a base-class expression names: a class, a module, or None when unknown."""
        if isinstance(expr, ast.Name):
            return ns.get(expr.id)
        if isinstance(expr, ast.Attribute):
            inner = self.value_of(expr.value, ns, importer)
            if isinstance(inner, ModuleRef):
                mod = self.module(inner.path)
                if mod is not None and expr.attr in mod:
                    return mod[expr.attr]
                sub = self.find(inner.path, expr.attr, 1) if inner.path.name == "__init__.py" else None
                return ModuleRef(self, sub) if sub else None
            if isinstance(inner, type):
                return inner.__dict__.get(expr.attr)
        return None

    def bind(self, s, ns, path, module_ns):
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if is_fixture(s):
                ns[s.name] = Other()
            else:
                ns[s.name] = make_test(s.name)
        elif isinstance(s, ast.ClassDef):
            ns[s.name] = self.make_class(s, ns, path, module_ns)
        elif isinstance(s, ast.Assign):
            for t in s.targets:
                if isinstance(t, ast.Name):
                    wraps = any(isinstance(n, ast.Name) and n.id == t.id for n in ast.walk(s.value))
                    if t.id == "__test__" and isinstance(s.value, ast.Constant):
                        ns[t.id] = s.value.value
                    elif not (wraps and callable(ns.get(t.id))):
                        ns[t.id] = None
        elif isinstance(s, ast.ImportFrom):
            target = self.find(path, s.module or "", s.level)
            for alias in s.names:
                if alias.name == "*":
                    continue
                bound = alias.asname or alias.name
                value = Other()
                if target is not None:
                    mod = self.module(target)
                    if mod is not None and alias.name in mod:
                        value = mod[alias.name]
                    elif target.name == "__init__.py":
                        sub = self.find(target, alias.name, 1)
                        if sub is not None:
                            value = ModuleRef(self, sub)
                ns[bound] = value if isinstance(value, (type, ModuleRef)) else Other()
        elif isinstance(s, ast.Import):
            for alias in s.names:
                bound = alias.asname or alias.name.split(".")[0]
                target = self.find(path, alias.asname and alias.name or alias.name.split(".")[0], 0)
                ns[bound] = ModuleRef(self, target) if target is not None else Other()

    def make_class(self, node, ns, path, module_ns):
        bases = []
        for b in node.bases:
            value = self.value_of(b, ns, path)
            if isinstance(value, type):
                bases.append(value)
            elif (dotted(b) or "").endswith("TestCase"):
                bases.append(UnitTestBase)
        body = {}
        for s in statements(node.body):
            self.bind(s, body, path, module_ns)
        # Other dunders (`__slots__`, `__class_getitem__`, …) would change what type() builds.
        body = {k: v for k, v in body.items() if not (k.startswith("__") and k.endswith("__")) or k in ("__test__", "__init__", "__new__")}
        body["__qualname__"] = node.name
        bases = [b for i, b in enumerate(bases) if b not in bases[:i]]
        try:
            return type(node.name, tuple(bases), body)
        except TypeError:
            return type(node.name, (), body)


def is_test_function(name, obj):
    return name.startswith("test") and callable(obj) and not isinstance(obj, (Other, type))


def collect_class(cls, name):
    """Tests pytest collects from a class found as `name` in a collected namespace."""
    if issubclass(cls, UnitTestBase):
        if not getattr(cls, "__test__", True):
            return 0
        return sum(1 for n in dir(cls) if n.startswith("test") and callable(getattr(cls, n)) and not isinstance(getattr(cls, n), type))
    if not (name.startswith("Test") or getattr(cls, "__test__", False) is True):
        return 0
    if not getattr(cls, "__test__", True):
        return 0
    if cls.__init__ is not object.__init__ or cls.__new__ is not object.__new__:
        return 0
    seen = set()
    total = 0
    for klass in cls.__mro__:
        for n, obj in list(vars(klass).items()):
            if n in seen:
                continue
            seen.add(n)
            if isinstance(obj, type):
                total += collect_class(obj, n)
            elif is_test_function(n, obj):
                total += 1
    return total


def count(loader, path, own_classes):
    ns = loader.module(path)
    if ns is None:
        return None
    if ns.get("__test__", True) is False:
        return 0
    total = 0
    for n, obj in ns.items():
        if isinstance(obj, type):
            # Classes imported from elsewhere are not counted here (see the module docstring).
            if n in own_classes:
                total += collect_class(obj, n)
        elif is_test_function(n, obj):
            total += 1
    return total


def main():
    root = Path(sys.argv[1])
    loader = Loader(root)
    for line in sys.stdin:
        rel = line.strip()
        if not rel:
            continue
        path = root / rel
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        lines = len(text.splitlines())
        try:
            tree = ast.parse(data)
        except (SyntaxError, ValueError):
            print(json.dumps({"path": rel, "lines": lines, "tests": None}))
            continue
        own = {s.name for s in statements(tree.body) if isinstance(s, ast.ClassDef)}
        print(json.dumps({"path": rel, "lines": lines, "tests": count(loader, path, own)}))


if __name__ == "__main__":
    main()
