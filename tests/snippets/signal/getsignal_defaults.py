import signal
print(signal.getsignal(signal.SIGINT))
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGXFSZ), signal.getsignal(signal.SIGUSR1))
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGCHLD))
print(signal.default_int_handler, signal.SIG_DFL, signal.SIG_IGN, int(signal.SIG_IGN))
print(signal.NSIG, len(signal.valid_signals()), sorted(set(range(1, 65)) - signal.valid_signals()))
print(signal.SIGINT, repr(signal.SIGINT), signal.Signals(15).name, signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGKILL), signal.strsignal(signal.SIGSEGV))
print(signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK, signal.ITIMER_REAL)
