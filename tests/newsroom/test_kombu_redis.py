"""The broker transport keeps one Redis client per channel, and still delivers what is published to the queue."""
import json

import redis
from celery import current_app
from kombu import Connection

from newsroom.kombu_redis import Transport


def test_the_celery_app_publishes_through_the_newsroom_transport():
    with current_app.connection_for_write() as connection:
        assert isinstance(connection.transport, Transport)


def test_a_channel_reuses_its_client_until_its_pool_is_replaced(settings):
    with Connection(settings.CELERY_BROKER_URL, transport=Transport) as connection:
        channel = connection.default_channel
        with channel.conn_or_acquire() as first:
            pass
        with channel.conn_or_acquire() as second:
            pass
        assert second is first
        assert first.connection_pool is channel.pool
        channel._disconnect_pools()  # what kombu does after a fork or a failed connection
        with channel.conn_or_acquire() as third:
            pass
        assert third is not first
        assert third.connection_pool is channel.pool
        given = redis.Redis()
        with channel.conn_or_acquire(given) as passed:
            assert passed is given


def test_a_published_task_reaches_its_queue(settings):
    queue = "kombu-redis-test"
    client = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    client.delete(queue)
    try:
        for number in (1, 2):
            current_app.send_task("ingest.tasks.process_delivery", args=(number,), queue=queue)
        messages = [json.loads(raw) for raw in client.lrange(queue, 0, -1)]
        assert sorted(message["headers"]["argsrepr"] for message in messages) == ["(1,)", "(2,)"]
    finally:
        client.delete(queue)
