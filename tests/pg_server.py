"""A throwaway PostgreSQL server for the tests (no tests here): Debian's ``postgresql`` package.

``PgServer.start()`` finds ``initdb`` and ``pg_ctl`` under ``/usr/lib/postgresql/*/bin`` (or on
``PATH``), creates a cluster in a fresh temporary folder, and starts it on a free port of
127.0.0.1 with its unix socket in that folder; ``new_database()`` returns the URL of a new, empty
database; ``stop()`` stops the server and removes the folder. initdb refuses to run as root, so
as root the cluster belongs to the unprivileged ``nobody`` (through ``runuser``). Every failure is
a ``PgUnavailable`` naming the reason, which the fixtures turn into a skip.

Run it by hand to get a server for a manual try: ``python tests/pg_server.py`` prints a URL and
waits for Enter.
"""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

USER = "kingmaker"  # the database superuser the cluster is made with (trust authentication)


class PgUnavailable(Exception):
    """PostgreSQL cannot be used here; the message says why."""


def _binaries() -> tuple[str, str]:
    for bindir in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                         if Path(p).parent.name.isdigit() else 0, reverse=True):
        initdb, pg_ctl = Path(bindir) / "initdb", Path(bindir) / "pg_ctl"
        if initdb.exists() and pg_ctl.exists():
            return str(initdb), str(pg_ctl)
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return initdb, pg_ctl
    raise PgUnavailable("PostgreSQL's initdb and pg_ctl are not installed (Debian: apt-get install postgresql; "
                        "`make test` does it as root)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        self.root: Path | None = None
        self.port = 0
        self._pg_ctl = ""
        self._as: list[str] = []
        self._counter = itertools.count(1)
        self._admin = None

    @classmethod
    def start(cls) -> PgServer:
        try:
            import psycopg  # noqa: F401 - the store needs it too
        except ImportError:
            raise PgUnavailable("psycopg is not installed (pip install 'kingmaker[postgres]')") from None
        server = cls()
        try:
            server._start()
        except BaseException:
            server.stop()
            raise
        return server

    def _run(self, *args: str, timeout: float = 120) -> None:
        try:
            done = subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as err:
            raise PgUnavailable(f"{Path(args[0]).name} failed: {err}") from None
        if done.returncode != 0:
            log = self.root / "server.log" if self.root else None
            tail = log.read_text(errors="replace")[-600:] if log and log.exists() else ""
            raise PgUnavailable(f"{Path(args[0]).name} failed ({done.returncode}): "
                                f"{(done.stderr or done.stdout).strip()[-600:]} {tail}".strip())

    def _start(self) -> None:
        initdb, self._pg_ctl = _binaries()
        self.root = Path(tempfile.mkdtemp(prefix="kingmaker-pg-"))
        if os.geteuid() == 0:  # initdb refuses root: the cluster belongs to an unprivileged user
            runuser = shutil.which("runuser")
            if runuser is None:
                raise PgUnavailable("running as root without runuser to start PostgreSQL as another user")
            try:
                who = pwd.getpwnam("nobody")
            except KeyError:
                raise PgUnavailable("running as root and there is no user 'nobody' to run PostgreSQL") from None
            os.chown(self.root, who.pw_uid, who.pw_gid)
            self._as = [runuser, "-u", "nobody", "--"]
        self.port = _free_port()
        data = self.root / "data"
        self._run(initdb, "-D", str(data), "-U", USER, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        self._run(self._pg_ctl, "-D", str(data), "-l", str(self.root / "server.log"), "-w", "-t", "60",
                  "-o", options, "start")
        import psycopg

        try:
            self._admin = psycopg.connect(self.url("postgres"), autocommit=True, connect_timeout=10)
        except psycopg.Error as err:
            raise PgUnavailable(f"the test server does not answer: {err}") from None

    def url(self, dbname: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{dbname}"

    def new_database(self) -> str:
        """A new, empty database; returns its URL."""
        name = f"store_{next(self._counter)}"
        self._admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        if self.root is None:
            return
        if (self.root / "data" / "postmaster.pid").exists():
            subprocess.run([*self._as, self._pg_ctl, "-D", str(self.root / "data"), "-m", "immediate", "-w",
                            "stop"], capture_output=True, timeout=60, check=False)
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None


if __name__ == "__main__":
    server = PgServer.start()
    try:
        print(server.new_database(), flush=True)
        input("Enter stops the server. ")
    finally:
        server.stop()
