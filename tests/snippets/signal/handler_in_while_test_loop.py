# A `while` loop whose test sits at its end (a backward conditional jump) still runs signal handlers:
# CPython polls its eval breaker on every taken backward jump, not only on JUMP_BACKWARD. The signal
# comes from a timer, so it arrives while the loop runs (a kill() call would run the handler itself).
import signal

def stop(sig, frame):
    raise KeyboardInterrupt("stop")

signal.signal(signal.SIGALRM, stop)
i = 0
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while i < 10**10:
        i += 1
except KeyboardInterrupt as e:
    print("stopped", e, 0 < i < 10**10)

# The same with `while x is not None` (POP_JUMP_BACKWARD_IF_NOT_NONE).
node = 0
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while node is not None:
        node += 1
except KeyboardInterrupt as e:
    print("stopped again", e, node > 0)
