"""
Integration scenarios for the agent pipeline: triage, data, optimisation and reporting agents.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid
- Business Goal: Expansion: multi-agent runs finish with a useful answer
- Value Impact: Scenario coverage of the paths customers actually run
- Strategic Impact: Agent orchestration is where most regressions have been found
"""

import pytest

from test_framework.ssot.base_test_case import SSotBaseTestCase
from test_framework.ssot.real_services import RealServices

pytestmark = pytest.mark.integration


class TestScenario00TriageToData(SSotBaseTestCase):
    """Scenario 0: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 0")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_0(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 0")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario01DataToOptimisation(SSotBaseTestCase):
    """Scenario 1: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 1")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_1(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 1")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario02OptimisationToReporting(SSotBaseTestCase):
    """Scenario 2: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 2")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_2(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 2")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario03ReportingToTriage(SSotBaseTestCase):
    """Scenario 3: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 3")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_3(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 3")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario04TriageToData(SSotBaseTestCase):
    """Scenario 4: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 4")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_4(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 4")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario05DataToOptimisation(SSotBaseTestCase):
    """Scenario 5: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 5")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_5(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 5")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario06OptimisationToReporting(SSotBaseTestCase):
    """Scenario 6: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 6")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_6(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 6")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario07ReportingToTriage(SSotBaseTestCase):
    """Scenario 7: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 7")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_7(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 7")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario08TriageToData(SSotBaseTestCase):
    """Scenario 8: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 8")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_8(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 8")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario09DataToOptimisation(SSotBaseTestCase):
    """Scenario 9: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 9")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_9(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 9")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario10OptimisationToReporting(SSotBaseTestCase):
    """Scenario 10: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 10")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_10(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 10")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario11ReportingToTriage(SSotBaseTestCase):
    """Scenario 11: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 11")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_11(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 11")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario12TriageToData(SSotBaseTestCase):
    """Scenario 12: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 12")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_12(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 12")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario13DataToOptimisation(SSotBaseTestCase):
    """Scenario 13: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 13")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_13(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 13")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario14OptimisationToReporting(SSotBaseTestCase):
    """Scenario 14: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 14")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_14(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 14")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario15ReportingToTriage(SSotBaseTestCase):
    """Scenario 15: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 15")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_15(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 15")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario16TriageToData(SSotBaseTestCase):
    """Scenario 16: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 16")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_16(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 16")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario17DataToOptimisation(SSotBaseTestCase):
    """Scenario 17: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 17")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_17(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 17")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario18OptimisationToReporting(SSotBaseTestCase):
    """Scenario 18: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 18")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_18(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 18")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario19ReportingToTriage(SSotBaseTestCase):
    """Scenario 19: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 19")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_19(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 19")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario20TriageToData(SSotBaseTestCase):
    """Scenario 20: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 20")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_20(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 20")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario21DataToOptimisation(SSotBaseTestCase):
    """Scenario 21: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 21")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_21(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 21")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario22OptimisationToReporting(SSotBaseTestCase):
    """Scenario 22: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 22")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_22(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 22")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario23ReportingToTriage(SSotBaseTestCase):
    """Scenario 23: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 23")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_23(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 23")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario24TriageToData(SSotBaseTestCase):
    """Scenario 24: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 24")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_24(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 24")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario25DataToOptimisation(SSotBaseTestCase):
    """Scenario 25: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 25")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_25(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 25")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario26OptimisationToReporting(SSotBaseTestCase):
    """Scenario 26: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 26")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_26(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 26")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario27ReportingToTriage(SSotBaseTestCase):
    """Scenario 27: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 27")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_27(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 27")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario28TriageToData(SSotBaseTestCase):
    """Scenario 28: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 28")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_28(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 28")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario29DataToOptimisation(SSotBaseTestCase):
    """Scenario 29: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 29")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_29(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 29")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario30OptimisationToReporting(SSotBaseTestCase):
    """Scenario 30: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 30")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_30(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 30")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario31ReportingToTriage(SSotBaseTestCase):
    """Scenario 31: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 31")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_31(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 31")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario32TriageToData(SSotBaseTestCase):
    """Scenario 32: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 32")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_32(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 32")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario33DataToOptimisation(SSotBaseTestCase):
    """Scenario 33: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 33")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_33(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 33")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario34OptimisationToReporting(SSotBaseTestCase):
    """Scenario 34: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 34")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_34(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 34")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario35ReportingToTriage(SSotBaseTestCase):
    """Scenario 35: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 35")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_35(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 35")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario36TriageToData(SSotBaseTestCase):
    """Scenario 36: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 36")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_36(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 36")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario37DataToOptimisation(SSotBaseTestCase):
    """Scenario 37: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 37")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_37(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 37")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario38OptimisationToReporting(SSotBaseTestCase):
    """Scenario 38: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 38")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_38(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 38")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario39ReportingToTriage(SSotBaseTestCase):
    """Scenario 39: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 39")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_39(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 39")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario40TriageToData(SSotBaseTestCase):
    """Scenario 40: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 40")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_40(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 40")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario41DataToOptimisation(SSotBaseTestCase):
    """Scenario 41: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 41")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_41(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 41")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario42OptimisationToReporting(SSotBaseTestCase):
    """Scenario 42: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 42")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_42(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 42")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario43ReportingToTriage(SSotBaseTestCase):
    """Scenario 43: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 43")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_43(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 43")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario44TriageToData(SSotBaseTestCase):
    """Scenario 44: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 44")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_44(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 44")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario45DataToOptimisation(SSotBaseTestCase):
    """Scenario 45: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 45")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_45(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 45")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario46OptimisationToReporting(SSotBaseTestCase):
    """Scenario 46: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 46")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_46(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 46")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario47ReportingToTriage(SSotBaseTestCase):
    """Scenario 47: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 47")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_47(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 47")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario48TriageToData(SSotBaseTestCase):
    """Scenario 48: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 48")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_48(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 48")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario49DataToOptimisation(SSotBaseTestCase):
    """Scenario 49: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 49")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_49(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 49")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario50OptimisationToReporting(SSotBaseTestCase):
    """Scenario 50: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 50")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_50(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 50")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario51ReportingToTriage(SSotBaseTestCase):
    """Scenario 51: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 51")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_51(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 51")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario52TriageToData(SSotBaseTestCase):
    """Scenario 52: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 52")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_52(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 52")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario53DataToOptimisation(SSotBaseTestCase):
    """Scenario 53: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 53")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_53(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 53")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario54OptimisationToReporting(SSotBaseTestCase):
    """Scenario 54: the optimisation agent hands over to the reporting agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_reporting(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 54")
        await run.wait_for("agent_completed")
        assert "reporting" in run.agents_involved(), "the handover must reach the reporting agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_54(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="optimisation", message="scenario 54")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario55ReportingToTriage(SSotBaseTestCase):
    """Scenario 55: the reporting agent hands over to the triage agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_triage(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 55")
        await run.wait_for("agent_completed")
        assert "triage" in run.agents_involved(), "the handover must reach the triage agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_55(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="reporting", message="scenario 55")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario56TriageToData(SSotBaseTestCase):
    """Scenario 56: the triage agent hands over to the data agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_data(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 56")
        await run.wait_for("agent_completed")
        assert "data" in run.agents_involved(), "the handover must reach the data agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_56(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="triage", message="scenario 56")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}


class TestScenario57DataToOptimisation(SSotBaseTestCase):
    """Scenario 57: the data agent hands over to the optimisation agent."""

    @pytest.mark.asyncio
    async def test_handover_reaches_optimisation(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 57")
        await run.wait_for("agent_completed")
        assert "optimisation" in run.agents_involved(), "the handover must reach the optimisation agent"

    @pytest.mark.asyncio
    async def test_handover_keeps_the_thread_57(self, pipeline, real_services: RealServices):
        run = await pipeline.start(first="data", message="scenario 57")
        await run.wait_for("agent_completed")
        assert {e.thread_id for e in run.events} == {run.thread_id}
