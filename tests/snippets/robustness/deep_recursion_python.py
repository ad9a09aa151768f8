# sys.setrecursionlimit(10**6) and 200,000-deep recursion of Python code: each kind ends in RecursionError
# (at the limit) or completes, and the program goes on.
import sys
sys.setrecursionlimit(205000)

def plain(n):
    return n if n == 0 else plain(n - 1) + 1
print("plain 200000:", plain(200000))

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("plain:", e)

class A:
    def m(self, n):
        return self.m(n + 1)
try:
    A().m(0)
except RecursionError as e:
    print("method:", e)

def comp(n):
    return [comp(n + 1) for _ in (1,)]
try:
    comp(0)
except RecursionError as e:
    print("comprehension:", e)

def catches(n):
    try:
        return catches(n + 1)
    finally:
        pass
try:
    catches(0)
except RecursionError as e:
    print("try/finally:", e)

depth = 0
def count(n):
    global depth
    depth = n
    count(n + 1)
try:
    count(1)
except RecursionError:
    print("depth reached within 10 of the limit:", sys.getrecursionlimit() - depth < 10)
print("still running")
