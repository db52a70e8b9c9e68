import rule from '../../analyzer/rules/async-hygiene.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'marked async test awaiting asyncio.sleep', code: py`
        import asyncio, pytest, time
        @pytest.mark.asyncio
        async def test_a():
            await asyncio.sleep(0.1)
        def test_sync():
            time.sleep(0.1)
      ` },
    { name: 'module pytestmark and anyio', code: py`
        import pytest
        pytestmark = pytest.mark.anyio
        async def test_a(): pass
      ` },
    { name: 'asyncio_mode = auto', options: { asyncioMode: 'auto' }, code: 'async def test_a(): pass\n' },
    { name: 'unittest IsolatedAsyncioTestCase needs no marker', code: py`
        import unittest
        class T(unittest.IsolatedAsyncioTestCase):
            async def test_a(self): pass
      ` },
    { name: 'time.sleep in a sync helper nested in an async test', code: py`
        import time, pytest
        @pytest.mark.asyncio
        async def test_a():
            def helper():
                time.sleep(1)
            await run_in_thread(helper)
      ` },
    { name: 'a plain unittest.TestCase drives the loop by hand: there is no runner loop, and async def would not run', code: py`
        import asyncio, unittest

        class TestQueue(unittest.TestCase):
            def test_put_get(self):
                async def main():
                    q = asyncio.Queue()
                    await q.put(1)
                    return await q.get()
                self.assertEqual(asyncio.run(main()), 1)

            def test_loop_runs_callbacks(self):
                loop = asyncio.new_event_loop()
                self.addCleanup(loop.close)
                self.assertIsNone(loop.run_until_complete(asyncio.sleep(0)))
      ` },
    { name: 'a mixin whose tests run through unittest.TestCase subclasses (elsewhere) is unittest-style too', code: py`
        import asyncio, unittest

        class BaseQueueTests:
            def test_put_get(self):
                self.assertEqual(asyncio.run(self.roundtrip(1)), 1)

        class QueueTests(BaseQueueTests, unittest.TestCase):
            async def roundtrip(self, x):
                return x
      ` },
    { name: 'a blocking sleep under a timeout scope is the busy work a timeout test needs; asyncio.run in a process target runs elsewhere', code: py`
        import asyncio, time, pytest

        @pytest.mark.asyncio
        async def test_timeout_fires_after_busy_work():
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.01):
                    time.sleep(0.1)
                    await asyncio.sleep(1)

        def test_child_process_runs_its_own_loop(ctx):
            process = ctx.Process(target=lambda: asyncio.run(child_main()))
            process.start()
            process.join()
      ` },
  ],
  invalid: [
    { name: 'asyncio.run inside an IsolatedAsyncioTestCase, whose runner owns a loop; asyncio imported under an alias', code: py`
        import asyncio as aio
        import unittest

        class TestQueue(unittest.IsolatedAsyncioTestCase):
            def test_put_get(self):
                aio.run(main())
      `, errors: [{ line: 6, message: '`aio.run()` drives an event loop by hand inside a test; make the test `async def` and let the runner own the loop.' }] },
    { name: 'unmarked async test in strict mode', code: py`
        class TestEvents:
            async def test_started(self):
                pass
      `, errors: [{ line: 2, message: "Async test `TestEvents::test_started` has no `asyncio` marker; in pytest-asyncio's strict mode it is skipped, not run." }] },
    { name: 'time.sleep in a coroutine, also imported by name', code: py`
        import pytest
        from time import sleep
        @pytest.mark.asyncio
        async def test_a():
            sleep(1)
        async def helper():
            import time
            time.sleep(2)
      `, errors: [
        { line: 5, message: '`time.sleep()` blocks the event loop inside `async def`; use `await asyncio.sleep()`.' },
        { line: 8, message: '`time.sleep()` blocks the event loop inside `async def`; use `await asyncio.sleep()`.' },
      ] },
    { name: 'a pytest-style mixin (plain assert) inherited by a Test class is pytest-style: the advice holds', code: py`
        import asyncio

        class CommonQueueTests:
            def test_put_get(self):
                assert asyncio.run(self.roundtrip(1)) == 1

        class TestQueue(CommonQueueTests):
            async def roundtrip(self, x):
                return x
      `, errors: [
        { line: 5, message: '`asyncio.run()` drives an event loop by hand inside a test; make the test `async def` and let the runner own the loop.' },
      ] },
    { name: 'asyncio.run and run_until_complete inside tests', code: py`
        import asyncio
        def test_a():
            asyncio.run(main())
        def test_b(loop):
            loop.run_until_complete(main())
      `, errors: [
        { line: 3, message: '`asyncio.run()` drives an event loop by hand inside a test; make the test `async def` and let the runner own the loop.' },
        { line: 5, message: '`loop.run_until_complete()` drives an event loop by hand inside a test; make the test `async def` and let the runner own the loop.' },
      ] },
  ],
});
