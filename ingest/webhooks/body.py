"""Read a webhook body without ever holding more than the limit in memory.

A declared Content-Length over the limit is refused before a byte is read.
A chunked request (no Content-Length) is read from the server's de-chunked
stream a piece at a time and refused as soon as it passes the limit, so a
sender cannot make the web process buffer an unbounded body.

A slow or lying body is the sender's fault, answered as such where the app can
tell: a body that ends before its Content-Length is a 400, and one still
arriving after `BODY_READ_SECONDS` is a 408 (checked between pieces; under
gunicorn the socket itself gets that timeout, so a body that stops arriving is
a 408 too, not a worker timeout). The robust defence is a proxy in front that
buffers request bodies (nginx does by default): see the README.
"""
from __future__ import annotations

import time

from django.http import HttpRequest

CHUNK_BYTES = 64 * 1024


class BodyError(Exception):
    def __init__(self, status: int, detail: str):
        self.status = status
        self.detail = detail
        super().__init__(detail)


def _read_capped(read, limit: int, seconds: float | None = None) -> bytes:
    pieces: list[bytes] = []
    total = 0
    deadline = time.monotonic() + seconds if seconds else None
    while True:
        try:
            piece = read(min(CHUNK_BYTES, limit + 1 - total))
        except OSError as exc:  # Django wraps it in UnreadablePostError; a socket timeout is the sender being slow
            if isinstance(exc, TimeoutError) or isinstance(exc.__cause__, TimeoutError):
                raise BodyError(408, f"the body did not arrive within {seconds:g}s") from exc
            raise BodyError(400, f"the body could not be read: {exc}") from exc
        if deadline is not None and time.monotonic() > deadline and piece:
            raise BodyError(408, f"the body did not arrive within {seconds:g}s")
        if not piece:
            return b"".join(pieces)
        pieces.append(piece)
        total += len(piece)
        if total > limit:
            raise BodyError(413, f"body exceeds the {limit}-byte limit")


def read_body(request: HttpRequest, limit: int, seconds: float | None = None) -> bytes:
    meta = request.META
    sock = meta.get("gunicorn.socket")
    if sock is None or not seconds:
        return _read_body(request, limit, seconds)
    previous = sock.gettimeout()
    sock.settimeout(seconds)
    try:
        return _read_body(request, limit, seconds)
    finally:
        sock.settimeout(previous)


def _read_body(request: HttpRequest, limit: int, seconds: float | None) -> bytes:
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
        body = _read_capped(request.read, limit, seconds)
        if len(body) < declared:
            raise BodyError(400, f"the body ended after {len(body)} of the {declared} bytes its Content-Length declared")
        return body
    if chunked:
        # Without Content-Length Django's own stream reads nothing; the WSGI server's stream is
        # only safe to read to its end when the server says it ends it (wsgi.input_terminated).
        if not meta.get("wsgi.input_terminated"):
            raise BodyError(411, "chunked bodies need a server that terminates the input; send Content-Length")
        return _read_capped(meta["wsgi.input"].read, limit, seconds)
    return b""
