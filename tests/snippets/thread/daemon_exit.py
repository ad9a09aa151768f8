# At exit non-daemon threads are joined; daemon threads are abandoned.
import threading, time

def forever():
    while True:
        time.sleep(0.01)
threading.Thread(target=forever, daemon=True).start()
def late():
    time.sleep(0.1)
    print('non-daemon thread finished after main')
threading.Thread(target=late).start()
print('main done')
