# Clock functions: types, monotonicity, agreement between float and _ns forms, clock info.
import time

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f = getattr(time, name)
    fns = getattr(time, name + '_ns')
    a = f(); b = fns(); c = f()
    print(name, type(a).__name__, type(b).__name__, a <= c, abs(b / 1e9 - a) < 5)
    info = time.get_clock_info(name)
    print('  ', info.implementation, info.monotonic, info.adjustable, info.resolution, type(info).__name__)
m = [time.monotonic_ns() for _ in range(1000)]
print('monotonic sorted', m == sorted(m))
print(time.clock_gettime(time.CLOCK_MONOTONIC) > 0, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
print(time.clock_getres(time.CLOCK_MONOTONIC), time.clock_getres(time.CLOCK_REALTIME))
for c in ['CLOCK_BOOTTIME', 'CLOCK_MONOTONIC', 'CLOCK_MONOTONIC_RAW', 'CLOCK_PROCESS_CPUTIME_ID',
          'CLOCK_REALTIME', 'CLOCK_TAI', 'CLOCK_THREAD_CPUTIME_ID']:
    print(c, getattr(time, c))
print(time._STRUCT_TM_ITEMS, time.timezone, time.altzone, time.daylight, time.tzname)
t0 = time.perf_counter(); time.sleep(0.05); dt = time.perf_counter() - t0
print('slept enough', dt >= 0.05, dt < 2)
t0 = time.monotonic(); time.sleep(0); time.sleep(1e-6); print('short sleeps', time.monotonic() - t0 < 1)
p0 = time.process_time()
x = 0
for i in range(200000):
    x += i
print('cpu advanced', time.process_time() >= p0, time.thread_time() > 0)
try:
    time.clock_settime(time.CLOCK_MONOTONIC, 0)
except OSError as e:
    print('OSError', e.errno)
import _thread
clk = time.pthread_getcpuclockid(_thread.get_ident())
print(type(clk).__name__, time.clock_gettime(clk) >= 0)
names = sorted(n for n in dir(time) if not n.startswith('__'))
print(names)
