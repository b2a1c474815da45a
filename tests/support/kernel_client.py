"""A tiny Jupyter "front end" for driving ipywidgets in a real kernel.

This module starts a real ``ipykernel`` (with :mod:`jupyter_client`, using the
*current* interpreter) and talks to it exactly like a browser front end
(JupyterLab / Notebook 7 with ``@jupyter-widgets/*`` 8.x) would:

* it **receives** ``comm_open`` / ``comm_msg`` / ``comm_close`` on the IOPub
  channel and keeps a *model mirror* (``model_id -> state``) of every
  ``jupyter.widget`` comm, applying ``update`` and ``echo_update`` messages;
* it **sends** ``comm_msg`` on the shell channel, e.g. the ``custom``
  ``{"event": "click"}`` message of a Button, or an ``update`` message when a
  slider is dragged.

It has no pytest dependency so it can be imported by tests *and* by benchmark
scripts.  Typical use::

    from support.kernel_client import KernelSession, contains   # tests/ on sys.path

    with KernelSession() as ks:
        res = ks.execute(CELL_CODE)
        res.raise_for_error()
        button = ks.find_model("ButtonModel", description="Increment")
        ks.click(button.model_id)                      # waits for idle
        html = ks.find_model("HTMLModel", value=contains("Count"))
        assert html["value"] == "Count = 1"

Protocol notes (ipywidgets 8.1, widget protocol 2.1.0, ipykernel 7)
------------------------------------------------------------------
* Every shell request (``execute_request`` *and* ``comm_msg``) is bracketed on
  IOPub by ``status: busy`` / ``status: idle`` whose ``parent_header`` is the
  request.  Everything the kernel publishes while handling the request
  (streams, errors, display_data, comm traffic) carries that same parent and
  is published *before* the idle status, on the same socket, so "wait for idle
  with parent == my msg_id" is a reliable completion barrier.  ``comm_msg``
  gets no shell reply, only this IOPub bracket.
* ipywidgets 8 sends ``echo_update`` **unconditionally** (unless the kernel
  runs with ``JUPYTER_WIDGETS_ECHO=0``): whenever the front end sends an
  ``update``, the kernel immediately answers with an ``echo_update`` carrying
  the received state (traits tagged ``echo_update=False``, e.g. FileUpload's
  value, are left out).  The front end does not need to announce anything.
* Because of the kernel-side "property lock", setting ``value`` from the front
  end does *not* produce an ``update`` back for that trait unless a handler
  changes it to a different value; other traits changed by observers are sent
  as ordinary ``update`` messages.
* Exceptions raised in widget callbacks are caught by ipywidgets and shown via
  ``showtraceback`` -> an IOPub ``error`` message parented to the comm_msg;
  they are collected in :attr:`ExecutionResult.errors`.

The class is *not* thread-safe: use one session from one thread.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

__all__ = [
    "ClickSample",
    "CommEvent",
    "ExecutionResult",
    "KernelDiedError",
    "KernelSession",
    "PendingRequest",
    "WidgetModel",
    "contains",
    "measure_click_latency",
    "measure_click_samples",
    "summarize_ms",
]

DEFAULT_TIMEOUT = 30.0
WIDGET_TARGET = "jupyter.widget"
CONTROL_TARGET = "jupyter.widget.control"
WIDGET_PROTOCOL_VERSION = "2.1.0"
CONTROL_PROTOCOL_VERSION = "1.0.0"
WIDGET_VIEW_MIMETYPE = "application/vnd.jupyter.widget-view+json"
IPY_MODEL_PREFIX = "IPY_MODEL_"


class KernelDiedError(RuntimeError):
    """The kernel process exited while we were waiting for it."""


# ---------------------------------------------------------------------------
# Data records
# ---------------------------------------------------------------------------


@dataclass
class CommEvent:
    """One comm message received from the kernel on IOPub.

    ``kind`` is ``"comm_open"``, ``"comm_close"`` or, for ``comm_msg``, the
    ``data.method`` (``"update"``, ``"echo_update"``, ``"custom"``, ...).
    ``t`` is :func:`time.perf_counter` at the moment the message was read.
    """

    seq: int
    t: float
    kind: str
    model_id: str
    data: dict
    parent_msg_id: str | None
    target_name: str | None = None
    buffers: list = field(default_factory=list, repr=False)

    @property
    def state(self) -> dict:
        """``data["state"]`` (empty dict if absent)."""
        return self.data.get("state") or {}


@dataclass
class WidgetModel:
    """Mirror of one ``jupyter.widget`` model, as a front end would hold it."""

    model_id: str
    state: dict
    open: bool = True
    opened_seq: int = -1
    closed_seq: int | None = None

    @property
    def model_name(self) -> str | None:
        return self.state.get("_model_name")

    def __getitem__(self, key: str) -> Any:
        return self.state[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.state.get(key, default)

    def __repr__(self) -> str:  # compact, useful in assertion messages
        interesting = {
            k: v
            for k, v in self.state.items()
            if k in ("description", "value", "children", "options", "index")
        }
        flag = "" if self.open else " CLOSED"
        return f"<{self.model_name} {self.model_id[:8]}{flag} {interesting}>"


@dataclass
class ExecutionResult:
    """Everything the kernel published for one shell request.

    Filled from IOPub messages whose ``parent_header.msg_id`` is ``msg_id``,
    up to and including ``status: idle``.  For ``execute_request`` also holds
    the shell ``execute_reply``.
    """

    msg_id: str
    msg_type: str
    sent_at: float
    idle_at: float | None = None
    reply: dict | None = None
    stdout: str = ""
    stderr: str = ""
    errors: list[dict] = field(default_factory=list)
    outputs: list[dict] = field(default_factory=list)
    displayed_model_ids: list[str] = field(default_factory=list)
    comm_events: list[CommEvent] = field(default_factory=list)
    iopub: list[dict] = field(default_factory=list, repr=False)

    @property
    def status(self) -> str | None:
        """``execute_reply`` status, or ``"error"``/``"ok"`` for comm messages."""
        if self.reply is not None:
            return self.reply.get("status")
        return "error" if self.errors else "ok"

    @property
    def ok(self) -> bool:
        return self.status == "ok" and not self.errors

    @property
    def elapsed(self) -> float | None:
        """Seconds from send to the idle status (``None`` if not idle yet)."""
        return None if self.idle_at is None else self.idle_at - self.sent_at

    def count(self, kind: str | None = None, model_id: str | None = None) -> int:
        """Number of comm events of ``kind`` (and ``model_id``) in this request."""
        return sum(
            1
            for e in self.comm_events
            if (kind is None or e.kind == kind) and (model_id is None or e.model_id == model_id)
        )

    def raise_for_error(self) -> "ExecutionResult":
        """Raise ``RuntimeError`` with the kernel traceback if the request failed."""
        if not self.ok:
            tbs = []
            for err in self.errors or [self.reply or {}]:
                tb = "\n".join(err.get("traceback") or [])
                tbs.append(f"{err.get('ename')}: {err.get('evalue')}\n{_strip_ansi(tb)}")
            raise RuntimeError(
                f"kernel {self.msg_type} {self.msg_id[:8]} failed:\n" + "\n".join(tbs)
                + (f"\n--- stderr ---\n{self.stderr}" if self.stderr else "")
            )
        return self


@dataclass
class _Tracking:
    result: ExecutionResult


class PendingRequest:
    """Handle for a shell message sent without waiting (``wait=False``)."""

    def __init__(self, session: "KernelSession", msg_id: str, sent_at: float):
        self.session = session
        self.msg_id = msg_id
        self.sent_at = sent_at

    def wait(self, timeout: float = DEFAULT_TIMEOUT) -> ExecutionResult:
        """Pump IOPub until the kernel is idle for this request."""
        return self.session.wait_idle(self.msg_id, timeout=timeout)

    def __repr__(self) -> str:
        return f"<PendingRequest {self.msg_id[:8]}>"


def contains(substring: str) -> Callable[[Any], bool]:
    """State matcher for :meth:`KernelSession.find_models`: ``substring in value``."""

    def _match(value: Any) -> bool:
        return isinstance(value, str) and substring in value

    _match.__name__ = f"contains({substring!r})"
    return _match


# ---------------------------------------------------------------------------
# The session
# ---------------------------------------------------------------------------


class KernelSession:
    """A real ipykernel driven like a browser front end with widget support.

    Parameters
    ----------
    startup_timeout:
        Max seconds to wait for the kernel to answer ``kernel_info``.
    cwd:
        Working directory of the kernel process (default: current dir).
    env:
        Extra environment variables for the kernel (merged into ``os.environ``).
        E.g. ``{"JUPYTER_WIDGETS_ECHO": "0"}`` or ``{"PYTHONPATH": "src"}``.
    extra_arguments:
        Extra kernel command-line arguments (traitlets config flags).
    python:
        Interpreter to run the kernel with (default: ``sys.executable``).
    isolate:
        Use a throw-away ``IPYTHONDIR`` (no user profile / startup files) and
        an in-memory history database.
    shutdown_wait:
        jupyter_client's ``shutdown_wait_time``: after ``shutdown_request`` the
        kernel gets half of it to exit, then SIGTERM, then SIGKILL.  Kept
        short because ipykernel 7 occasionally hangs in its control thread
        after replying to ``shutdown_request`` (~1 in 10-20 shutdowns here).
    start:
        Start the kernel in the constructor (else call :meth:`start`).

    Attributes
    ----------
    models: dict[str, WidgetModel]
        The model mirror (closed models stay, with ``open=False``).
    events: list[CommEvent]
        Every comm message received, in IOPub order (``seq`` == index).
    """

    def __init__(
        self,
        *,
        startup_timeout: float = 60.0,
        cwd: str | os.PathLike | None = None,
        env: dict[str, str] | None = None,
        extra_arguments: Iterable[str] = (),
        python: str | None = None,
        isolate: bool = True,
        shutdown_wait: float = 1.0,
        start: bool = True,
    ) -> None:
        self.startup_timeout = startup_timeout
        self.cwd = os.fspath(cwd) if cwd is not None else os.getcwd()
        self.extra_env = dict(env or {})
        self.extra_arguments = list(extra_arguments)
        self.python = python or sys.executable
        self.isolate = isolate
        self.shutdown_wait = shutdown_wait

        self.km: KernelManager | None = None
        self.kc: Any = None  # BlockingKernelClient
        self.models: dict[str, WidgetModel] = {}
        self.events: list[CommEvent] = []
        self.other_comms: dict[str, dict] = {}  # non-widget comms opened by kernel
        self._frontend_comm_msgs: dict[str, list[dict]] = {}  # replies on comms we opened
        self._tracking: dict[str, _Tracking] = {}
        self._tmpdir: str | None = None
        self._log_file: Any = None
        self.startup_seconds: float | None = None
        if start:
            self.start()

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> "KernelSession":
        """Start the kernel and wait (bounded) until it answers on all channels."""
        if self.km is not None:
            raise RuntimeError("kernel already started")
        t0 = time.perf_counter()
        self._tmpdir = tempfile.mkdtemp(prefix="kernel-session-")
        # A private kernelspec named "python3" whose argv[0] is *this*
        # interpreter, so the kernel sees exactly the same packages.
        spec_dir = os.path.join(self._tmpdir, "kernels", "python3")
        os.makedirs(spec_dir)
        with open(os.path.join(spec_dir, "kernel.json"), "w") as f:
            json.dump(
                {
                    "argv": [self.python, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                    "display_name": "Python 3 (kernel-session)",
                    "language": "python",
                },
                f,
            )
        ksm = KernelSpecManager(kernel_dirs=[os.path.join(self._tmpdir, "kernels")])

        env = dict(os.environ)
        env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # quiet debugpy warning
        extra_args = list(self.extra_arguments)
        if self.isolate:
            env["IPYTHONDIR"] = os.path.join(self._tmpdir, "ipython")
            extra_args.append("--HistoryManager.hist_file=:memory:")
        env.update(self.extra_env)

        self._log_file = open(os.path.join(self._tmpdir, "kernel.log"), "wb")
        self.km = KernelManager(
            kernel_name="python3", kernel_spec_manager=ksm, shutdown_wait_time=self.shutdown_wait
        )
        try:
            self.km.start_kernel(
                extra_arguments=extra_args,
                env=env,
                cwd=self.cwd,
                stdout=self._log_file,
                stderr=self._log_file,
            )
            self.kc = self.km.client()
            self.kc.start_channels()
            self.kc.wait_for_ready(timeout=self.startup_timeout)
        except BaseException:
            self.close()
            raise
        self.startup_seconds = time.perf_counter() - t0
        return self

    def close(self) -> None:
        """Shut the kernel down (gracefully, then by force) and clean up. Idempotent."""
        kc, km = self.kc, self.km
        self.kc = self.km = None
        if kc is not None:
            try:
                kc.stop_channels()
            except Exception:
                pass
        if km is not None:
            try:
                if km.has_kernel:
                    km.shutdown_kernel(now=False)
            except Exception:
                try:
                    km.shutdown_kernel(now=True)
                except Exception:
                    pass
        if self._log_file is not None:
            try:
                self._log_file.close()
            except Exception:
                pass
            self._log_file = None
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None

    def __enter__(self) -> "KernelSession":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def is_alive(self) -> bool:
        return self.km is not None and self.km.is_alive()

    def kernel_log(self) -> str:
        """stdout/stderr of the kernel *process* (not IOPub), e.g. logger output."""
        if self._log_file is None:
            return ""
        self._log_file.flush()
        with open(self._log_file.name, "rb") as f:
            return f.read().decode("utf-8", "replace")

    # -- IOPub pumping -----------------------------------------------------

    def pump(self, timeout: float = 0.0) -> dict | None:
        """Read and process at most one IOPub message; ``None`` on timeout."""
        self._require_started()
        try:
            msg = self.kc.iopub_channel.get_msg(timeout=max(0.0, timeout))
        except queue.Empty:
            return None
        self._handle_iopub(msg, time.perf_counter())
        return msg

    def drain(self, quiet: float = 0.05, timeout: float = 5.0) -> int:
        """Process IOPub until nothing arrives for ``quiet`` seconds. Returns count."""
        n = 0
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.pump(quiet) is None:
                break
            n += 1
        return n

    def _pump_or_check(self, timeout: float, what: str) -> None:
        """Pump once; if nothing came, make sure the kernel is still alive."""
        if self.pump(timeout) is None and not self.km.is_alive():
            raise KernelDiedError(f"kernel died while waiting for {what}\n{self.kernel_log()}")

    def _handle_iopub(self, msg: dict, t: float) -> None:
        msg_type = msg["header"]["msg_type"]
        content = msg.get("content", {})
        parent = (msg.get("parent_header") or {}).get("msg_id")
        tracking = self._tracking.get(parent) if parent else None
        res = tracking.result if tracking else None
        if res is not None:
            res.iopub.append(msg)

        if msg_type in ("comm_open", "comm_msg", "comm_close"):
            self._handle_comm(msg_type, msg, content, parent, t, res)
        elif res is None:
            return
        elif msg_type == "status":
            if content.get("execution_state") == "idle":
                res.idle_at = t
        elif msg_type == "stream":
            if content.get("name") == "stderr":
                res.stderr += content.get("text", "")
            else:
                res.stdout += content.get("text", "")
        elif msg_type == "error":
            res.errors.append(content)
        elif msg_type in ("display_data", "execute_result", "update_display_data"):
            data = content.get("data", {})
            res.outputs.append(
                {"msg_type": msg_type, "data": data, "metadata": content.get("metadata", {})}
            )
            view = data.get(WIDGET_VIEW_MIMETYPE)
            if isinstance(view, dict) and "model_id" in view:
                res.displayed_model_ids.append(view["model_id"])
        elif msg_type == "clear_output":
            res.outputs.append({"msg_type": "clear_output", "wait": content.get("wait", False)})

    def _handle_comm(self, msg_type, msg, content, parent, t, res) -> None:
        comm_id = content.get("comm_id", "")
        data = content.get("data") or {}
        buffers = list(msg.get("buffers") or [])
        target = content.get("target_name") if msg_type == "comm_open" else None
        kind = msg_type if msg_type != "comm_msg" else str(data.get("method", "?"))
        ev = CommEvent(len(self.events), t, kind, comm_id, data, parent, target, buffers)

        if msg_type == "comm_open":
            if target == WIDGET_TARGET:
                state = dict(data.get("state") or {})
                _put_buffers(state, data.get("buffer_paths") or [], buffers)
                self.models[comm_id] = WidgetModel(comm_id, state, True, ev.seq)
            else:
                self.other_comms[comm_id] = {"target_name": target, "data": data}
        elif msg_type == "comm_msg":
            model = self.models.get(comm_id)
            if comm_id in self._frontend_comm_msgs:
                self._frontend_comm_msgs[comm_id].append({"data": data, "buffers": buffers})
            elif model is not None and kind in ("update", "echo_update"):
                state = dict(data.get("state") or {})
                _put_buffers(state, data.get("buffer_paths") or [], buffers)
                model.state.update(state)
        elif msg_type == "comm_close":
            model = self.models.get(comm_id)
            if model is not None:
                model.open = False
                model.closed_seq = ev.seq

        self.events.append(ev)
        if res is not None:
            res.comm_events.append(ev)

    # -- sending -----------------------------------------------------------

    def _require_started(self) -> None:
        if self.kc is None:
            raise RuntimeError("kernel session is not started (or already closed)")

    def _send_shell(self, msg: dict, buffers: list | None = None) -> PendingRequest:
        self._require_started()
        msg_id = msg["header"]["msg_id"]
        sent_at = time.perf_counter()
        self._tracking[msg_id] = _Tracking(
            ExecutionResult(msg_id=msg_id, msg_type=msg["header"]["msg_type"], sent_at=sent_at)
        )
        self.kc.session.send(self.kc.shell_channel.socket, msg, buffers=buffers)
        return PendingRequest(self, msg_id, sent_at)

    def wait_idle(self, msg_id: str, timeout: float = DEFAULT_TIMEOUT) -> ExecutionResult:
        """Pump IOPub until ``status: idle`` for ``msg_id``; return its result.

        For ``execute_request`` also waits for the shell ``execute_reply``.
        """
        tracking = self._tracking.get(msg_id)
        if tracking is None:
            raise KeyError(f"unknown or already collected request {msg_id}")
        res = tracking.result
        deadline = time.perf_counter() + timeout
        while res.idle_at is None:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(
                    f"no idle for {res.msg_type} {msg_id[:8]} after {timeout}s; "
                    f"stdout={res.stdout[-500:]!r} stderr={res.stderr[-2000:]!r}"
                )
            self._pump_or_check(min(remaining, 1.0), f"idle of {res.msg_type}")
        if res.msg_type == "execute_request":
            while res.reply is None:
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    raise TimeoutError(f"no execute_reply for {msg_id[:8]} after {timeout}s")
                try:
                    reply = self.kc.get_shell_msg(timeout=min(remaining, 1.0))
                except queue.Empty:
                    if not self.km.is_alive():
                        raise KernelDiedError("kernel died waiting for execute_reply")
                    continue
                parent_id = (reply.get("parent_header") or {}).get("msg_id")
                if parent_id == msg_id:
                    res.reply = reply["content"]
                # replies to other requests (none expected) are dropped
            if res.reply.get("status") == "error" and not res.errors:
                res.errors.append(res.reply)
        del self._tracking[msg_id]
        return res

    def send_and_wait_idle(
        self, msg: dict, *, buffers: list | None = None, timeout: float = DEFAULT_TIMEOUT
    ) -> ExecutionResult:
        """Send a pre-built shell message (``kc.session.msg(...)``) and wait for idle."""
        return self._send_shell(msg, buffers).wait(timeout)

    def execute(
        self,
        code: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        silent: bool = False,
        store_history: bool = True,
        wait: bool = True,
    ) -> ExecutionResult | PendingRequest:
        """Run ``code`` like a notebook cell; wait for idle + reply.

        Returns an :class:`ExecutionResult` (does *not* raise on kernel errors;
        call ``.raise_for_error()``), or a :class:`PendingRequest` if
        ``wait=False``.
        """
        content = {
            "code": code,
            "silent": silent,
            "store_history": store_history and not silent,
            "user_expressions": {},
            "allow_stdin": False,
            "stop_on_error": True,
        }
        req = self._send_shell(self.kc.session.msg("execute_request", content))
        return req.wait(timeout) if wait else req

    def send_comm_msg(
        self,
        comm_id: str,
        data: dict,
        *,
        buffers: list | None = None,
        metadata: dict | None = None,
        wait: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> ExecutionResult | PendingRequest:
        """Send a front-end ``comm_msg`` on the shell channel."""
        self._require_started()
        msg = self.kc.session.msg(
            "comm_msg", {"comm_id": comm_id, "data": data}, metadata=metadata or {}
        )
        req = self._send_shell(msg, buffers)
        return req.wait(timeout) if wait else req

    def click(
        self, model_id: str, *, wait: bool = True, timeout: float = DEFAULT_TIMEOUT
    ) -> ExecutionResult | PendingRequest:
        """Click a Button exactly like ``@jupyter-widgets/controls`` ButtonView does."""
        return self.send_comm_msg(
            model_id, {"method": "custom", "content": {"event": "click"}},
            wait=wait, timeout=timeout,
        )

    def set_value(
        self,
        model_id: str,
        value: Any,
        trait: str = "value",
        *,
        wait: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> ExecutionResult | PendingRequest:
        """Set a trait from the "browser": local mirror first, then an ``update`` msg."""
        return self.set_state(model_id, {trait: value}, wait=wait, timeout=timeout)

    def set_state(
        self, model_id: str, state: dict, *, wait: bool = True, timeout: float = DEFAULT_TIMEOUT
    ) -> ExecutionResult | PendingRequest:
        """Like :meth:`set_value` for several traits at once (no binary buffers)."""
        model = self.models.get(model_id)
        if model is not None:  # a browser updates its own model optimistically
            model.state.update(state)
        return self.send_comm_msg(
            model_id, {"method": "update", "state": dict(state), "buffer_paths": []},
            wait=wait, timeout=timeout,
        )

    def request_state(self, model_id: str, *, timeout: float = DEFAULT_TIMEOUT) -> ExecutionResult:
        """Ask the kernel to resend a model's full state (``request_state``)."""
        return self.send_comm_msg(model_id, {"method": "request_state"}, timeout=timeout)

    def kernel_states(self, *, timeout: float = DEFAULT_TIMEOUT) -> dict[str, dict]:
        """Ground truth: full state of every live widget *in the kernel*.

        Uses the ``jupyter.widget.control`` comm (``request_states``), as
        JupyterLab does when it reconnects.  Returns ``{model_id: state}``.
        Needs ``ipywidgets`` importable in the kernel (it is imported).
        """
        self.execute("import ipywidgets as _ks_ipw; del _ks_ipw", silent=True,
                     timeout=timeout).raise_for_error()
        comm_id = uuid.uuid4().hex
        self._frontend_comm_msgs[comm_id] = []
        try:
            open_msg = self.kc.session.msg(
                "comm_open",
                {"comm_id": comm_id, "target_name": CONTROL_TARGET, "data": {}},
                metadata={"version": CONTROL_PROTOCOL_VERSION},
            )
            self.send_and_wait_idle(open_msg, timeout=timeout).raise_for_error()
            self.send_comm_msg(comm_id, {"method": "request_states"}, timeout=timeout
                               ).raise_for_error()
            replies = [
                r for r in self._frontend_comm_msgs[comm_id]
                if r["data"].get("method") == "update_states"
            ]
            if not replies:
                raise RuntimeError("no update_states reply on the widget control comm")
            data, buffers = replies[-1]["data"], replies[-1]["buffers"]
            states = data.get("states") or {}
            _put_buffers(states, data.get("buffer_paths") or [], buffers)
            close_msg = self.kc.session.msg("comm_close", {"comm_id": comm_id, "data": {}})
            self.send_and_wait_idle(close_msg, timeout=timeout)
            return {mid: s.get("state", {}) for mid, s in states.items()}
        finally:
            self._frontend_comm_msgs.pop(comm_id, None)

    def mirror_mismatches(self, *, timeout: float = DEFAULT_TIMEOUT) -> list[tuple]:
        """Compare the mirror with :meth:`kernel_states`.

        Returns ``[(model_id, key, mirror_value, kernel_value), ...]``; a model
        live in the kernel but unknown/closed in the mirror is reported with
        ``key=None``.  Empty list == front end and kernel agree.
        """
        truth = self.kernel_states(timeout=timeout)
        diffs = []
        for mid, kstate in truth.items():
            model = self.models.get(mid)
            if model is None or not model.open:
                diffs.append((mid, None, model, kstate.get("_model_name")))
                continue
            for key, kval in kstate.items():
                mval = model.state.get(key, _MISSING)
                if _jsonish(mval) != _jsonish(kval):
                    diffs.append((mid, key, mval, kval))
        return diffs

    # -- waiting -----------------------------------------------------------

    def wait_for(
        self, predicate: Callable[[dict[str, WidgetModel]], Any], timeout: float = 10.0
    ) -> Any:
        """Pump IOPub until ``predicate(self.models)`` is truthy; return its value."""
        deadline = time.perf_counter() + timeout
        while True:
            result = predicate(self.models)
            if result:
                return result
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(
                    f"predicate not satisfied after {timeout}s; open models: "
                    f"{[m for m in self.models.values() if m.open]}"
                )
            self._pump_or_check(min(remaining, 1.0), "wait_for predicate")

    def wait_for_event(
        self,
        predicate: Callable[[CommEvent], Any],
        *,
        since: int | None = None,
        timeout: float = 10.0,
    ) -> CommEvent:
        """First comm event (at index >= ``since``, default: now) matching ``predicate``."""
        i = len(self.events) if since is None else since
        deadline = time.perf_counter() + timeout
        while True:
            while i < len(self.events):
                ev = self.events[i]
                i += 1
                if predicate(ev):
                    return ev
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"no matching comm event after {timeout}s")
            self._pump_or_check(min(remaining, 1.0), "wait_for_event")

    # -- counters ----------------------------------------------------------

    def mark(self) -> int:
        """Opaque position in :attr:`events`, for :meth:`messages_since`."""
        return len(self.events)

    def messages_since(
        self, mark: int, kind: str | None = None, model_id: str | None = None
    ) -> list[CommEvent]:
        """Comm events received after ``mark`` (optionally filtered).

        Only counts what has been *pumped*: wait for idle first if needed.
        """
        return [
            e
            for e in self.events[mark:]
            if (kind is None or e.kind == kind) and (model_id is None or e.model_id == model_id)
        ]

    def count_since(self, mark: int, kind: str | None = None, model_id: str | None = None) -> int:
        return len(self.messages_since(mark, kind, model_id))

    # -- lookup ------------------------------------------------------------

    def find_models(
        self,
        model_name: str | None = None,
        *,
        within: str | None = None,
        include_closed: bool = False,
        **state_match: Any,
    ) -> list[WidgetModel]:
        """Models whose ``_model_name`` equals ``model_name`` and whose state
        matches every ``key=expected`` (``expected`` may be a callable
        predicate, e.g. :func:`contains`). Ordered by creation.

        ``within=root_model_id`` restricts the search to ``walk(root)`` (e.g. a
        model id from :attr:`ExecutionResult.displayed_model_ids`).
        """
        found = []
        pool = self.walk(within) if within is not None else self.models.values()
        for model in pool:
            if not model.open and not include_closed:
                continue
            if model_name is not None and model.model_name != model_name:
                continue
            if all(_matches(model.state, k, v) for k, v in state_match.items()):
                found.append(model)
        found.sort(key=lambda m: m.opened_seq)
        return found

    def find_model(
        self, model_name: str | None = None, *, within: str | None = None, **state_match: Any
    ) -> WidgetModel:
        """Exactly one matching model, else ``LookupError`` listing candidates."""
        found = self.find_models(model_name, within=within, **state_match)
        if len(found) != 1:
            cands = self.find_models(model_name) if model_name else list(self.models.values())
            raise LookupError(
                f"expected 1 {model_name or 'model'} matching {state_match}, found "
                f"{len(found)}: {found}; candidates: {cands[:20]}"
            )
        return found[0]

    def children(self, model_id: str) -> list[WidgetModel]:
        """Resolved ``children`` of a container model (Box/VBox/HBox/...)."""
        refs = self.models[model_id].state.get("children") or []
        return [self.models[r[len(IPY_MODEL_PREFIX):]] for r in refs
                if isinstance(r, str) and r.startswith(IPY_MODEL_PREFIX)]

    def walk(self, model_id: str) -> Iterator[WidgetModel]:
        """Depth-first over a model and its ``children`` (pre-order)."""
        model = self.models[model_id]
        yield model
        if "children" in model.state:
            for child in self.children(model_id):
                yield from self.walk(child.model_id)


