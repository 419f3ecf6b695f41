"""The LLM drafter: prompt files + token budget + structured output through an ``LLMClient``."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence

from app.drafting.base import Drafter, DraftResult
from app.drafting.stream_json import FieldStream
from app.drafting.template import phrases
from app.llm.base import LLMBadOutput, LLMClient, LLMRequest, LLMResponse, LLMStream
from guardrails.taxonomy import FLAG_NAMES
from prompts.budget import BudgetItem, Priority, fit
from prompts.models import DraftInput, DraftOutput, PromptMessage, PromptSource, draft_output_schema
from prompts.render import render
from retrieval.tokens import count_tokens

LANGUAGE_NAMES = {"ja": "Japanese (keigo)", "en": "English"}


def authority_text(lang: str, refund_limit: int, coupon_limit: int | None) -> str:
    """The agent's authority in words, for the system prompt."""
    if lang == "ja":
        coupon = f"、お詫びクーポン{coupon_limit:,}円まで" if coupon_limit else ""
        return f"担当者の権限は、返金1件{refund_limit:,}円まで{coupon}です。付随的な損害の補償は約束しない。"
    coupon = f" and goodwill coupons up to ¥{coupon_limit:,}" if coupon_limit else ""
    return (
        f"The agent may approve refunds up to ¥{refund_limit:,} per case{coupon}; "
        "never promise compensation for consequential loss."
    )


class LLMDrafter(Drafter):
    """Drafts with a chat model. Raises :class:`app.llm.base.LLMError` on provider faults."""

    def __init__(
        self,
        client: LLMClient,
        *,
        context_window: int = 8192,
        max_output_tokens: int = 900,
    ) -> None:
        self.client = client
        self.name = client.backend
        self.context_window = context_window
        self.max_output_tokens = max_output_tokens

    # -- prompt ---------------------------------------------------------------------------

    def build_request(self, inp: DraftInput) -> LLMRequest:
        """The chat request for ``inp``, fitted to the context window."""
        lang = inp.language
        system = render(
            "draft_system",
            lang,
            company=inp.company or ("当社" if lang == "ja" else "the company"),
            authority=inp.authority,
            channel_register=phrases(lang)["channel_register"].get(inp.channel, ""),
            flag_names=", ".join(FLAG_NAMES),
        )
        fixed = self._render_user(inp, [], [], [])
        budget = (
            self.context_window
            - self.max_output_tokens
            - count_tokens(system)
            - count_tokens(fixed)
            - 64
        )
        items: list[BudgetItem] = []
        for s in inp.sources:
            prio = {"policy": Priority.POLICY, "manual": Priority.MANUAL}.get(
                s.doc_type, Priority.RESOLUTION
            )
            block = f"[{s.label}] ({s.doc_type}) {s.title}\n{s.text}\n"
            items.append(BudgetItem(s.label, prio, block, count_tokens(block), order=len(items)))
        for i, f in enumerate(inp.flags):
            line = f"- {f.flag} ({f.severity}): {f.reason} {f.guidance or ''}\n"
            items.append(BudgetItem(f"flag:{i}", Priority.FLAGS, line, count_tokens(line), order=i))
        n = len(inp.messages)
        for i, m in enumerate(inp.messages):
            newest_first = n - 1 - i
            items.append(
                BudgetItem(
                    f"msg:{i}",
                    Priority.MESSAGES,
                    m.text,
                    count_tokens(m.text) + 8,
                    order=newest_first,
                    required=newest_first == 0,
                )
            )
        sel = fit(items, max(budget, 64), count=count_tokens)
        kept = {it.key: it for it in sel.kept}
        sources = [s for s in inp.sources if s.label in kept]
        flags = [f for i, f in enumerate(inp.flags) if f"flag:{i}" in kept]
        messages = [
            PromptMessage(role=m.role, text=kept[f"msg:{i}"].text)
            for i, m in enumerate(inp.messages)
            if f"msg:{i}" in kept
        ]
        user = self._render_user(inp, sources, flags, messages)
        return LLMRequest(
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            response_schema=draft_output_schema(),
            schema_name="draft_reply",
            temperature=0.3,
            max_tokens=self.max_output_tokens,
        )

    @staticmethod
    def _render_user(
        inp: DraftInput,
        sources: list[PromptSource],
        flags: Sequence[object],
        messages: list[PromptMessage],
    ) -> str:
        return render(
            "draft_user",
            inp.language,
            policy_sources=[s for s in sources if s.doc_type == "policy"],
            sources=[s for s in sources if s.doc_type != "policy"],
            flags=flags,
            messages=messages,
            channel=inp.channel,
            language=inp.language,
            language_name=LANGUAGE_NAMES[inp.language],
            tier=inp.tier,
            contact_count=inp.contact_count,
            product=inp.product or "",
            agent_notes=inp.agent_notes or "",
            feedback=inp.feedback,
        )

    # -- drafting -------------------------------------------------------------------------

    def _result(self, resp: LLMResponse, t0: float) -> DraftResult:
        if resp.parsed is None:
            raise LLMBadOutput("the model returned no JSON object", text=resp.text)
        try:
            out = DraftOutput.model_validate(resp.parsed)
        except ValueError as exc:
            raise LLMBadOutput(f"draft does not match the schema: {exc}", text=resp.text) from exc
        return DraftResult(
            output=out,
            backend=self.name,
            prompt_tokens=resp.usage.prompt_tokens,
            completion_tokens=resp.usage.completion_tokens,
            latency_ms=int((time.perf_counter() - t0) * 1000),
        )

    def draft(self, inp: DraftInput) -> DraftResult:
        t0 = time.perf_counter()
        return self._result(self.client.generate(self.build_request(inp)), t0)

    def stream(self, inp: DraftInput) -> Iterator[str | DraftResult]:
        """The reply's characters as the model writes them, then the validated result."""
        t0 = time.perf_counter()
        stream = self.client.stream(self.build_request(inp))
        reply = FieldStream("reply")
        for delta in stream:
            text = reply.feed(delta)
            if text:
                yield text
        resp = stream.response if isinstance(stream, LLMStream) else None
        if resp is None:
            raise LLMBadOutput("the stream ended without a response")
        yield self._result(resp, t0)
