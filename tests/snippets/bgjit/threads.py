# Several threads run the same function while it gets hot and is compiled: each sees its own locals, exceptions
# keep their tracebacks, and the results are the same as in one thread.
import threading

def work(seed, n):
    acc = seed
    errors = 0
    for i in range(n):
        try:
            acc = (acc * 31 + i) % 1000003
            if i % 97 == 0:
                raise ValueError(i)
        except ValueError as e:
            errors += e.args[0] % 7
    return acc, errors

expected = [work(s, 5000) for s in range(4)]
results = [None] * 4

def run(k):
    results[k] = work(k, 5000)

threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results == expected, results)

# A loop in a thread that is handed over to compiled code while another thread calls the same code.
def spin(n):
    t = 0
    i = 0
    while i < n:
        t += i & 5
        i += 1
    return t

out = {}
ts = [threading.Thread(target=lambda k=k: out.__setitem__(k, spin(200000 + k))) for k in range(3)]
for t in ts:
    t.start()
for k in range(3000):
    spin(5)
for t in ts:
    t.join()
print(sorted(out.items()), [spin(200000 + k) for k in range(3)])