# ---------------------------------------------------------------------------
# Latency measurement (shared by bench scripts)
# ---------------------------------------------------------------------------


@dataclass
class ClickSample:
    """One measured click. Times in milliseconds."""

    latency_ms: float  # send -> first IOPub comm event matching output_predicate
    idle_ms: float  # send -> kernel idle for the click
    n_update: int  # "update" comm_msgs parented to the click
    n_echo: int  # "echo_update" comm_msgs
    n_open: int  # comm_open (new models) during the click
    n_close: int  # comm_close during the click
    n_errors: int


def measure_click_samples(
    session: KernelSession,
    button_model_id: str,
    output_predicate: Callable[[CommEvent], Any],
    n: int,
    *,
    timeout: float = 10.0,
) -> list[ClickSample]:
    """Click ``button_model_id`` ``n`` times, one at a time.

    For each click: send the browser's click ``comm_msg``, pump IOPub until a
    comm event satisfies ``output_predicate(event)`` (latency), then wait for
    the kernel to go idle for that click (so clicks never overlap) and count
    the comm traffic it caused.  ``output_predicate`` sees every
    :class:`CommEvent` (``update``/``echo_update``/``comm_open``/...), so it
    can match an update of an existing model *or* the opening of a new one.
    """
    samples = []
    for _ in range(n):
        mark = session.mark()
        req = session.click(button_model_id, wait=False)
        ev = session.wait_for_event(output_predicate, since=mark, timeout=timeout)
        res = req.wait(timeout)
        samples.append(
            ClickSample(
                latency_ms=(ev.t - req.sent_at) * 1e3,
                idle_ms=(res.idle_at - req.sent_at) * 1e3,
                n_update=res.count("update"),
                n_echo=res.count("echo_update"),
                n_open=res.count("comm_open"),
                n_close=res.count("comm_close"),
                n_errors=len(res.errors),
            )
        )
    return samples


