"""A local Neo4j 5.26 Community server without Docker: jars from Maven, run on the JDK.

Neo4j's Maven assembly (`neo4j-community-standalone`) publishes no tarball, so the server's
jars are resolved with `mvn dependency:copy-dependencies` from `scripts/neo4j/pom.xml`
(org.neo4j:neo4j, org.neo4j.app:neo4j-server, org.neo4j.client:neo4j-browser) and started
with `org.neo4j.server.CommunityEntryPoint` and a generated neo4j.conf.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from srk.settings import Settings

NEO4J_VERSION = "5.26.30"
POM = Path(__file__).resolve().parent.parent / "scripts" / "neo4j" / "pom.xml"
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


class Neo4jLocalError(RuntimeError):
    """The local server could not be fetched, started or stopped."""


@dataclass(frozen=True)
class Layout:
    """Where one local instance keeps its files (one instance per Bolt port)."""

    lib: Path
    home: Path

    @classmethod
    def from_settings(cls, settings: Settings) -> Layout:
        return cls(
            lib=settings.neo4j_home.expanduser() / f"lib-{NEO4J_VERSION}",
            home=settings.neo4j_data_home.expanduser() / f"instance-{settings.neo4j_bolt_port}",
        )

    @property
    def conf_dir(self) -> Path:
        return self.home / "conf"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "srk-neo4j.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "neo4j.log"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / "console.log"


def fetch(layout: Layout) -> None:
    """Resolve the server jars through Maven into the cache, once."""
    marker = layout.lib / ".complete"
    if marker.exists():
        return
    layout.lib.mkdir(parents=True, exist_ok=True)
    cmd = [
        "mvn", "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
        f"-DoutputDirectory={layout.lib}", "-DincludeScope=runtime",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        tail = (result.stdout + result.stderr)[-2000:]
        raise Neo4jLocalError(f"mvn could not resolve Neo4j {NEO4J_VERSION}:\n{tail}")
    marker.write_text(NEO4J_VERSION)


def write_conf(layout: Layout, settings: Settings) -> None:
    """Generate neo4j.conf: loopback only, sized for a small (2-core) machine."""
    for sub in ("conf", "data", "logs", "run", "plugins", "import"):
        (layout.home / sub).mkdir(parents=True, exist_ok=True)
    bolt, http = settings.neo4j_bolt_port, settings.neo4j_http_port
    lines = {
        "server.default_listen_address": "127.0.0.1",
        "server.default_advertised_address": "127.0.0.1",
        "server.bolt.listen_address": f"127.0.0.1:{bolt}",
        "server.bolt.advertised_address": f"127.0.0.1:{bolt}",
        "server.http.listen_address": f"127.0.0.1:{http}",
        "server.http.advertised_address": f"127.0.0.1:{http}",
        "server.https.enabled": "false",
        "server.directories.data": str(layout.home / "data"),
        "server.directories.logs": str(layout.home / "logs"),
        "server.directories.run": str(layout.home / "run"),
        "server.directories.plugins": str(layout.home / "plugins"),
        "server.directories.import": str(layout.home / "import"),
        "server.memory.heap.initial_size": settings.neo4j_heap,
        "server.memory.heap.max_size": settings.neo4j_heap,
        "server.memory.pagecache.size": settings.neo4j_pagecache,
        "dbms.security.auth_enabled": "true",
        "db.transaction.timeout": "60s",
        "dbms.usage_report.enabled": "false",
    }
    text = "".join(f"{key}={value}\n" for key, value in lines.items())
    (layout.conf_dir / "neo4j.conf").write_text(text)


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


def set_initial_password(layout: Layout, settings: Settings) -> None:
    """Set the neo4j user's password from the environment before the first start."""
    if (layout.home / "data" / "dbms" / "auth.ini").exists():
        return
    password = settings.neo4j_password.get_secret_value()
    if len(password) < 8 or password == "neo4j":
        raise Neo4jLocalError(
            "NEO4J_PASSWORD must be set (8+ characters, not 'neo4j'); "
            "scripts/setup.sh writes a random one to .env"
        )
    env = {**os.environ, "NEO4J_HOME": str(layout.home), "NEO4J_CONF": str(layout.conf_dir)}
    # The password goes in a picocli argument file ("@file", which neo4j-admin reads), never
    # on the command line, where `ps` would show it.
    args_file = layout.home / "run" / "initial-password.args"
    write_private(args_file, quoted_argument(password) + "\n")
    try:
        cmd = ["java", "-cp", f"{layout.lib}/*", "org.neo4j.cli.AdminTool",
               "dbms", "set-initial-password", f"@{args_file}"]
        result = subprocess.run(cmd, env=env, capture_output=True, text=True)
    finally:
        args_file.unlink(missing_ok=True)
    if result.returncode != 0:
        raise Neo4jLocalError(f"set-initial-password failed:\n{result.stderr[-2000:]}")


def quoted_argument(value: str) -> str:
    """One picocli @-file argument: double-quoted, backslashes and quotes escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read (mode 0600 from creation, not chmod after)."""
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)


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
