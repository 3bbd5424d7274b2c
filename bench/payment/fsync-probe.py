#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Samples the disk's fdatasync latency in DIR: writes 4 KiB and fdatasyncs it COUNT times
# (default 50), prints "p50 p99" in milliseconds. Usage: fsync-probe.py DIR [COUNT]
import os, sys, tempfile, time

directory = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 50
fd, path = tempfile.mkstemp(dir=directory, prefix="fsync-probe.")
try:
    block = os.urandom(4096)
    samples = []
    for i in range(count):
        os.pwrite(fd, block, (i % 16) * 4096)
        start = time.perf_counter()
        os.fdatasync(fd)
        samples.append((time.perf_counter() - start) * 1000.0)
    samples.sort()
    print("%.2f %.2f" % (samples[len(samples) // 2], samples[min(len(samples) - 1, (len(samples) * 99) // 100)]))
finally:
    os.close(fd)
    os.unlink(path)
