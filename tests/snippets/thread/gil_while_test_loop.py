# A thread waiting for the GIL gets it while the main thread spins in a `while` loop whose test is at the
# end (compiled to a backward conditional jump): the loop polls for GIL drop requests.
import threading, time

done = False

def worker():
    global done
    time.sleep(0.05)
    done = True

t = threading.Thread(target=worker)
t.start()
i = 0
while not done and i < 10**9:
    i += 1
t.join()
print("worker ran while main looped:", done and i < 10**9)
