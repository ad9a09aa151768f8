# other threads keep running while one reads a child's pipe or waits for a child
import subprocess
import threading
import time

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
got = []
t = threading.Thread(target=lambda: got.append(p.stdout.read()))
t.start()
for i in range(100):
    p.stdin.write(b"y" * 10000)
p.stdin.close()
t.join()
print(len(got[0]), p.wait())
p.stdout.close()

done = threading.Event()
def waiter():
    q = subprocess.Popen(["sleep", "0.5"])
    q.wait()
    done.set()
t = threading.Thread(target=waiter)
t.start()
ticks = 0
while not done.is_set():
    ticks += 1
    time.sleep(0.01)
t.join()
print(ticks > 5)
results = {}
def run(i):
    results[i] = subprocess.run(["sh", "-c", f"echo {i}"], capture_output=True).stdout
ts = [threading.Thread(target=run, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
