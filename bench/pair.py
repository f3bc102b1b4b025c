#!/usr/bin/env python3
"""Paired whole-process timing: runs command A and a baseline B in turn (A B A B ...), each started directly
(fork and exec, no shell in between), and reports wall time and peak RSS from the kernel's own accounting.

  pair.py [--pairs N] [--warmup N] [--stdin FILE] [--name NAME] -- A... --vs B...

Prints one row: name, median/min/max of A in ms, median of B in ms, the median of the per-pair ratios A/B,
and A's median peak RSS in MiB. Output of the commands is thrown away.
"""
import os
import statistics
import sys
import time


def run(argv, stdin_path):
    """Starts argv directly, waits for it, returns (wall seconds, peak RSS KiB, exit code)."""
    stdin = os.open(stdin_path or os.devnull, os.O_RDONLY)
    devnull = os.open(os.devnull, os.O_WRONLY)
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=[
        (os.POSIX_SPAWN_DUP2, stdin, 0), (os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    os.close(stdin)
    os.close(devnull)
    return wall, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def main(args):
    pairs, warmup, stdin_path, name = 10, 2, None, None
    while args and args[0] != "--":
        flag, value, args = args[0], args[1], args[2:]
        if flag == "--pairs": pairs = int(value)
        elif flag == "--warmup": warmup = int(value)
        elif flag == "--stdin": stdin_path = value
        elif flag == "--name": name = value
        else: sys.exit("pair.py: unknown option " + flag)
    args = args[1:]
    split = args.index("--vs")
    a, b = args[:split], args[split + 1:]
    for _ in range(warmup):
        run(a, stdin_path)
        run(b, None)
    ta, tb, ratios, rss, codes = [], [], [], [], set()
    for _ in range(pairs):
        wa, ra, ca = run(a, stdin_path)
        wb, _, _ = run(b, None)
        ta.append(wa); tb.append(wb); ratios.append(wa / wb); rss.append(ra); codes.add(ca)
    ms = lambda s: round(s * 1000)
    print(f"{name or ' '.join(a):<34} {ms(statistics.median(ta)):>7} {ms(min(ta)):>6} {ms(max(ta)):>6}"
          f" {ms(statistics.median(tb)):>7} {statistics.median(ratios):>6.2f}x"
          f" {statistics.median(rss) / 1024:>6.1f} MiB" + ("" if codes == {0} else f"  exit {sorted(codes)}"))


if __name__ == "__main__":
    main(sys.argv[1:])
