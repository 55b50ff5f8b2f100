#!/usr/bin/env bash
# Start-up as a user meets it, measured from outside the process through the ./rapport launcher:
#   repl        launch to the first prompt on a pseudo-terminal (a real terminal for JLine), then Ctrl-D
#   check       `check` on example pair 01 (no embedding model: word matching reads the reason)
#   draft       `draft` on example pair 01
#   check+model `check` with a reason only the embedding model can read, so the model loads
# each against `java -version` of the same Java in the same rounds, interleaved, because shared
# machines are noisy: the figures that mean something are the ratios of the medians.
# Peak RSS is the process's maximum resident set, CPU its user + system time (getrusage of the child):
# under heavy load the CPU ratio moves far less than the wall-clock one, so both are shown.
# Usage: src/bench/startup.sh [rounds] [JAVA_HOME...]
#   default: 11 rounds; the Java on the PATH, and /usr/lib/jvm/*25* too when one is installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-11}"
shift || true
homes=("$@")
if [ ${#homes[@]} -eq 0 ]; then
  homes=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for j in /usr/lib/jvm/*25*; do [ -x "$j/bin/java" ] && homes+=("$j") && break; done
fi
for h in "${homes[@]}"; do
  JAVA_HOME="$h" ./rapport --version >/dev/null   # builds the jar and this Java's fast-start archive; not timed
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

PYTHONPATH="$PWD/src/bench" python3 - "$rounds" "$tmp" "${homes[@]}" <<'PY'
import fcntl, os, pty, resource, select, statistics, struct, sys, termios, time
import benchlib

rounds, tmp, homes = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
pair = "examples/pairs/01-former-colleagues"
base = benchlib.clean_env(tmp, TERM="xterm-256color")

def run(argv, env):
    """Wall seconds, peak RSS (MB) and CPU seconds of one process, output discarded."""
    wall, cpu, rss = benchlib.run(argv, env)
    return wall, rss, cpu

def repl(env):
    """Seconds from launch to the first prompt on a 120x40 pty, and the session's peak RSS (MB)."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execvpe("./rapport", ["./rapport"], env)
    seen, buf = None, b""
    while seen is None:
        r, _, _ = select.select([fd], [], [], 30)
        if not r:
            raise SystemExit("no prompt within 30 s: " + repr(buf[-400:]))
        try:
            buf += os.read(fd, 4096)
        except OSError:
            raise SystemExit("the REPL ended before its prompt: " + repr(buf[-400:]))
        if b"rapport [" in buf:
            seen = time.perf_counter() - start
    os.write(fd, b"\x04")
    while True:
        try:
            if not os.read(fd, 4096):
                break
        except OSError:
            break
    _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    return seen, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime

cases = {
    "java -version": lambda env, java: run([java, "-version"], env),
    "repl first prompt": lambda env, java: repl(env),
    "check": lambda env, java: run(["./rapport", "check", "--me", pair + "/me.txt", "--them", pair + "/them.txt",
                                    "--why", "we worked together at Stripewell and I would like to reconnect"], env),
    "draft": lambda env, java: run(["./rapport", "draft", "--me", pair + "/me.txt", "--them", pair + "/them.txt",
                                    "--why", "we worked together at Stripewell and I would like to reconnect"], env),
    "check + model": lambda env, java: run(["./rapport", "check", "--me", pair + "/me.txt", "--them", pair + "/them.txt",
                                            "--why", "curious about her path since then"], env),
}
load = os.getloadavg()[0]
for home in homes:
    env = dict(base, JAVA_HOME=home)
    java = home + "/bin/java"
    for name, case in cases.items():   # one warm-up round: file cache, the model's native libraries unpacked
        case(env, java)
    results = {name: [] for name in cases}
    for _ in range(rounds):
        for name, case in cases.items():
            results[name].append(case(env, java))
    baseline = statistics.median(r[0] for r in results["java -version"])
    cpu_baseline = statistics.median(r[2] for r in results["java -version"])
    version = open(home + "/release").read().split('JAVA_RUNTIME_VERSION="')[1].split('"')[0]
    print(f"\n{version} ({home}), {rounds} rounds, load average {load:.1f} at the start, "
          f"{os.getloadavg()[0]:.1f} at the end")
    print(f"  {'':18} {'median':>8} {'min':>7} {'max':>7} {'ratio':>6} {'CPU':>7} {'ratio':>6} {'peak RSS':>9}")
    for name, rs in results.items():
        ts = sorted(r[0] for r in rs)
        med = statistics.median(ts)
        cpu = statistics.median(r[2] for r in rs)
        rss = statistics.median(r[1] for r in rs)
        print(f"  {name:18} {med:7.3f}s {ts[0]:6.3f}s {ts[-1]:6.3f}s {med / baseline:5.1f}x "
              f"{cpu:6.3f}s {cpu / cpu_baseline:5.1f}x {rss:7.0f} MB")
PY
