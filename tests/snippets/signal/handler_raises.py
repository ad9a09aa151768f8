import os, signal
def h(sig, frame):
    raise ValueError("from handler %d" % sig)
signal.signal(signal.SIGUSR2, h)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
except ValueError as e:
    print("caught", e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("ignored")
signal.raise_signal(signal.SIGUSR2)
print("still alive")
