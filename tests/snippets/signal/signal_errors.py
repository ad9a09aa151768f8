import signal
def t(f, *a):
    try:
        print(f(*a))
    except BaseException as e:
        print(type(e).__name__, e)
t(signal.signal, 99, signal.SIG_DFL)
t(signal.signal, 0, signal.SIG_DFL)
t(signal.signal, signal.SIGKILL, signal.SIG_DFL)
t(signal.signal, signal.SIGSTOP, signal.SIG_IGN)
t(signal.signal, signal.SIGUSR1, 5)
t(signal.signal, signal.SIGUSR1, "x")
t(signal.getsignal, 0)
t(signal.getsignal, 65)
t(signal.strsignal, 99)
t(signal.raise_signal, 99)
t(signal.default_int_handler, 2, None)
t(signal.signal, signal.SIGUSR1)
t(signal.getsignal, "2")
t(signal.pthread_sigmask, 9, [])
t(signal.pthread_sigmask, signal.SIG_BLOCK, [99])
