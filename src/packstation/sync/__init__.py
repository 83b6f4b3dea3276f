"""Synchronisation with the shop: pull the queue, push the durable outbox."""
