# Random operation sequences (a fixed LCG, no random module) on bounded and unbounded deques; every step prints.
from collections import deque
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
ops = ["append", "appendleft", "pop", "popleft", "rotate", "insert", "remove", "del", "set", "extend", "extendleft",
       "reverse", "index", "count", "clear", "imul"]
for maxlen in [None, 0, 1, 5, 13]:
    d = deque(range(8), maxlen)
    out = []
    for step in range(150):
        op = ops[rnd(len(ops))]
        try:
            if op == "append": d.append(rnd(50))
            elif op == "appendleft": d.appendleft(rnd(50))
            elif op == "pop": out.append(d.pop())
            elif op == "popleft": out.append(d.popleft())
            elif op == "rotate": d.rotate(rnd(21) - 10)
            elif op == "insert": d.insert(rnd(21) - 10, "i")
            elif op == "remove": d.remove(rnd(50))
            elif op == "del": del d[rnd(21) - 10]
            elif op == "set": d[rnd(21) - 10] = "s"
            elif op == "extend": d.extend(range(rnd(6)))
            elif op == "extendleft": d.extendleft(range(rnd(6)))
            elif op == "reverse": d.reverse()
            elif op == "index": out.append(d.index(rnd(50), rnd(5), rnd(30)))
            elif op == "count": out.append(d.count(rnd(10)))
            elif op == "clear":
                if rnd(4) == 0: d.clear()
            elif op == "imul":
                if len(d) < 20: d *= rnd(3)
        except (IndexError, ValueError) as e:
            out.append(type(e).__name__)
        if step % 10 == 0:
            print(maxlen, step, op, list(d))
    print(maxlen, len(d), d, out[-10:])
