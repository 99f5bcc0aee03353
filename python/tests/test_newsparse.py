"""Tests of the Python wrapper: python3 -m unittest discover -s tests (from python/).

They need a newsparse binary: $NEWSPARSE_BIN, `newsparse` on PATH, or Go to build
one (`go test ./...` at the module root runs them with a fresh build).
"""

import json
import os
import sys
import tempfile
import threading
import unittest
from unittest import mock

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import newsparse  # noqa: E402
from newsparse import NewsparseError, Session  # noqa: E402
from newsparse import _Offsets  # noqa: E402
from newsparse._session import _source_key  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, "testdata", "seed.txt")

try:
    import pandas  # noqa: F401
    HAVE_PANDAS = True
except ImportError:
    HAVE_PANDAS = False

# Text of our own, with characters of 2, 3 and 4 UTF-8 bytes before, inside and between the spans.
NON_ASCII = (
    "Zürich, 3 March — Swiss officials said on Monday that “Müller & Söhne” would pay €5m to Genève.\n\n"
    "“We are très contents,” said Élodie Dubois, the 日本 envoy 😀, in Zürich. "
    "At least 12 people were killed and dozens injured in Košice, police said.\n\n"
    "Ngozi Okonjo-Iweala met Jürgen Klopp in Lagos."
)


def setUpModule():
    try:
        newsparse.find_binary()
    except NewsparseError as e:
        raise unittest.SkipTest(f"no newsparse binary: {e}")


def spans(doc):
    """Every (start, end, text-or-None) the document reports, offsets as string indices."""
    out = []
    for p in doc.paragraphs + doc.sentences:
        out.append((p.start, p.end, None))
    for e in doc.entities:
        for m in e.mentions:
            out.append((m.start, m.end, m.text))
    for q in doc.quotes:
        out.append((q.start, q.end, None))
        if q.speaker:
            out.append((q.speaker.start, q.speaker.end, q.speaker.text))
    for m in doc.money:
        out.append((m.start, m.end, m.text))
    for c in doc.casualties:
        out.append((c.start, c.end, c.text))
    for f in doc.meta.fields:
        out.append((f.start, f.end, f.value))
    return out


class OffsetsTest(unittest.TestCase):
    def test_every_byte_boundary(self):
        text = "aé€😀b日本\u0301z" + NON_ASCII
        conv = _Offsets(text)
        b = 0
        for i, ch in enumerate(text):
            self.assertEqual(conv(b), i, (i, ch))
            b += len(ch.encode("utf-8"))
        self.assertEqual(conv(b), len(text))

    def test_ascii(self):
        conv = _Offsets("plain")
        self.assertEqual([conv(i) for i in range(6)], list(range(6)))


class ParseTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(SEED, encoding="utf-8") as f:
            cls.seed = f.read()

    def test_seed(self):
        doc = newsparse.parse(self.seed)
        self.assertEqual(doc.text, self.seed)
        self.assertEqual(doc.meta.date.year, 2018)
        self.assertEqual(doc.meta.date.precision, "month")
        self.assertEqual(self.seed[doc.body.start:doc.body.end].strip()[:4], "Iran")
        self.assertGreater(len(doc.paragraphs), 10)
        for key in ("entities", "quotes", "money", "casualties"):
            self.assertIsInstance(getattr(doc, key), list)
        self.assertIsInstance(doc.toll, dict)
        for s, e, t in spans(doc):
            self.assertTrue(0 <= s <= e <= len(self.seed), (s, e))
            if t is not None:
                self.assertEqual(self.seed[s:e], t)
        self.assertIn("entities", repr(doc))
        self.assertEqual(doc.json["body"], {"start": 14, "end": len(self.seed.encode("utf-8"))})

    def test_non_ascii_offsets(self):
        doc = newsparse.parse(NON_ASCII)
        raw = doc.json
        data = NON_ASCII.encode("utf-8")
        # string indices here are the byte offsets of the Go side, converted
        for got, want in zip(doc.sentences, raw["sentences"]):
            self.assertEqual(NON_ASCII[got.start:got.end], data[want["start"]:want["end"]].decode("utf-8"))
        self.assertEqual(len(doc.paragraphs), 3)
        self.assertTrue(NON_ASCII[doc.paragraphs[2].start:doc.paragraphs[2].end].startswith("Ngozi"))
        for s, e, t in spans(doc):
            if t is not None:
                self.assertEqual(NON_ASCII[s:e], t)

    def test_empty(self):
        doc = newsparse.parse("")
        self.assertEqual(doc.entities, [])
        self.assertEqual(doc.paragraphs, [])
        self.assertEqual(doc.text, "")

    def test_lone_surrogate(self):
        # Python strings may hold what UTF-8 cannot: the Go side sees U+FFFD, offsets still line up
        text = "Bad \udcff byte, then Paris and Berlin."
        doc = newsparse.parse(text)
        for s, e, t in spans(doc):
            if t is not None and "\ufffd" not in t:
                self.assertEqual(text[s:e], t)

    def test_type_error(self):
        with self.assertRaises(TypeError):
            newsparse.parse(b"bytes")

    def test_go_error(self):
        with Session(max_bytes=40) as s:
            with self.assertRaises(NewsparseError) as cm:
                newsparse.parse("x" * 41, session=s)
            self.assertIn("too large", str(cm.exception))
            self.assertNotIn("line", str(cm.exception), "the wrapper's own stream lines mean nothing to the caller")
            # the session goes on after an error
            self.assertEqual(newsparse.parse("Small.", session=s).text, "Small.")

    def test_limit_counts_utf8_bytes(self):
        # within the limit in UTF-8 bytes, though JSON escapes make the line far longer
        # (an emoji is 4 bytes and 12 escaped, a NUL 1 and 6)
        with Session(max_bytes=100000) as s:
            for text in ("Storm. " + "\U0001F600" * 23000, "Storm. " + "\x00" * 50000, "Storm. " + "x" * 99993):
                self.assertLessEqual(len(text.encode("utf-8")), 100000)
                self.assertEqual(newsparse.parse(text, session=s).text, text)
            with self.assertRaises(NewsparseError) as cm:
                newsparse.parse("x" * 100001, session=s)
            self.assertIn("too large: 100001 bytes, limit 100000", str(cm.exception))

    def test_html(self):
        doc = newsparse.parse("Title: <script>alert(1)</script>\n\nPolice in Paris said <b>3</b> people died.")
        h = doc._repr_html_()
        self.assertIn('<div class="newsparse">', h)
        self.assertNotIn("<script", h)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", h)
        self.assertIn("&lt;b&gt;3&lt;/b&gt;", h)
        self.assertIs(doc.html(), h)  # cached

    def test_html_fallback(self):
        # when the view cannot be rendered, the text still shows, escaped
        doc = newsparse.Document("a <b> c", b'{"id":0,"entities":[]}', session=Session(binary="/bin/false"))
        h = doc._repr_html_()
        self.assertIn("no view", h)
        self.assertIn("a &lt;b&gt; c", h)

    def test_threads(self):
        texts = [f"Article {i}.\n\n" + "Paragraph about Paris. " * (i % 7 + 1) for i in range(60)]
        errors = []

        def work(chunk):
            try:
                for t in chunk:
                    d = newsparse.parse(t)
                    if d.text != t or d.json["body"]["end"] != len(t.rstrip().encode()):
                        errors.append(("mismatch", t[:20]))
            except Exception as e:  # noqa: BLE001
                errors.append(e)

        threads = [threading.Thread(target=work, args=(texts[i::4],)) for i in range(4)]
        for th in threads:
            th.start()
        # a parse_many at the same time
        many = list(newsparse.parse_many(texts))
        for th in threads:
            th.join()
        self.assertEqual(errors, [])
        self.assertEqual([d.text for d in many], texts)

    def test_restart_after_death(self):
        with Session() as s:
            newsparse.parse("One.", session=s)
            s._proc.popen.kill()
            s._proc.popen.wait()
            # the call in flight when it died may fail; the next one runs on a new process
            try:
                newsparse.parse("Two.", session=s)
            except NewsparseError as e:
                self.assertIn("exited", str(e))
            self.assertEqual(newsparse.parse("Three.", session=s).text, "Three.")


WEB_PAGES = os.path.join(ROOT, "web", "testdata")


