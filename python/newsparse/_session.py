"""The newsparse process: finding or building the binary, and talking JSON Lines to it."""

from __future__ import annotations

import collections
import hashlib
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from typing import Iterable, Iterator, List, Optional, Tuple

MODULE = "github.com/newsparse/newsparse"


class NewsparseError(Exception):
    """An error reported by newsparse (its message is the Go side's), or a failure to run it."""


# ---------------------------------------------------------------- the binary


def _module_root() -> Optional[str]:
    """The Go module's source folder: $NEWSPARSE_SRC, or the checkout this package sits in."""
    env = os.environ.get("NEWSPARSE_SRC")
    candidates = [env] if env else []
    here = os.path.dirname(os.path.abspath(__file__))
    d = here
    for _ in range(4):
        d = os.path.dirname(d)
        candidates.append(d)
    for c in candidates:
        gomod = os.path.join(c, "go.mod")
        try:
            with open(gomod, encoding="utf-8") as f:
                first = f.readline().split()
        except OSError:
            continue
        if first[:2] == ["module", MODULE]:
            return c
    return None


def _cache_dir() -> str:
    env = os.environ.get("NEWSPARSE_CACHE")
    if env:
        return env
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "newsparse")


def _source_key(root: str) -> str:
    """A hash of what the binary is built from (non-test Go files, go.mod, go.sum, embedded data), by size and time."""
    h = hashlib.sha256()
    skip = {".git", "python", "examples", "scratch", "node_modules", ".ci"}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in skip and not d.startswith("."))
        rel = os.path.relpath(dirpath, root)
        for name in sorted(filenames):
            embedded = rel.startswith("internal") or (rel == "testdata" and name == "seed.txt")
            if not (
                (name.endswith(".go") and not name.endswith("_test.go"))
                or name in ("go.mod", "go.sum")
                or (embedded and not name.endswith("_test.go"))
            ):
                continue
            try:
                st = os.stat(os.path.join(dirpath, name))
            except OSError:
                continue
            h.update(f"{rel}/{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def build_binary(root: Optional[str] = None, cache: Optional[str] = None) -> str:
    """Builds newsparse with `go build` into the cache folder and returns its path.

    A binary already built from the same sources is reused. Without a source
    checkout it runs `go install MODULE/cmd/newsparse@latest` instead.
    """
    go = shutil.which("go")
    if go is None:
        raise NewsparseError(
            "newsparse: no newsparse binary found and no Go toolchain to build one: "
            "put newsparse on PATH, set NEWSPARSE_BIN to it, or install Go (https://go.dev/dl/)"
        )
    root = root or _module_root()
    cache = cache or _cache_dir()
    os.makedirs(cache, exist_ok=True)
    exe_suffix = ".exe" if sys.platform == "win32" else ""
    if root:
        target = os.path.join(cache, f"newsparse-{_source_key(root)}{exe_suffix}")
        if os.path.isfile(target) and os.access(target, os.X_OK):
            return target
        fd, tmp = tempfile.mkstemp(prefix=".build-", suffix=exe_suffix, dir=cache)
        os.close(fd)
        cmd = [go, "build", "-o", tmp, "./cmd/newsparse"]
        env = None
    else:
        target = os.path.join(cache, f"newsparse-latest{exe_suffix}")
        if os.path.isfile(target) and os.access(target, os.X_OK):
            return target
        tmpdir = tempfile.mkdtemp(prefix=".install-", dir=cache)
        tmp = os.path.join(tmpdir, "newsparse" + exe_suffix)
        cmd = [go, "install", MODULE + "/cmd/newsparse@latest"]
        env = dict(os.environ, GOBIN=tmpdir)
    try:
        res = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
    except OSError as e:
        raise NewsparseError(f"newsparse: building with {' '.join(cmd)}: {e}") from None
    if res.returncode != 0:
        raise NewsparseError(f"newsparse: {' '.join(cmd)} failed:\n{res.stderr.strip()}")
    os.replace(tmp, target)
    _prune(cache, keep=target)
    return target


def _prune(cache: str, keep: str, age: float = 7 * 86400) -> None:
    """Removes builds in the cache unused for a week (each source change makes one)."""
    import time

    now = time.time()
    for name in os.listdir(cache):
        path = os.path.join(cache, name)
        if path == keep or not name.startswith("newsparse-"):
            continue
        try:
            st = os.stat(path)
            if now - max(st.st_atime, st.st_mtime) > age:
                os.remove(path)
        except OSError:
            pass


def find_binary() -> str:
    """Returns the newsparse binary to run: $NEWSPARSE_BIN, else `newsparse` on PATH, else one built with Go."""
    env = os.environ.get("NEWSPARSE_BIN")
    if env:
        if not (os.path.isfile(env) and os.access(env, os.X_OK)):
            raise NewsparseError(f"newsparse: NEWSPARSE_BIN={env!r} is not an executable file")
        return env
    found = shutil.which("newsparse")
    if found:
        return found
    return build_binary()


# ---------------------------------------------------------------- the process

# Over this many UTF-8 bytes a record is refused before it is sent (the command's own default limit is 8 MiB).
MAX_BYTES = 8 << 20


class _Batch:
    """Where the reader puts the output lines of one parse or parse_many call."""

    __slots__ = ("q", "sem")

    def __init__(self, window: int):
        self.q: "queue.SimpleQueue" = queue.SimpleQueue()
        self.sem = threading.BoundedSemaphore(window)


class _Proc:
    """A running newsparse process and the calls waiting for its output lines, in input order."""

    def __init__(self, popen: subprocess.Popen):
        self.popen = popen
        # (request id, where the answer goes or None to drop it, an error to give instead of the answer)
        self.fifo: "collections.deque[Tuple[int, Optional[_Batch], Optional[Exception]]]" = collections.deque()
        self.stderr: "collections.deque[str]" = collections.deque(maxlen=40)
        self.dead = False  # set by the reader, under the session lock, once it has failed the fifo


class Session:
    """One long-lived `newsparse -jsonl` process: the models load once per session.

    Safe to use from several threads; calls that overlap share the process.
    The process starts on first use and starts again after it dies.
    """

    def __init__(self, binary: Optional[str] = None, workers: Optional[int] = None,
                 max_bytes: int = MAX_BYTES, window: int = 256):
        self._binary = binary
        self._workers = workers
        self.max_bytes = max_bytes
        self._window = max(1, window)
        self._wlock = threading.Lock()  # one writer to the process at a time
        self._lock = threading.Lock()  # guards _proc and every fifo; never held while blocking on a pipe
        self._proc: Optional[_Proc] = None
        self._next = 0

    @property
    def binary(self) -> str:
        """The path of the newsparse binary this session runs (found or built on first use)."""
        if self._binary is None:
            self._binary = find_binary()
        return self._binary

    # -- process management

    def _current(self) -> _Proc:
        """The running process, started if need be (called with _wlock held)."""
        with self._lock:
            p = self._proc
        if p is not None and not p.dead:
            return p
        args = [self.binary, "-jsonl", "-max-bytes", str(self.max_bytes)]
        if self._workers:
            args += ["-workers", str(self._workers)]
        try:
            popen = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, bufsize=1 << 16)
        except OSError as e:
            raise NewsparseError(f"newsparse: cannot run {self.binary}: {e}") from None
        p = _Proc(popen)
        threading.Thread(target=self._drain_stderr, args=(p,), daemon=True).start()
        threading.Thread(target=self._read, args=(p,), daemon=True).start()
        with self._lock:
            self._proc = p
        return p

    @staticmethod
    def _drain_stderr(p: _Proc) -> None:
        with p.popen.stderr:
            for line in p.popen.stderr:
                p.stderr.append(line.decode("utf-8", "replace").rstrip("\n"))

    def _read(self, p: _Proc) -> None:
        """Routes each output line to the call that sent the matching input line (output keeps input order)."""
        out = p.popen.stdout
        fifo = p.fifo
        lock = self._lock
        with out:
            while True:
                line = out.readline()
                if not line:
                    break
                with lock:
                    rid, batch, err = fifo.popleft() if fifo else (-1, None, None)
                if batch is not None:
                    batch.q.put((rid, err if err is not None else line))
        p.popen.wait()
        with self._wlock:
            try:
                p.popen.stdin.close()
            except OSError:
                pass
        with lock:
            p.dead = True
            pending = list(fifo)
            fifo.clear()
            if self._proc is p:
                self._proc = None
        if pending:
            msg = "newsparse exited (status %s)" % p.popen.returncode
            if p.stderr:
                msg += ":\n" + "\n".join(p.stderr)
            err = NewsparseError(msg)
            for rid, batch, mine in pending:
                if batch is not None:
                    batch.q.put((rid, mine if mine is not None else err))

    def _send(self, batch: _Batch, payload: Optional[bytes], flush: bool, err: Optional[Exception] = None,
              key: bytes = b"text", extra: bytes = b"") -> None:
        """Sends one text (or, with key b"html", a web page and its extra fields);
        with err instead, a record without text, whose answer (in its turn) becomes err."""
        with self._wlock:
            while True:
                p = self._current()
                with self._lock:
                    if p.dead:
                        continue  # it died just now: start another
                    rid = self._next
                    self._next += 1
                    p.fifo.append((rid, batch, err))
                    break
            try:
                if err is not None:
                    p.popen.stdin.write(b'{"id":%d}\n' % rid)
                else:
                    p.popen.stdin.write(b'{"id":%d,"%s":%s%s}\n' % (rid, key, payload, extra))
                if flush:
                    p.popen.stdin.flush()
            except (OSError, ValueError):
                pass  # the process is gone: its reader fails every waiting call

    def _flush(self) -> None:
        with self._wlock:
            with self._lock:
                p = self._proc
            if p is not None:
                try:
                    p.popen.stdin.flush()
                except (OSError, ValueError):
                    pass

    def _encode(self, text: str) -> bytes:
        if not isinstance(text, str):
            raise TypeError(f"newsparse: text must be str, not {type(text).__name__}")
        self._check_size(text)
        return json.dumps(text).encode("ascii")

    def _check_size(self, text: str) -> None:
        """Refuses, as the command would, a text over the limit in UTF-8 bytes.

        Its JSON line is at most six times as long (an escaped control
        character), which the command reads whole.
        """
        if self.max_bytes <= 0 or len(text) <= self.max_bytes // 4:
            return
        n = len(text.encode("utf-8", "surrogatepass"))
        if n > self.max_bytes:
            raise NewsparseError(f"newsparse: input too large: {n} bytes, limit {self.max_bytes}")

    def _encode_html(self, html: str) -> bytes:
        if not isinstance(html, str):
            raise TypeError(f"newsparse: html must be str or bytes, not {type(html).__name__}")
        self._check_size(html)
        return json.dumps(html).encode("ascii")

    def _detach(self, batch: _Batch) -> None:
        """Drops the lines still due to batch (its caller has gone)."""
        with self._lock:
            p = self._proc
            if p is None:
                return
            fifo = p.fifo
            for i, (rid, b, err) in enumerate(fifo):
                if b is batch:
                    fifo[i] = (rid, None, None)

    # -- the calls

    def raw(self, text: str) -> bytes:
        """Returns the output line (JSON, byte offsets) newsparse writes for text; a Go-side error raises NewsparseError."""
        batch = _Batch(1)
        self._send(batch, self._encode(text), flush=True)
        try:
            _, line = batch.q.get()
        except BaseException:
            self._detach(batch)
            raise
        return _check(line)

    def raw_html(self, html: str, url: Optional[str] = None) -> bytes:
        """Returns the output line newsparse writes for a web page (its JSON carries the built "text")."""
        payload = self._encode_html(html)
        extra = b""
        if url is not None:
            if not isinstance(url, str):
                raise TypeError(f"newsparse: url must be str, not {type(url).__name__}")
            extra = b',"url":' + json.dumps(url).encode("ascii")
        batch = _Batch(1)
        self._send(batch, payload, flush=True, key=b"html", extra=extra)
        try:
            _, line = batch.q.get()
        except BaseException:
            self._detach(batch)
            raise
        return _check(line)

    def raw_many(self, texts: Iterable[str]) -> Iterator[Tuple[Optional[bytes], Optional[Exception]]]:
        """Yields (line, None) or (None, error) for each text, in order; texts are streamed to the process."""
        batch = _Batch(self._window)
        stop = threading.Event()
        feed_error: List[BaseException] = []
        done = object()

        def feed() -> None:
            n = 0
            try:
                for text in texts:
                    while not batch.sem.acquire(timeout=0.05):
                        self._flush()  # let the process answer what it has
                        if stop.is_set():
                            return
                    if stop.is_set():
                        return
                    try:
                        payload, err = self._encode(text), None
                    except (NewsparseError, TypeError) as e:
                        payload, err = None, e  # sent as a record without text: it keeps its place in the order
                    self._send(batch, payload, flush=False, err=err)  # raises when no process will start
                    n += 1
            except BaseException as e:  # an error from the caller's iterable
                feed_error.append(e)
            finally:
                self._flush()
                batch.q.put((n, done))

        threading.Thread(target=feed, daemon=True).start()
        got, total = 0, -1
        try:
            while total < 0 or got < total:
                n, item = batch.q.get()
                if item is done:
                    total = n
                    continue
                got += 1
                batch.sem.release()
                if isinstance(item, Exception):
                    yield None, item
                    continue
                try:
                    yield _check(item), None
                except NewsparseError as e:
                    yield None, e
            if feed_error:
                raise feed_error[0]
        finally:
            stop.set()
            self._detach(batch)

    def close(self) -> None:
        """Ends the process (it starts again on the next call)."""
        with self._wlock:
            with self._lock:
                p, self._proc = self._proc, None
            if p is None:
                return
            try:
                p.popen.stdin.close()
            except OSError:
                pass
        try:
            p.popen.wait(timeout=5)
        except subprocess.TimeoutExpired:
            p.popen.kill()
            p.popen.wait()

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _check(line) -> bytes:
    """Returns the output line, or raises the error it carries ({"id":…,"error":…})."""
    if isinstance(line, Exception):
        raise line
    comma = line.find(b",", 6)
    if line[comma + 1:comma + 9] == b'"error":':
        obj = json.loads(line)
        msg = obj.get("error", "unknown error")
        # the command names the line of its own input stream, which means
        # nothing to the caller: "stdin: line 3: input too large …"
        if msg.startswith("stdin: line "):
            msg = msg.split(": ", 2)[-1]
        raise NewsparseError("newsparse: " + msg)
    return line
