#!/usr/bin/env python3
"""Share of a JMH benchmark thread's JFR execution samples whose stack contains a method.

Usage: jfr-shares.py PROFILE.jfr LABEL=PATTERN [LABEL=PATTERN ...]
  e.g. jfr-shares.py profile.jfr "ids=EntityId.check" "json path=JsonPath.of"

PROFILE.jfr comes from `java -jar benchmarks.jar ... -prof jfr:dir=DIR`. Needs a `jfr` tool on the
PATH (or in $JFR); the JDK 17 one reads it. A sample counts once per label, however deep the
method; shares of different labels overlap when one method calls another.
"""
import collections
import json
import os
import subprocess
import sys


def main():
    path, cats = sys.argv[1], [a.split("=", 1) for a in sys.argv[2:]]
    jfr = os.environ.get("JFR", "jfr")
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "400", "--events",
                          "jdk.ExecutionSample", path], capture_output=True, text=True,
                         check=True).stdout
    n, counts = 0, collections.Counter()
    for e in json.loads(out)["recording"]["events"]:
        thread = e["values"].get("sampledThread") or {}
        if "jmh-worker" not in (thread.get("javaName") or ""):
            continue
        n += 1
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in e["values"]["stackTrace"]["frames"]]
        for label, pattern in cats:
            if any(pattern in f for f in frames):
                counts[label] += 1
    print(f"{n} samples of the benchmark thread")
    for label, pattern in cats:
        print(f"{100 * counts[label] / max(n, 1):5.1f}%  {label}  [{pattern}]")


if __name__ == "__main__":
    main()
