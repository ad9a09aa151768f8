# Argument checking and error messages of the time module.
import time

tests = [
    lambda: time.sleep('x'), lambda: time.sleep(-1), lambda: time.sleep(float('nan')),
    lambda: time.sleep(1e300), lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1),
    lambda: time.gmtime('x'), lambda: time.gmtime(1e300), lambda: time.gmtime(float('nan')),
    lambda: time.gmtime(2**70), lambda: time.gmtime(1, 2), lambda: time.gmtime(x=1),
    lambda: time.gmtime(-1.5), lambda: time.gmtime(1e17), lambda: time.gmtime(-1e17), lambda: time.gmtime(1e16),
    lambda: time.localtime(1, 2), lambda: time.localtime('y'),
    lambda: time.ctime(0), lambda: time.ctime('x'), lambda: time.ctime(1e20), lambda: time.ctime(1, 2),
    lambda: time.get_clock_info('x'), lambda: time.get_clock_info(1), lambda: time.get_clock_info(),
    lambda: time.clock_gettime(99), lambda: time.clock_gettime('x'), lambda: time.clock_gettime(),
    lambda: time.clock_getres(0), lambda: time.clock_settime_ns(0, 1.0),
    lambda: time.pthread_getcpuclockid(1.0),
    lambda: time.time(1), lambda: time.monotonic_ns(None), lambda: time.perf_counter(x=1),
    lambda: time.tzset(1),
]
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except BaseException as e:
        print(i, type(e).__name__, e)
