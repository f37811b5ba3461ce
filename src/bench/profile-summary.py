"""Sums up `jfr print` output of execution samples and waits (see profile.sh). Args: TOP."""
import collections
import re
import sys

TOP = int(sys.argv[1]) if len(sys.argv) > 1 else 25
FRAME = re.compile(r"\s+([\w$.<>/]+)\(.*line:")
DURATION = re.compile(r"\s+duration = ([\d.]+) (ms|s|us)")
SCALE = {"us": 0.001, "ms": 1.0, "s": 1000.0}

samples = 0
running = collections.Counter()
inclusive = collections.Counter()
waited_ms = collections.Counter()
event, stack, duration = None, [], 0.0


def site_frame(frames):
    return next((f for f in frames if f.startswith("org.flaskapp.")), None)


def finish():
    global samples
    if event == "jdk.ExecutionSample" and stack:
        samples += 1
        running[stack[0]] += 1
        for frame in {f for f in stack if f.startswith("org.flaskapp.")}:
            inclusive[frame] += 1
    elif event and event != "jdk.ExecutionSample" and stack:
        waiter = site_frame(stack)
        if waiter:  # a request thread (or the site's own work), not the server's idle pools
            waited_ms[f"{event.removeprefix('jdk.')}: {waiter} (in {stack[0]})"] += duration


for line in sys.stdin:
    if re.match(r"^jdk\.\w+ \{", line):
        event, stack, duration = line.split()[0], [], 0.0
    elif line.startswith("}"):
        finish()
        event = None
    elif event:
        frame = FRAME.match(line)
        if frame:
            stack.append(frame.group(1))
        else:
            match = DURATION.match(line)
            if match:
                duration = float(match.group(1)) * SCALE[match.group(2)]

print(f"{samples} execution samples\n\nRunning (self):")
for frame, n in running.most_common(TOP):
    print(f"  {100 * n / max(samples, 1):5.1f}%  {frame}")
print("\nThe site's own methods, with what they called:")
for frame, n in inclusive.most_common(TOP):
    print(f"  {100 * n / max(samples, 1):5.1f}%  {frame}")
print("\nWaits of the site's methods (ms summed over threads):")
for what, ms in waited_ms.most_common(TOP):
    print(f"  {ms:9.0f}  {what}")
