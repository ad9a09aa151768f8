# select.select on a pipe: readiness for reading/writing, timeouts, file objects with fileno().
import os, select
r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b'hello')
rl, wl, xl = select.select([r, r], [w], [r], 0)
print(rl == [r, r], wl == [w], xl)
print(os.read(r, 5))
print(select.select([r], [], [], 0.01))
class F:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
fr = F(r)
os.write(w, b'x')
res = select.select((fr,), [], [], None)
print(res[0][0] is fr, res[1:])
os.close(w)
os.read(r, 1)
print(select.select([r], [], [], 0)[0] == [r])  # EOF is readable
os.close(r)
try:
    select.select([r], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno)
with open(__file__) as f:
    print(select.select([f], [f], [], 0) == ([f], [f], []))
