"""newsparse for Python: structure English news articles from a notebook or a script.

    import newsparse
    doc = newsparse.parse(text)      # a Document; in Jupyter it displays as the highlighted view
    doc = newsparse.parse_html(page, url="https://…")   # a web page: its article and metadata
    doc.entities, doc.quotes, doc.money, doc.casualties, doc.toll, doc.meta
    frames = doc.to_frames()         # pandas DataFrames, one per kind

The work is done by the Go command `newsparse -jsonl`, kept running for the
whole session (the models load once). The binary is $NEWSPARSE_BIN, else
`newsparse` on PATH, else built with `go build` from the checkout this package
sits in, into a cache folder ($NEWSPARSE_CACHE, default ~/.cache/newsparse).

Offsets: the Go side reports UTF-8 byte offsets; every `start`/`end` here is a
Python string index, so `doc.text[m.start:m.end] == m.text` on any text.
Standard library only; pandas is needed for `to_frames` and `frames` alone.
"""

from __future__ import annotations

import atexit
import bisect
import collections
import gc
import html as _html
import json
import re
import subprocess
import threading
from typing import Any, Dict, Iterable, Iterator, List, Optional, Union

from ._session import NewsparseError, Session, build_binary, find_binary

__all__ = [
    "Document", "Record", "NewsparseError", "Session", "parse", "parse_html", "parse_many", "frames",
    "session", "close", "find_binary", "build_binary",
]
__version__ = "0.1.0"


