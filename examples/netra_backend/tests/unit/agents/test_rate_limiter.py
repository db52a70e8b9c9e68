"""
Unit tests for the per-user rate limiter of agent runs.

Business Value Justification (BVJ):
- Segment: Free, Early
- Business Goal: Cost control: free users cannot exhaust shared LLM capacity
- Value Impact: Paying users keep their latency when free traffic spikes
- Strategic Impact: Protects margins on the free tier
"""
import pytest

from netra_backend.app.agents.rate_limiter import RateLimiter

pytestmark = pytest.mark.unit


def test_first_run_is_allowed():
    limiter = RateLimiter(per_minute=2)
    assert limiter.allow("user-1")


<<<<<<< HEAD
def test_third_run_in_a_minute_is_refused():
    limiter = RateLimiter(per_minute=2)
    limiter.allow("user-1")
    limiter.allow("user-1")
    assert not limiter.allow("user-1")
=======
def test_limit_is_per_user():
    limiter = RateLimiter(per_minute=1)
    limiter.allow("user-1")
    assert limiter.allow("user-2")
>>>>>>> feature/per-user-limits
