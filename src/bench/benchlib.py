"""What the start-up scripts (startup.sh, compare.sh) share: a clean environment and one timed child process."""
import os
import time

# settings a user may have exported that would change what is measured
CLEARED = ("NO_COLOR", "RAPPORT_NO_EMBEDDINGS", "RAPPORT_JOURNAL", "RAPPORT_ENGINE", "RAPPORT_JAVA_OPTS")


def clean_env(tmp, **extra):
    """The environment with HOME and the XDG folders in tmp and rapport's own settings cleared."""
    env = dict(os.environ, HOME=tmp, XDG_DATA_HOME=tmp + "/data", XDG_CACHE_HOME=tmp + "/cache",
               XDG_CONFIG_HOME=tmp + "/config", **extra)
    for k in CLEARED:
        env.pop(k, None)
    return env


def run(argv, env, cwd=None):
    """Wall seconds, CPU seconds (user + system, getrusage of the child) and peak RSS (MB) of one process, output discarded."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        if cwd:
            os.chdir(cwd)
        fd = os.open(os.devnull, os.O_RDWR)
        for i in (0, 1, 2):
            os.dup2(fd, i)
        os.execvpe(argv[0], argv, env)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv} failed" + (f" in {cwd}" if cwd else ""))
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
