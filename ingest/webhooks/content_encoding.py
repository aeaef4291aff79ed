"""Undo a request's Content-Encoding (gzip, deflate) without ever expanding past the body limit.

Before this, a gzip body was stored and parsed as text: a garbage draft. Now gzip and deflate
(zlib-wrapped, or raw as some senders send it) are decoded in bounded steps, so a small "zip bomb"
stops at `limit` bytes of output (413); a corrupt stream is a 400; any other coding (br, compress,
zstd...) is a 415 naming what is accepted. `identity` is no coding.
"""
from __future__ import annotations

import zlib

from .body import BodyError

ACCEPTED = ("gzip", "x-gzip", "deflate", "identity")
_STEP = 64 * 1024


def decode_content_encoding(body: bytes, header: str, limit: int) -> bytes:
    codings = [c.strip().lower() for c in (header or "").split(",") if c.strip()]
    for coding in reversed(codings):  # applied in the order listed, so undone from the last
        if coding == "identity":
            continue
        if coding in ("gzip", "x-gzip"):
            body = _inflate(body, zlib.MAX_WBITS | 16, limit)
        elif coding == "deflate":
            try:
                body = _inflate(body, zlib.MAX_WBITS, limit)
            except BodyError as exc:
                if exc.status != 400:
                    raise
                body = _inflate(body, -zlib.MAX_WBITS, limit)  # raw deflate, no zlib header
        else:
            raise BodyError(415, f"unsupported Content-Encoding {coding[:40]!r}; send gzip, deflate or none")
    return body


def _inflate(data: bytes, wbits: int, limit: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    out = bytearray()
    pending = data
    try:
        while True:
            out += inflater.decompress(pending, _STEP)
            if len(out) > limit:
                raise BodyError(413, f"the body expands past the {limit}-byte limit once decompressed")
            pending = inflater.unconsumed_tail
            if not pending:
                break
        out += inflater.flush()
    except zlib.error as exc:
        raise BodyError(400, f"the body is not valid {'gzip' if wbits & 16 else 'deflate'} data: {exc}") from exc
    if len(out) > limit:
        raise BodyError(413, f"the body expands past the {limit}-byte limit once decompressed")
    if not inflater.eof:
        raise BodyError(400, "the compressed body is truncated")
    return bytes(out)
