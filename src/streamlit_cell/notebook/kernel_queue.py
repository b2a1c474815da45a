"""Is another shell message already waiting for the kernel's main thread?

Coalescing: when a person drags a slider while a rerun is executing, the
front end sends a stream of ``comm_msg`` updates that queue up in the kernel.
Handling each one with its own rerun would replay every intermediate value.
Instead, an event whose handler sees more messages waiting only records its
value; the last event of the burst reruns once with everything recorded, as
Streamlit coalesces rerun requests.

A message is "waiting" if ipykernel has read it but not handled it yet (a
task not yet started in ipykernel 7, an entry of ``msg_queue`` in 6), or if it
still sits in the socket the main thread reads (a non-blocking poll: in
ipykernel 7 an inproc PAIR socket fed by the shell-channel thread, in 6 the
shell ROUTER socket). These are internals, so any surprise means "nothing
waiting": no coalescing, never a lost event.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Callable


def _main_shell_stream(kernel: Any) -> Any:
    channel_thread = getattr(kernel, "shell_channel_thread", None)
    if channel_thread is not None:
        return channel_thread.manager._shell_channel_to_main.to_stream  # ipykernel 7
    return kernel.shell_stream  # ipykernel 6


def shell_message_waiting(shell: Any) -> bool:
    """True if the kernel has another shell message queued for the main thread.

    Polling consumes the readiness edge of the socket's file descriptor: the
    caller must make sure the stream looks again (``wake_shell_stream``) if
    nothing else will, or the waiting message sits until another one comes.
    """
    kernel = getattr(shell, "kernel", None)
    if kernel is None:
        return False
    try:
        import zmq  # loaded by the kernel already; not imported outside one

        # The socket first; scanning tasks costs more. Its ZMQ_EVENTS is what a
        # zero-timeout poll reads, without letting go of the GIL: a poll hands
        # it to ipykernel's IOPub thread, and the rerun waits for it to return.
        socket = _main_shell_stream(kernel).socket
        return bool(socket.get(zmq.EVENTS) & zmq.POLLIN) or _dispatch_pending(kernel)
    except Exception:  # a kernel we do not know: never hold an event back
        return False


def _dispatch_pending(kernel: Any) -> bool:
    """A message already read off the socket but not yet handled: ipykernel 7
    wraps each in a task that has not started yet; ipykernel 6 keeps them in
    ``msg_queue``."""
    queue = getattr(kernel, "msg_queue", None)
    if queue is not None and hasattr(queue, "qsize"):
        return queue.qsize() > 0
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # no running loop
        return False
    # A task that has not started is a callback in the loop's ready queue:
    # when that is empty (a lone click, the common case) there is nothing to
    # scan. Loops without the queue (uvloop) are scanned.
    if not getattr(loop, "_ready", True):
        return False
    current = asyncio.current_task()
    tasks = asyncio.all_tasks()
    for task in tasks:
        coro = task.get_coro()
        if task is not current and inspect.iscoroutine(coro) \
                and coro.__qualname__.endswith(_DISPATCH_COROUTINES) \
                and inspect.getcoroutinestate(coro) == inspect.CORO_CREATED:
            return True
    return False


#: Coroutines ipykernel 7 runs a shell message in, any of which may be the
#: not-yet-started one, depending on timing: the wrapper of each message read
#: off the socket (``run_in_context``), the handler it awaits
#: (``shell_main``), and a comm message dispatched beside a cell that holds
#: the shell lock (``dispatch_shell``).
_DISPATCH_COROUTINES = ("run_in_context", "shell_main", "dispatch_shell")


def wake_shell_stream(shell: Any) -> None:
    """Make the kernel's shell stream read what is waiting in its socket.

    pyzmq's ZMQStream re-checks its socket only right after its own reads;
    between those it relies on the descriptor's edge, which a poll consumed.
    Called only from the fallback timer, so it adds at most one extra read
    per timer period (more would drain the queue faster than events are
    handled, and defeat coalescing)."""
    kernel = getattr(shell, "kernel", None)
    try:
        stream = _main_shell_stream(kernel)
        stream.io_loop.add_callback(stream._handle_events, stream.socket, 0)
    except Exception:
        pass


#: How long a recorded event may wait for the rest of its burst. The burst's
#: last event normally runs it at once; this timer only matters when the
#: waiting message was not a widget event of the same app.
FALLBACK_DELAY_SECONDS = 0.05


def run_later(shell: Any, callback: Callable[[], None]) -> bool:
    """Run ``callback`` on the kernel's main loop shortly; False if there is no
    kernel loop (plain IPython): the caller runs it itself.

    Not ``add_callback``: that would run between two queued messages, before
    the next one is read, and so defeat coalescing."""
    kernel = getattr(shell, "kernel", None)
    loop = getattr(kernel, "io_loop", None)
    if loop is None:
        return False
    loop.call_later(FALLBACK_DELAY_SECONDS, callback)
    return True
