# _thread.interrupt_main raises KeyboardInterrupt in the main thread at its next check.
import _thread, threading, time

def later():
    time.sleep(0.05)
    _thread.interrupt_main()
threading.Thread(target=later).start()
try:
    while True:
        pass
except KeyboardInterrupt:
    print('interrupted busy loop')

# A simulated signal does not wake a blocking call (no EINTR): the sleep ends, then the interrupt is raised.
threading.Thread(target=later).start()
try:
    time.sleep(0.3)
    print('sleep finished')
    for _ in range(10):
        pass
except KeyboardInterrupt:
    print('interrupted after sleep')
for bad in [(1, 2), (0,), (65,), ('x',)]:
    try:
        _thread.interrupt_main(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
_thread.interrupt_main(15)  # SIGTERM has its default handler: ignored
for _ in range(1000):
    pass
print('done')
