"""Read a webhook body without ever holding more than the limit in memory.

A declared Content-Length over the limit is refused before a byte is read.
A chunked request (no Content-Length) is read from the server's de-chunked
stream a piece at a time and refused as soon as it passes the limit, so a
sender cannot make the web process buffer an unbounded body.
"""
from __future__ import annotations

from django.http import HttpRequest

CHUNK_BYTES = 64 * 1024


class BodyError(Exception):
    def __init__(self, status: int, detail: str):
        self.status = status
        self.detail = detail
        super().__init__(detail)


def _read_capped(read, limit: int) -> bytes:
    pieces: list[bytes] = []
    total = 0
    while True:
        piece = read(min(CHUNK_BYTES, limit + 1 - total))
        if not piece:
            return b"".join(pieces)
        pieces.append(piece)
        total += len(piece)
        if total > limit:
            raise BodyError(413, f"body exceeds the {limit}-byte limit")


def read_body(request: HttpRequest, limit: int) -> bytes:
    meta = request.META
    length_text = meta.get("CONTENT_LENGTH") or ""
    chunked = "chunked" in meta.get("HTTP_TRANSFER_ENCODING", "").lower()
    if length_text.strip():
        try:
            declared = int(length_text)
        except ValueError as exc:
            raise BodyError(400, "Content-Length is not a number") from exc
        if declared < 0:
            raise BodyError(400, "Content-Length is negative")
        if declared > limit:
            raise BodyError(413, f"body of {declared} bytes exceeds the {limit}-byte limit")
        # Django's request stream stops at Content-Length; still cap in case the server lies.
        return _read_capped(request.read, limit)
    if chunked:
        # Without Content-Length Django's own stream reads nothing; the WSGI server's stream is
        # only safe to read to its end when the server says it ends it (wsgi.input_terminated).
        if not meta.get("wsgi.input_terminated"):
            raise BodyError(411, "chunked bodies need a server that terminates the input; send Content-Length")
        return _read_capped(meta["wsgi.input"].read, limit)
    return b""
