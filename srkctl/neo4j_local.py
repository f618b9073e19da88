"""A local Neo4j 5.26 Community server without Docker, run on the JDK: start, stop, status.

The server is `org.neo4j.server.CommunityEntryPoint` on the jars and the neo4j.conf that
`srkctl.neo4j_instance` prepares; only the server this project started is ever stopped.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

from srk.settings import Settings
from srkctl.neo4j_instance import (
    NEO4J_VERSION,
    Layout,
    Neo4jLocalError,
    fetch,
    set_initial_password,
    write_conf,
)
from srkctl.neo4j_instance import quoted_argument as quoted_argument  # re-exported
from srkctl.neo4j_instance import write_private as write_private  # re-exported

MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
]


def running_pid(layout: Layout) -> int | None:
    """The pid of the server this project started, if it is still alive."""
    try:
        pid = int(layout.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except OSError:
        return None
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists() and str(layout.home).encode() not in cmdline.read_bytes():
        return None  # the pid was reused by another process
    return pid


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def launch(layout: Layout, settings: Settings) -> subprocess.Popen:
    heap = settings.neo4j_heap
    cmd = ["java", f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", f"{layout.lib}/*",
           MAIN_CLASS, f"--home-dir={layout.home}", f"--config-dir={layout.conf_dir}"]
    with layout.console_log.open("ab") as console:
        proc = subprocess.Popen(cmd, stdout=console, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    layout.pid_file.write_text(str(proc.pid))
    return proc


def log_tail(layout: Layout, lines: int = 30) -> str:
    chunks = []
    for path in (layout.console_log, layout.log_file):
        if path.exists():
            chunks.append(f"--- {path}\n" + "\n".join(path.read_text().splitlines()[-lines:]))
    return "\n".join(chunks)


def wait_for_bolt(layout: Layout, settings: Settings, alive) -> None:
    deadline = time.monotonic() + settings.neo4j_start_timeout
    while time.monotonic() < deadline:
        if port_open(settings.neo4j_bolt_port) and port_open(settings.neo4j_http_port):
            return
        if not alive():
            raise Neo4jLocalError(f"Neo4j exited during start-up.\n{log_tail(layout)}")
        time.sleep(0.5)
    raise Neo4jLocalError(
        f"Neo4j did not answer on Bolt :{settings.neo4j_bolt_port} within "
        f"{settings.neo4j_start_timeout:.0f}s.\n{log_tail(layout)}"
    )


def start(settings: Settings) -> str:
    """Start the local server (or reuse the one already running) and wait for Bolt."""
    layout = Layout.from_settings(settings)
    pid = running_pid(layout)
    if pid is not None:
        wait_for_bolt(layout, settings, lambda: running_pid(layout) == pid)
        return f"Neo4j already running (pid {pid}) on bolt://127.0.0.1:{settings.neo4j_bolt_port}"
    if port_open(settings.neo4j_bolt_port):
        raise Neo4jLocalError(
            f"port {settings.neo4j_bolt_port} is taken by a process this project did not start; "
            "stop it or set NEO4J_BOLT_PORT"
        )
    fetch(layout)
    write_conf(layout, settings)
    set_initial_password(layout, settings)
    proc = launch(layout, settings)
    wait_for_bolt(layout, settings, lambda: proc.poll() is None)
    return (f"Neo4j {NEO4J_VERSION} started (pid {proc.pid}) "
            f"on bolt://127.0.0.1:{settings.neo4j_bolt_port}")


def stop(settings: Settings, timeout: float = 60.0) -> str:
    """Stop only the server this project started."""
    layout = Layout.from_settings(settings)
    pid = running_pid(layout)
    if pid is None:
        return "Neo4j is not running (nothing started by this project)"
    os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and running_pid(layout) == pid:
        time.sleep(0.5)
    if running_pid(layout) == pid:
        os.killpg(pid, signal.SIGKILL)
    layout.pid_file.unlink(missing_ok=True)
    return f"Neo4j stopped (pid {pid})"


def status(settings: Settings) -> tuple[bool, str]:
    layout = Layout.from_settings(settings)
    pid = running_pid(layout)
    if pid is None:
        return False, "Neo4j is not running"
    bolt = "answering" if port_open(settings.neo4j_bolt_port) else "not answering"
    return True, f"Neo4j running (pid {pid}), Bolt :{settings.neo4j_bolt_port} {bolt}"