def measure_click_latency(
    session: KernelSession,
    button_model_id: str,
    output_predicate: Callable[[CommEvent], Any],
    n: int,
) -> list[float]:
    """Click→output latencies in ms (see :func:`measure_click_samples`)."""
    return [s.latency_ms for s in measure_click_samples(session, button_model_id,
                                                        output_predicate, n)]


def summarize_ms(values: list[float]) -> dict[str, float]:
    """median / p90 / mean / min / max of a list of milliseconds."""
    xs = sorted(values)
    p90 = xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]
    return {
        "n": len(xs),
        "median": statistics.median(xs),
        "p90": p90,
        "mean": statistics.fmean(xs),
        "min": xs[0],
        "max": xs[-1],
    }


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

_MISSING = object()


def _matches(state: dict, key: str, expected: Any) -> bool:
    if key not in state:
        return False
    value = state[key]
    if callable(expected):
        return bool(expected(value))
    return value == expected


def _put_buffers(state: Any, buffer_paths: list, buffers: list) -> None:
    """Inverse of ipywidgets' ``_remove_buffers`` (in place)."""
    for path, buf in zip(buffer_paths, buffers):
        obj = state
        for key in path[:-1]:
            obj = obj[key]
        obj[path[-1]] = buf


def _jsonish(value: Any) -> Any:
    """Normalise for comparison (tuples -> lists, buffers -> bytes)."""
    if isinstance(value, (list, tuple)):
        return [_jsonish(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonish(v) for k, v in value.items()}
    if isinstance(value, memoryview):
        return value.tobytes()
    return value


def _strip_ansi(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", text)
