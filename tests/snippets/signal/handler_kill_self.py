import os, signal
def h(sig, frame):
    print("handler", signal.Signals(sig).name, type(frame).__name__, frame.f_code.co_name)
old = signal.signal(signal.SIGUSR1, h)
print("old", old)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill")
signal.raise_signal(signal.SIGUSR1)
print("after raise")
print(signal.getsignal(signal.SIGUSR1) is h)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is h, signal.getsignal(signal.SIGUSR1))
