# A `while` loop whose test sits at its end (a backward conditional jump) still runs signal handlers:
# CPython polls its eval breaker on every taken backward jump, not only on JUMP_BACKWARD.
import os, signal

def stop(sig, frame):
    raise KeyboardInterrupt("stop")

signal.signal(signal.SIGUSR1, stop)
i = 0
try:
    while i < 10**9:
        i += 1
        if i == 1000:
            os.kill(os.getpid(), signal.SIGUSR1)
except KeyboardInterrupt as e:
    print("stopped", e, 1000 <= i < 2000)

# The same with `while x is not None` (POP_JUMP_BACKWARD_IF_NOT_NONE) and a comparison jump.
j = 0
node = 0
try:
    while node is not None:
        j += 1
        if j == 500:
            signal.raise_signal(signal.SIGUSR1)
except KeyboardInterrupt as e:
    print("stopped again", e, j)
