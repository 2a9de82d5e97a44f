"""The frameworks people build agents on, unchanged, against Sluice's chat completions through the real stack:
LangChain (``langchain-openai``) and the OpenAI Agents SDK."""

from __future__ import annotations

import asyncio

import pytest
from pydantic import BaseModel, Field

pytestmark = pytest.mark.e2e


class City(BaseModel):
    """A city and the country it is in."""

    name: str = Field(max_length=40)
    country: str = Field(max_length=40)
    population_millions: float


def weather(city: str) -> str:
    """The current weather in a city."""
    return f"It is sunny and 21 C in {city}."


@pytest.fixture(scope="module")
def chat_model(stack):
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(base_url=f"{stack.base_url}/v1", api_key=stack.key, model=stack.model, temperature=0,
                      max_tokens=80, max_retries=0)


def test_langchain_bind_tools_calls_a_tool_and_answers_its_result(chat_model):
    from langchain_core.messages import HumanMessage, ToolMessage
    from langchain_core.tools import tool

    weather_tool = tool(weather)
    model = chat_model.bind_tools([weather_tool], tool_choice="weather")
    question = HumanMessage("What is the weather in Lisbon?")
    called = model.invoke([question])
    [call] = called.tool_calls
    assert call["name"] == "weather" and isinstance(call["args"]["city"], str) and call["id"]

    result = ToolMessage(weather_tool.invoke(call["args"]), tool_call_id=call["id"])
    answer = chat_model.bind_tools([weather_tool], tool_choice="none").invoke([question, called, result])
    assert answer.content and not answer.tool_calls


def test_langchain_structured_output_is_an_instance_of_the_pydantic_model(chat_model):
    for method in ("json_schema", "function_calling"):
        city = chat_model.with_structured_output(City, method=method).invoke("Name a large city in Japan.")
        assert isinstance(city, City), method
        City.model_validate(city.model_dump())


def test_an_openai_agents_sdk_agent_calls_a_function_tool_through_chat_completions(stack):
    from agents import (
        Agent,
        ModelSettings,
        OpenAIChatCompletionsModel,
        Runner,
        function_tool,
        set_tracing_disabled,
    )
    from openai import AsyncOpenAI

    set_tracing_disabled(True)
    calls: list[str] = []

    @function_tool
    def get_weather(city: str) -> str:
        """The current weather in a city."""
        calls.append(city)
        return weather(city)

    agent = Agent(
        name="forecaster", instructions="Answer questions about the weather with the get_weather tool.",
        model=OpenAIChatCompletionsModel(model=stack.model, openai_client=AsyncOpenAI(
            base_url=f"{stack.base_url}/v1", api_key=stack.key, max_retries=0)),
        model_settings=ModelSettings(tool_choice="required", parallel_tool_calls=False, temperature=0,
                                     max_tokens=80),
        tools=[get_weather], tool_use_behavior="stop_on_first_tool")
    result = asyncio.run(Runner.run(agent, "What is the weather in Oslo?"))
    assert len(calls) == 1
    assert result.final_output == weather(calls[0])
