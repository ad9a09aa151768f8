import os, signal
count = 0
def h(sig, frame):
    global count
    count += 1
signal.signal(signal.SIGUSR1, h)
for i in range(5):
    os.kill(os.getpid(), signal.SIGUSR1)
print("count", count)
def stop(sig, frame):
    raise KeyboardInterrupt("stop")
signal.signal(signal.SIGUSR2, stop)
try:
    i = 0
    while True:
        i += 1
        if i == 1000:
            signal.raise_signal(signal.SIGUSR2)
except KeyboardInterrupt as e:
    print("stopped", e, i)
