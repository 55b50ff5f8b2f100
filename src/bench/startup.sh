#!/usr/bin/env bash
# Launch-to-first-prompt of the REPL, as a person at a terminal sees it: the whole process (JVM start,
# terminal set-up, greeting) until "rapport [" appears on a pseudo-terminal. Repeated runs, median.
# Also the peak memory (RSS) of one session, from /usr/bin/time -v when it is installed.
# Usage: src/bench/startup.sh [runs]   (builds target/rapport.jar first if needed; not run by the tests)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-15}"
./rapport --version >/dev/null   # builds the jar and its class-data archive if needed; not timed
# the launcher itself, so the figure is what users get
java_cmd=(./rapport)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

python3 - "$runs" "$tmp" "${java_cmd[@]}" <<'PY'
import fcntl, os, pty, select, statistics, struct, sys, termios, time

runs, tmp, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
env = dict(os.environ, HOME=tmp, XDG_DATA_HOME=tmp + "/data", TERM="xterm-256color")
env.pop("NO_COLOR", None)

def session(argv):
    """Starts argv on a pty, returns seconds to the first prompt; then leaves with Ctrl-D."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # a real window, 120x40
        os.execvpe(argv[0], argv, env)
    start, seen, buf = time.perf_counter(), None, b""
    while seen is None:
        r, _, _ = select.select([fd], [], [], 8)
        if not r:
            raise SystemExit("no prompt within 8 s; the screen so far: " + repr(buf))
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            raise SystemExit("the REPL ended before its prompt:\n" + buf.decode(errors="replace"))
        buf += chunk
        if b"rapport [" in buf:
            seen = time.perf_counter() - start
    os.write(fd, b"\x04")
    while True:
        try:
            if not os.read(fd, 4096):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    return seen

session(cmd)  # warm the OS file cache; not counted
times = sorted(session(cmd) for _ in range(runs))
print(f"launch to first prompt over {runs} runs: median {statistics.median(times)*1000:.0f} ms "
      f"(min {times[0]*1000:.0f}, max {times[-1]*1000:.0f})")

if os.path.exists("/usr/bin/time"):
    out = tmp + "/time.txt"
    session(["/usr/bin/time", "-v", "-o", out] + cmd)
    for line in open(out):
        if "Maximum resident set size" in line:
            kb = int(line.split(":")[1])
            print(f"peak RSS of a session started and left at once: {kb/1024:.0f} MB")
else:
    print("peak RSS: /usr/bin/time is not installed")
PY
