"""
End-to-end tests: a real user signs up, logs in and logs out through the public API.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Early, Free
- Business Goal: Conversion and retention: the front door works
- Value Impact: Covers the path every customer takes at least once a day
- Strategic Impact: The one flow that must never break in a release
"""

import pytest

from test_framework.ssot.base_test_case import SSotBaseTestCase
from test_framework.ssot.e2e_auth_helper import E2EAuthHelper

pytestmark = pytest.mark.e2e


class TestLoginLogout(SSotBaseTestCase):
    @pytest.mark.asyncio
    async def test_signed_in_user_reaches_the_dashboard(self, api_client, fresh_email):
        user = await E2EAuthHelper().create_authenticated_user(fresh_email)
        response = await api_client.get("/dashboard", token=user.access_token)
        assert response.status_code == 200

    @pytest.mark.asyncio
    async def test_logout_invalidates_the_access_token(self, api_client, fresh_email):
        user = await E2EAuthHelper().create_authenticated_user(fresh_email)
        await api_client.post("/auth/logout", token=user.access_token)
        response = await api_client.get("/dashboard", token=user.access_token)
        assert response.status_code == 401, "a logged-out token must stop working at once"

    @pytest.mark.asyncio
    async def test_login_after_logout_works(self, api_client, fresh_email):
        helper = E2EAuthHelper()
        user = await helper.create_authenticated_user(fresh_email)
        await api_client.post("/auth/logout", token=user.access_token)
        token = await helper.get_token(fresh_email)
        assert (await api_client.get("/dashboard", token=token)).status_code == 200
