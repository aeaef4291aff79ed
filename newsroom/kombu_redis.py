"""kombu's Redis transport, with one Redis client per channel instead of one per command.

kombu's `Channel.conn_or_acquire()` builds a new `redis.Redis` around the
channel's connection pool for every publish (and every ack in a worker).
With redis-py 8 building a client registers some 170 response callbacks: a
profile of the webhook (BENCHMARKS.md, section 4) showed it as the largest
single cost of `apply_async`, more than the LPUSH it wraps. The client holds
no connection of its own (each command takes one from the same pool and gives
it back), so one per channel behaves exactly as a fresh one: same pool, same
timeouts, same errors when the broker is down (the webhook still falls back to
the sweep). A channel closed after a connection error is replaced by kombu,
and its client with it; so is the client when the channel drops its pool
(after a fork or a failed connection).

Selected by settings (CELERY_BROKER_TRANSPORT) for redis:// broker URLs only;
Sentinel and TLS URLs keep kombu's own transports.
"""
from __future__ import annotations

from contextlib import contextmanager

from kombu.transport import redis as kombu_redis


class Channel(kombu_redis.Channel):
    _shared_client = None

    @contextmanager
    def conn_or_acquire(self, client=None):
        if client:
            yield client
            return
        shared = self._shared_client
        if shared is None or shared.connection_pool is not self.pool:  # a fork or a disconnect made a new pool
            shared = self._shared_client = self._create_client()
        yield shared


class Transport(kombu_redis.Transport):
    Channel = Channel
