"""The cost bucket model paces requests without any event loop."""

import random

from packstation.sync.throttle import CostBucket

STATUS = {
    "throttleStatus": {"maximumAvailable": 2000.0, "currentlyAvailable": 100, "restoreRate": 100.0}
}


def test_a_query_that_fits_goes_at_once():
    bucket = CostBucket()
    bucket.observe(STATUS, now=10.0)
    assert bucket.wait_before(50, now=10.0) == 0.0


def test_a_query_that_does_not_fit_waits_for_the_refill():
    bucket = CostBucket()
    bucket.observe(STATUS, now=10.0)
    assert bucket.wait_before(400, now=10.0) == 3.0  # 300 missing at 100 points/s
    assert bucket.wait_before(400, now=12.0) == 1.0


def test_spending_debits_and_the_level_never_exceeds_the_maximum():
    bucket = CostBucket()
    bucket.observe(STATUS, now=0.0)
    bucket.spend(100, now=0.0)
    assert bucket.level(0.0) == 0.0
    assert bucket.level(1000.0) == 2000.0


def test_malformed_status_is_ignored():
    bucket = CostBucket()
    bucket.observe({"throttleStatus": {"maximumAvailable": "lots"}}, now=5.0)
    bucket.observe(None, now=5.0)
    assert (bucket.maximum, bucket.restore_rate) == (1000.0, 50.0)


def test_throttled_delay_has_a_floor_and_bounded_jitter():
    bucket = CostBucket()
    bucket.observe(STATUS, now=0.0)
    rng = random.Random(3)
    delays = [bucket.throttled_delay(300, now=0.0, rng=rng) for _ in range(50)]
    assert all(2.0 <= d <= 2.5 for d in delays)
    assert bucket.throttled_delay(10, now=0.0, rng=rng) >= 0.5
