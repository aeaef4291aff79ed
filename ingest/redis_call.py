"""One Redis command on a client's connection pool, without redis-py's per-command layers.

A webhook sends three Redis commands (the bad-signature look, the source's rate limit, the task's LPUSH).
Through `redis.Redis.execute_command` each goes through the retry helper, a closure, its observability
recording (operation duration, pool names) and the response callbacks, which under gunicorn cost more
CPU than the command's own packing, sending and reading (BENCHMARKS.md section 4, fifth look). Here a
connection is taken from the client's own pool (so its timeouts, address and credentials are the
client's), the command sent and its raw reply read, and the connection given back.

Errors are redis-py's own: a connection refused or dropped raises `redis.ConnectionError` (the
connection is closed by redis-py before it goes back to the pool), a timeout `redis.TimeoutError`, an
error reply its `ResponseError` (NoScriptError for an unknown script). `retries` immediate retries on
a connection error or timeout stand for the client's Retry (the broker's publish has one, as kombu's
transport; the rate limiter none, as it fails open and must not wait on Redis).
"""
from __future__ import annotations

import redis


def call(client: redis.Redis, *args, retries: int = 0):
    """The raw reply of one command (bytes, int or a list of them), as the server sent it."""
    pool = client.connection_pool
    while True:
        conn = pool.get_connection()
        try:
            conn.send_command(*args)
            return conn.read_response()
        except redis.ResponseError:
            raise  # the whole reply was read: the connection is fine
        except (redis.ConnectionError, redis.TimeoutError):
            conn.disconnect()
            if retries <= 0:
                raise
            retries -= 1
        except BaseException:
            conn.disconnect()  # a reply half read (an interrupted thread) must not reach the next user
            raise
        finally:
            pool.release(conn)
