# big dict: millions of inserts, lookups, updates and deletes with int keys (hashes of small ints,
# large ints, negative ints), str and tuple keys; growth, shrink-after-delete, `in`, get, pop,
# items() iteration, dict copies and dict(zip(...)).
# size: keys inserted (default 1000000, quick 60000)
import sys


def main(n):
    d = {}
    for i in range(n):
        d[i * 7 + 3] = i
    hits = 0
    for i in range(2 * n):
        if i in d:
            hits += 1
    total = 0
    for i in range(0, n * 7, 7):
        total += d.get(i + 3, 0) + d.get(i, 0)
    print(len(d), hits, total)

    for i in range(0, n, 2):
        del d[i * 7 + 3]
    for i in range(n, n + n // 2):
        d[-i] = i
    popped = 0
    for i in range(1, n, 4):
        popped += d.pop(i * 7 + 3, 0)
    print(len(d), popped, sum(d.values()) % 1000003)

    big = {}
    base = 1 << 70
    for i in range(n // 2):
        big[base + i * 1000003] = i
    print(len(big), big[base + 1000003 * (n // 4)])

    s = {}
    for i in range(n // 2):
        key = "k" + str(i % 50000) + "_" + str(i % 7)
        s[key] = s.get(key, 0) + 1
    print(len(s), s["k123_4"] if "k123_4" in s else None)

    t = {}
    for i in range(n // 2):
        t[(i % 1000, i % 333)] = i
    acc = 0
    for (a, b), v in t.items():
        acc += a * b - v
    print(len(t), acc)

    c = dict(zip(range(n // 2), range(n // 2, 0, -1)))
    e = c.copy()
    for k in list(e):
        if k % 3:
            del e[k]
    e.update({k: 0 for k in range(0, n // 2, 5)})
    print(len(c), len(e), sum(e.values()) % 1000003)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