class Record(dict):
    """A JSON object of the output, whose keys also read as attributes: `m.start` is `m["start"]`."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(self):
        return list(self.keys()) + dir(dict)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class _Offsets:
    """Converts UTF-8 byte offsets of a text into Python string indices."""

    __slots__ = ("bytes_at", "extra")

    def __init__(self, text: str):
        # for each non-ASCII character: its byte offset, and the extra bytes up to and including it
        self.bytes_at: List[int] = []
        self.extra: List[int] = []
        extra = 0
        for m in _NON_ASCII.finditer(text):
            c = ord(m.group())
            self.bytes_at.append(m.start() + extra)
            extra += 1 if c < 0x800 else 2 if c < 0x10000 else 3
            self.extra.append(extra)

    def __call__(self, b: int) -> int:
        # the characters wholly before byte b
        k = bisect.bisect_left(self.bytes_at, b)
        return b - (self.extra[k - 1] if k else 0)


def _convert(d: dict, conv: _Offsets) -> None:
    """Rewrites every start/end of a decoded output object from bytes to string indices."""

    def fix(o) -> None:
        if o is not None and "start" in o:
            o["start"] = conv(o["start"])
            o["end"] = conv(o["end"])

    meta = d.get("meta") or {}
    for f in meta.get("fields") or ():
        fix(f)
    fix(meta.get("dateline"))
    fix(d.get("body"))
    for key in ("paragraphs", "sentences", "quotes", "money", "casualties"):
        for o in d.get(key) or ():
            fix(o)
    for q in d.get("quotes") or ():
        fix(q.get("speaker"))
    for e in d.get("entities") or ():
        for m in e.get("mentions") or ():
            fix(m)


class Document:
    """One structured article.

    Attributes: `text` (the input), `id` (yours, if you gave one), `meta`,
    `body`, `paragraphs`, `sentences`, `entities`, `quotes`, `money`,
    `casualties`, `toll` — the JSON output contract of newsparse, as Records,
    with offsets as Python string indices. `json` is the output as newsparse
    wrote it (byte offsets). The output is decoded on first access.
    """

    __slots__ = ("text", "id", "_line", "_session", "_data", "_html")

    def __init__(self, text: str, line: bytes, id: Any = None, session: Optional[Session] = None):
        self.text = text
        self.id = id
        self._line = line
        self._session = session
        self._data: Optional[dict] = None
        self._html: Optional[str] = None

    def _load(self) -> dict:
        d = self._data
        if d is None:
            # the output is thousands of small objects: the cyclic collector,
            # run over and over while they are made, would double the time
            paused = gc.isenabled()
            if paused:
                gc.disable()
            try:
                d = json.loads(self._line, object_hook=Record)
                if not self.text.isascii():
                    _convert(d, _Offsets(self.text))
            finally:
                if paused:
                    gc.enable()
            self._data = d
        return d

    @property
    def meta(self) -> Record:
        """The header: date, title, source, author, url, fields, dateline."""
        return self._load().get("meta") or Record(fields=[])

    @property
    def body(self) -> Record:
        """The span of the body: start, end."""
        return self._load().get("body") or Record(start=0, end=0)

    @property
    def paragraphs(self) -> List[Record]:
        """The paragraphs of the body, as spans."""
        return self._load().get("paragraphs") or []

    @property
    def sentences(self) -> List[Record]:
        """The sentences of the body, as spans."""
        return self._load().get("sentences") or []

    @property
    def entities(self) -> List[Record]:
        """The entities: id, type, name, mentions (start, end, text), titles, and for places a place
        (geonames_id, name, country, admin1, lat, lon, feature) when it is resolved."""
        return self._load().get("entities") or []

    @property
    def quotes(self) -> List[Record]:
        """The direct quotations: start, end, text, partial, speaker, cue."""
        return self._load().get("quotes") or []

    @property
    def money(self) -> List[Record]:
        """The amounts of money: start, end, text, value, min, max, currency, qualifier."""
        return self._load().get("money") or []

    @property
    def casualties(self) -> List[Record]:
        """The casualty counts: start, end, text, kind, count, vague, qualifier, who.

        count is None when a vague word gives no figure ("several were hurt", "many were
        killed"); in frames() it is then NaN, so sums and means of the column skip it."""
        return self._load().get("casualties") or []

    @property
    def toll(self) -> Record:
        """The article's best figure for each kind of casualty (kinds not stated are absent)."""
        return self._load().get("toll") or Record()

    @property
    def json(self) -> dict:
        """The output as newsparse wrote it: the JSON contract, byte offsets, without the request id."""
        d = json.loads(self._line)
        d.pop("id", None)
        return d

    def __repr__(self) -> str:
        title = self.meta.get("title") or self.text[self.body.get("start", 0):][:60].split("\n")[0]
        return (f"<newsparse.Document {title!r}: {len(self.entities)} entities, {len(self.quotes)} quotes, "
                f"{len(self.money)} money, {len(self.casualties)} casualties>")

    def html(self) -> str:
        """The HTML view of the article (the one `newsparse -html` writes), rendered by the Go side."""
        if self._html is None:
            self._html = _render_html(self.text, self._session)
        return self._html

    def _repr_html_(self) -> str:
        return self.html()

    def to_frames(self) -> Dict[str, Any]:
        """The extractions as pandas DataFrames: {"entities", "mentions", "quotes", "money", "casualties"}."""
        return frames([self])


def _render_html(text: str, sess: Optional[Session]) -> str:
    """Runs `newsparse -html` on text; falls back to the escaped text if that fails."""
    binary = (sess or _shared()).binary
    args = [binary, "-html"]
    if sess is not None and sess.max_bytes != 8 << 20:
        args += ["-max-bytes", str(sess.max_bytes)]
    try:
        res = subprocess.run(args, input=text.encode("utf-8", "surrogatepass"), capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        err = str(e)
    else:
        if res.returncode == 0:
            return res.stdout.decode("utf-8", "replace")
        err = res.stderr.decode("utf-8", "replace").strip()
    return ('<div class="newsparse"><p style="color:#b3261e">newsparse: no view: ' + _html.escape(err) +
            '</p><pre style="white-space:pre-wrap">' + _html.escape(text) + "</pre></div>")


_default: Optional[Session] = None
_default_lock = threading.Lock()


def session() -> Session:
    """The shared Session that parse and parse_many use (started on first use, ended at exit)."""
    return _shared()


def _shared() -> Session:
    global _default
    with _default_lock:
        if _default is None:
            _default = Session()
            atexit.register(_default.close)
        return _default


def close() -> None:
    """Ends the shared session's process (the next call starts it again)."""
    if _default is not None:
        _default.close()


def parse(text: str, *, id: Any = None, session: Optional[Session] = None) -> Document:
    """Structures one article; a Go-side error (input too large, …) raises NewsparseError with its message."""
    s = session or _shared()
    return Document(text, s.raw(text), id=id, session=s)


def parse_html(html: Union[str, bytes], url: Optional[str] = None, *, id: Any = None,
               session: Optional[Session] = None) -> Document:
    """Structures a web page: its article's text and its metadata (title, author, date, canonical url, site).

    html is the page as text, or as the bytes fetched (decoded as the Go side
    decodes a file: UTF-8 when valid, else the charset its <meta> declares,
    else Windows-1252). url is the address it came from, for relative links
    and as the url when the page gives none. The Document's `text` is the
    text newsparse built and structured (a "Key: value" header block, a blank
    line, the paragraphs); every offset points into it. A page with no
    article raises NewsparseError.
    """
    if isinstance(html, (bytes, bytearray)):
        html = _decode_page(bytes(html))
    s = session or _shared()
    line = s.raw_html(html, url)
    data = json.loads(line)
    return Document(data.get("text", ""), line, id=id, session=s)


_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.I)


def _decode_page(b: bytes) -> str:
    """A fetched page's bytes as text: a BOM, else UTF-8 when valid, else the declared charset, else Windows-1252."""
    import codecs

    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if b.startswith(bom):
            return b[len(bom):].decode(enc, "replace")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        pass
    enc = "cp1252"
    m = _CHARSET.search(b[:4096])
    if m:
        name = m.group(1).decode("ascii").lower()
        if name in ("utf-8", "utf8") or name.startswith("utf-16"):  # a <meta> read as ASCII is no UTF-16
            return b.decode("utf-8", "replace")
        # as browsers read them, Latin-1 and ASCII labels mean Windows-1252
        if name not in ("iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii"):
            try:
                enc = codecs.lookup(name).name
            except LookupError:
                pass
    return b.decode(enc, "replace")


Item = Union[str, dict, tuple]


def parse_many(items: Iterable[Item], *, errors: str = "raise",
               session: Optional[Session] = None) -> Iterator[Union[Document, Exception]]:
    """Structures many articles, streamed through the one process, and yields the Documents in order.

    Each item is a text, a (id, text) pair, or a dict with "text" (and "id").
    errors: "raise" (a failed article raises NewsparseError, or TypeError for an
    item that is not text), "skip" (it is left out), or "return" (the exception
    is yielded in its place).
    """
    if errors not in ("raise", "skip", "return"):
        raise ValueError('errors must be "raise", "skip" or "return"')
    s = session or _shared()
    pending: "collections.deque[tuple]" = collections.deque()

    def texts() -> Iterator[str]:
        for it in items:
            if isinstance(it, str):
                key, text = None, it
            elif isinstance(it, dict):
                key, text = it.get("id"), it.get("text")
            elif isinstance(it, tuple) and len(it) == 2:
                key, text = it
            else:
                key, text = None, it  # the session reports the type error in order
            pending.append((key, text))
            yield text

    gen = s.raw_many(texts())
    try:
        for line, err in gen:
            key, text = pending.popleft()
            if err is not None:
                if errors == "raise":
                    raise err
                if errors == "return":
                    yield err
                continue
            yield Document(text, line, id=key, session=s)
    finally:
        gen.close()


def frames(docs: Iterable[Document]) -> Dict[str, Any]:
    """The extractions of many Documents as pandas DataFrames, one row per item, with a `doc` column.

    Returns {"entities", "mentions", "quotes", "money", "casualties"}; offsets are string indices.
    """
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError(
            "newsparse: to_frames() and frames() need pandas, which is not installed for this Python "
            "(pip install pandas, or apt-get install python3-pandas); the rest of newsparse works without it"
        ) from e
    rows: Dict[str, List[dict]] = {k: [] for k in ("entities", "mentions", "quotes", "money", "casualties")}
    for n, d in enumerate(docs):
        doc = d.id if d.id is not None else n
        places = {}
        for e in d.entities:
            pl = e.get("place") or {}
            if pl:
                places[e.get("id")] = pl
            rows["entities"].append({"doc": doc, "id": e.get("id"), "type": e.get("type"), "name": e.get("name"),
                                     "mentions": len(e.get("mentions") or ()),
                                     "titles": ", ".join(e.get("titles") or ()),
                                     "place": pl.get("name"), "country": pl.get("country"),
                                     "geonames_id": pl.get("geonames_id"), "feature": pl.get("feature"),
                                     "lat": pl.get("lat"), "lon": pl.get("lon")})
            for m in e.get("mentions") or ():
                rows["mentions"].append({"doc": doc, "entity": e.get("id"), "type": e.get("type"),
                                         "name": e.get("name"), "text": m.get("text"),
                                         "start": m.get("start"), "end": m.get("end")})
        for q in d.quotes:
            sp = q.get("speaker") or {}
            rows["quotes"].append({"doc": doc, "speaker": sp.get("name"), "entity": sp.get("entity"),
                                   "cue": q.get("cue"), "text": q.get("text"), "partial": q.get("partial"),
                                   "start": q.get("start"), "end": q.get("end")})
        for m in d.money:
            rows["money"].append({"doc": doc, "text": m.get("text"), "value": m.get("value"), "min": m.get("min"),
                                  "max": m.get("max"), "currency": m.get("currency"),
                                  "qualifier": m.get("qualifier"), "start": m.get("start"), "end": m.get("end")})
        for c in d.casualties:
            ref = c.get("place") or {}
            pl = places.get(ref.get("entity"), {})
            rows["casualties"].append({"doc": doc, "kind": c.get("kind"), "count": c.get("count"),
                                       "vague": c.get("vague"), "qualifier": c.get("qualifier"),
                                       "who": c.get("who"), "text": c.get("text"),
                                       "start": c.get("start"), "end": c.get("end"),
                                       "place": pl.get("name"), "country": pl.get("country"),
                                       "lat": pl.get("lat"), "lon": pl.get("lon")})
    columns = {
        "entities": ["doc", "id", "type", "name", "mentions", "titles", "place", "country", "geonames_id",
                     "feature", "lat", "lon"],
        "mentions": ["doc", "entity", "type", "name", "text", "start", "end"],
        "quotes": ["doc", "speaker", "entity", "cue", "text", "partial", "start", "end"],
        "money": ["doc", "text", "value", "min", "max", "currency", "qualifier", "start", "end"],
        "casualties": ["doc", "kind", "count", "vague", "qualifier", "who", "text", "start", "end",
                       "place", "country", "lat", "lon"],
    }
    return {k: pd.DataFrame(rows[k], columns=columns[k]) for k in columns}
