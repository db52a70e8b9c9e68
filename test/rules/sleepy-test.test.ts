import rule from '../../analyzer/rules/sleepy-test.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'sleeps a timeout or cancellation is meant to interrupt, and sleeps handed over as the work', code: py`
        import asyncio, pytest
        from time import sleep as nap

        @pytest.mark.asyncio
        async def test_deadline_cancels_work():
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(10)
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(asyncio.sleep(10), 0.01)
            try:
                asyncio.current_task().cancel()
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                pass

        def test_interrupt(handler):
            with pytest.raises(KeyboardInterrupt):
                nap(5)
      ` },
    { name: 'tests whose subject is time: a timeout that must elapse, a kernel timer', code: py`
        import signal, time

        def test_idle_connection_times_out(server, client):
            client.connect(server)
            time.sleep(1.5)
            assert client.closed

        def test_process_clock_excludes_sleep():
            start = time.process_time()
            time.sleep(0.1)
            assert time.process_time() - start < 0.02

        def test_itimer_fires(handler):
            signal.setitimer(signal.ITIMER_REAL, 1e-6)
            time.sleep(1)
            assert handler.called
      ` },
    { name: 'the interval of a polling loop, and a test of sleeping itself', code: py`
        import time

        def test_thread_stops(t):
            for _ in range(500):
                if "stopped" in repr(t):
                    break
                time.sleep(0.01)
            assert "stopped" in repr(t)

        def test_process_exits(p):
            while p.poll() is None:
                time.sleep(0.1)
            assert p.returncode == 0

        def test_sleep_accepts_floats():
            time.sleep(0.2)
      ` },
    { name: 'waiting for the condition; sleep(0) yields; sleep with a computed delay; sleep in a worker', code: py`
        import asyncio, time

        def test_job(queue):
            job = queue.submit(work)
            assert job.wait(timeout=5)

        async def test_yield():
            await asyncio.sleep(0)
            time.sleep(0)
            time.sleep(DELAY)

        def test_thread():
            def worker():
                time.sleep(0.1)
            run_in_thread(worker)
      ` },
    { name: 'sleep outside tests and an unrelated sleep function', code: py`
        import time
        def wait():
            time.sleep(1)

        def test_x(robot):
            robot.sleep(3)
      ` },
  ],
  invalid: [
    { name: 'a sleep imported under an alias that waits for a started task', code: py`
        import asyncio as aio
        from time import sleep as nap

        async def test_runner_starts(runner):
            task = aio.create_task(runner())
            await aio.sleep(0.1)
            assert not task.done()
            nap(0.2)
      `, errors: [{ line: 6, message: /aio.sleep\(0.1\)/ }, { line: 8, message: /nap\(0.2\)/ }] },
    { name: 'pytest: time.sleep and awaited asyncio.sleep', code: py`
        import asyncio, time

        def test_job_finishes(queue):
            job = queue.submit(work)
            time.sleep(2)
            assert job.done

        async def test_event(bus):
            await asyncio.sleep(0.5)
            assert bus.seen
      `, errors: [
        { line: 5, column: 5, message: '`time.sleep(2)` in test `test_job_finishes`: a fixed wait is too long on fast machines and too short on slow ones; wait for the condition instead.' },
        { line: 9, column: 11, message: '`asyncio.sleep(0.5)` in test `test_event`: a fixed wait is too long on fast machines and too short on slow ones; wait for the condition instead.' },
      ] },
    { name: 'unittest: sleep imported by name', code: py`
        import unittest
        from time import sleep as pause

        class TestCache(unittest.TestCase):
            def test_expiry(self):
                cache.put("k", 1, ttl=0.1)
                pause(0.2)
                self.assertIsNone(cache.get("k"))
      `, errors: [{ line: 7, message: '`pause(0.2)` in test `TestCache::test_expiry`: a fixed wait is too long on fast machines and too short on slow ones; wait for the condition instead.' }] },
  ],
});
