import signal
print("before")
signal.raise_signal(signal.SIGINT)
print("not reached")