class ParseHTMLTest(unittest.TestCase):
    def read(self, name, mode="r"):
        with open(os.path.join(WEB_PAGES, name), mode) as f:
            return f.read()

    def test_jsonld_page(self):
        page = self.read("jsonld.html")
        doc = newsparse.parse_html(page, url="https://www.dailyplanet.example/news/world/storm-floods-coastal-towns")
        self.assertTrue(doc.text.startswith("Title: Storm floods coastal towns, thousands evacuated\n"), doc.text[:80])
        self.assertEqual(doc.meta.title, "Storm floods coastal towns, thousands evacuated")
        self.assertEqual(doc.meta.author, "Jane Smith; Tom Lee")
        self.assertEqual(doc.meta.date.text, "2024-03-05")
        self.assertEqual(doc.meta.source, "The Daily Planet")
        self.assertEqual(doc.json["text"], doc.text)
        self.assertNotIn("Related stories", doc.text)
        names = {e.name for e in doc.entities}
        self.assertIn("Alan Brooks", names)
        for s, e, t in spans(doc):
            self.assertTrue(0 <= s <= e <= len(doc.text), (s, e))
            if t is not None:
                self.assertEqual(doc.text[s:e], t)
        h = doc._repr_html_()
        self.assertIn("np-meta", h)
        self.assertIn("The Daily Planet", h)

    def test_windows_1252_bytes(self):
        doc = newsparse.parse_html(self.read("cp1252.html", "rb"))
        self.assertEqual(doc.meta.title, "Café owners protest “soaring” rents")
        self.assertEqual(doc.meta.author, "Chloé Dubois")
        self.assertIn("€1,200", doc.text)
        self.assertNotIn("\u00ad", doc.text)
        for s, e, t in spans(doc):
            if t is not None:
                self.assertEqual(doc.text[s:e], t)

    def test_no_article(self):
        with self.assertRaises(NewsparseError) as cm:
            newsparse.parse_html("<!DOCTYPE html><html><script>var a = 1;</script></html>")
        self.assertIn("no article", str(cm.exception))
        with self.assertRaises(TypeError):
            newsparse.parse_html(5)
        # the session goes on after an error
        self.assertEqual(newsparse.parse("Small.").text, "Small.")


class ParseManyTest(unittest.TestCase):
    def test_order_and_ids(self):
        items = []
        for i in range(120):
            t = f"Story {i}: officials in Zürich said {i} people were hurt."
            items.append(t if i % 3 == 0 else (f"t{i}", t) if i % 3 == 1 else {"id": i, "text": t})
        docs = list(newsparse.parse_many(items))
        self.assertEqual(len(docs), 120)
        for i, d in enumerate(docs):
            self.assertTrue(d.text.startswith(f"Story {i}:"))
            self.assertEqual(d.id, None if i % 3 == 0 else f"t{i}" if i % 3 == 1 else i)

    def test_generator_input(self):
        docs = newsparse.parse_many(f"Text {i}." for i in range(500))
        self.assertEqual(sum(1 for _ in docs), 500)

    def test_abandoned(self):
        with Session(window=8) as s:
            it = newsparse.parse_many((f"Long story {i}. " * 50 for i in range(400)), session=s)
            first = [next(it) for _ in range(3)]
            self.assertTrue(first[2].text.startswith("Long story 2."))
            it.close()
            # the lines still due to the abandoned call are dropped, not handed to the next one
            for i in range(5):
                self.assertEqual(newsparse.parse(f"After {i}.", session=s).text, f"After {i}.")
            self.assertEqual(newsparse.parse("Paris.", session=s).json["body"], {"start": 0, "end": 6})

    def test_errors(self):
        with Session(max_bytes=60) as s:
            items = ["short one.", "y" * 61, "short two."]
            with self.assertRaises(NewsparseError):
                list(newsparse.parse_many(items, session=s))
            got = list(newsparse.parse_many(items, session=s, errors="return"))
            self.assertEqual(got[0].text, "short one.")
            self.assertIsInstance(got[1], NewsparseError)
            self.assertIn("too large", str(got[1]))
            self.assertEqual(got[2].text, "short two.")
            got = list(newsparse.parse_many(items, session=s, errors="skip"))
            self.assertEqual([d.text for d in got], ["short one.", "short two."])
            # a text too long to send at all is refused on the Python side, in order
            got = list(newsparse.parse_many(["a.", "z" * 200_000, "b."], session=s, errors="return"))
            self.assertIsInstance(got[1], NewsparseError)
            self.assertEqual(got[2].text, "b.")
        with self.assertRaises(ValueError):
            list(newsparse.parse_many([], errors="ignore"))

    def test_caller_iterable_error(self):
        def bad():
            yield "fine."
            raise RuntimeError("caller's own error")

        with self.assertRaisesRegex(RuntimeError, "caller's own error"):
            list(newsparse.parse_many(bad()))


