"""One local instance's files: the Neo4j 5.26 Community jars from Maven, neo4j.conf and the
initial password.

Neo4j's Maven assembly (`neo4j-community-standalone`) publishes no tarball, so the server's
jars are resolved with `mvn dependency:copy-dependencies` from `scripts/neo4j/pom.xml`
(org.neo4j:neo4j, org.neo4j.app:neo4j-server, org.neo4j.client:neo4j-browser); the process
itself is `srkctl.neo4j_local`'s.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from srk.settings import Settings

NEO4J_VERSION = "5.26.30"
POM = Path(__file__).resolve().parent.parent / "scripts" / "neo4j" / "pom.xml"


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
    # on the command line, where `ps` would show it; after "--", so that a password that
    # starts with a dash (token_urlsafe makes some) is not read as an option.
    args_file = layout.home / "run" / "initial-password.args"
    write_private(args_file, "--\n" + quoted_argument(password) + "\n")
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
