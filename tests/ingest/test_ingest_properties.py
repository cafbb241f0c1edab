"""read() never raises on arbitrary bytes: every item is a document or a failure, none a crash."""
from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ingest import Failure, RawDocument, read

ARABIC = st.text(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), min_size=1, max_size=200)
PIECES = st.one_of(
    st.binary(max_size=300),
    ARABIC.map(lambda s: s.encode("utf-8")),
    ARABIC.map(lambda s: s.encode("cp1256", errors="ignore")),
    ARABIC.map(lambda s: s.encode("utf-16")),
    st.text(max_size=100).map(lambda s: s.encode("utf-8", errors="surrogatepass")),
    st.sampled_from([b"<html><body><p>", b"</p>", b"<rss><channel><item>", b"{\"text\": \"", b"\"}\n",
                     b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b"\x00", b"\r\n", b"\xef\xbb\xbf", b"\xff\xfe"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=12).map(b"".join))
def test_any_bytes_on_stdin(data):
    items = list(read(["-"], stdin=io.BytesIO(data), max_bytes=100_000))
    assert items, "every input gives at least one item"
    for item in items:
        assert isinstance(item, (RawDocument, Failure))
        if isinstance(item, Failure):
            assert item.input.startswith("-") and item.reason
            assert not item.reason.startswith("could not be read"), item.reason
        else:
            assert item.text.strip() and item.language == "ar"
