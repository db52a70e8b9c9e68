"""The one approved way to read and change environment variables, isolated per test."""
import os


class IsolatedEnvironment:
    def __init__(self, values):
        self._values = dict(values)

    @classmethod
    def snapshot(cls):
        return cls(os.environ)

    def get(self, key, default=None):
        return self._values.get(key, default)

    def set(self, key, value):
        self._values[key] = value

    def restore(self):
        pass


_current = None


def get_env() -> IsolatedEnvironment:
    global _current
    if _current is None:
        _current = IsolatedEnvironment.snapshot()
    return _current
