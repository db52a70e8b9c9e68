"""Base class every Netra test class may build on: isolated environment, cleanup, timing."""
from shared.isolated_environment import IsolatedEnvironment


class SSotBaseTestCase:
    """Gives each test its own environment snapshot and restores it afterwards."""

    def setup_method(self, method):
        self.env = IsolatedEnvironment.snapshot()

    def teardown_method(self, method):
        self.env.restore()