# a count stated and one a vague word gives without a figure ("count": null)
UNSTATED = "Four guards were killed and several others were wounded."


class FramesTest(unittest.TestCase):
    @unittest.skipUnless(HAVE_PANDAS, "pandas not installed")
    def test_frames(self):
        docs = list(newsparse.parse_many([("a", NON_ASCII), ("b", "Paris and Berlin agreed.")]))
        f = newsparse.frames(docs)
        self.assertEqual(set(f), {"entities", "mentions", "quotes", "money", "casualties"})
        self.assertEqual(list(f["quotes"].columns), ["doc", "speaker", "entity", "cue", "text", "partial", "start", "end"])
        self.assertEqual(set(f["entities"]["doc"]) - {"a", "b"}, set())
        for _, row in f["mentions"].iterrows():
            text = NON_ASCII if row["doc"] == "a" else "Paris and Berlin agreed."
            self.assertEqual(text[row["start"]:row["end"]], row["text"])
        one = docs[0].to_frames()
        self.assertEqual(len(one["entities"]), len(docs[0].entities))
        # places carry their coordinates
        self.assertIn("lat", f["entities"].columns)
        paris = f["entities"][(f["entities"]["doc"] == "b") & (f["entities"]["name"] == "Paris")]
        self.assertEqual(len(paris), 1)
        self.assertAlmostEqual(float(paris["lat"].iloc[0]), 48.85, places=1)
        self.assertEqual(paris["country"].iloc[0], "FR")
        self.assertIn("lon", f["casualties"].columns)

    def test_unstated_count(self):
        doc = newsparse.parse(UNSTATED)
        self.assertEqual({c.kind: c.count for c in doc.casualties}, {"killed": 4, "injured": None})
        self.assertEqual(doc.toll, {"killed": 4})

    @unittest.skipUnless(HAVE_PANDAS, "pandas not installed")
    def test_unstated_count_frame(self):
        f = newsparse.frames([newsparse.parse(UNSTATED)])["casualties"]
        self.assertEqual(f["count"].sum(), 4)
        self.assertEqual(int(f["count"].isna().sum()), 1)

    def test_no_pandas(self):
        doc = newsparse.parse("Paris.")
        with mock.patch.dict(sys.modules, {"pandas": None}):
            with self.assertRaisesRegex(ImportError, "need pandas"):
                doc.to_frames()


class BinaryTest(unittest.TestCase):
    def test_bad_env(self):
        with mock.patch.dict(os.environ, {"NEWSPARSE_BIN": "/nonexistent/newsparse"}):
            with self.assertRaisesRegex(NewsparseError, "NEWSPARSE_BIN"):
                newsparse.find_binary()

    def test_cannot_run(self):
        s = Session(binary="/nonexistent/newsparse")
        with self.assertRaisesRegex(NewsparseError, "cannot run"):
            newsparse.parse("x", session=s)
        with self.assertRaisesRegex(NewsparseError, "cannot run"):
            list(newsparse.parse_many(["a", "b"], session=s))

    @unittest.skipUnless(os.environ.get("NEWSPARSE_TEST_BUILD", "1") != "0", "NEWSPARSE_TEST_BUILD=0")
    def test_build(self):
        import shutil

        if shutil.which("go") is None:
            self.skipTest("no Go toolchain")
        with tempfile.TemporaryDirectory() as cache:
            before = _source_key(ROOT)
            exe = newsparse.build_binary(root=ROOT, cache=cache)
            self.assertTrue(os.access(exe, os.X_OK))
            again = newsparse.build_binary(root=ROOT, cache=cache)
            if _source_key(ROOT) == before:  # (a checkout being edited meanwhile builds anew)
                self.assertEqual(again, exe)  # reused
            with Session(binary=exe) as s:
                self.assertEqual(newsparse.parse("Built.", session=s).text, "Built.")
            with mock.patch.dict(os.environ, {"NEWSPARSE_BIN": exe}):
                self.assertEqual(newsparse.find_binary(), exe)


if __name__ == "__main__":
    unittest.main()
