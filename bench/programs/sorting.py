# sort-heavy: list.sort and sorted with key functions (lambda, tuple keys), reverse, stability,
# sorting tuples, strings and floats, min/max with key, bisection-style searches over sorted lists.
# size: elements per list (default 250000, quick 20000)
import sys


def rand_ints(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        out.append(x >> 40)
    return out


def search(sorted_list, value):
    lo, hi = 0, len(sorted_list)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_list[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main(n):
    xs = rand_ints(n, 42)
    a = sorted(xs)
    print(a[0], a[n // 2], a[-1])

    b = xs[:]
    b.sort(key=lambda v: (v % 1000, -v))
    print(b[:3], b[-1])

    records = [(x % 97, str(x % 1009), x) for x in xs]
    records.sort()
    print(records[0], records[n // 3], records[-1])

    by_name = sorted(records, key=lambda r: r[1], reverse=True)
    # Stable: equal names keep the order of the previous sort.
    print(by_name[0], by_name[-1])

    words = ["w%x" % (x % 50000) for x in xs]
    words.sort()
    print(words[0], words[-1], len(words))

    floats = [x / 3.0 for x in xs[: n // 2]]
    floats.sort(reverse=True)
    print("%.3f %.3f" % (floats[0], floats[-1]))

    for _ in range(3):
        c = xs[:]
        c.sort(key=lambda v: v ^ 0x5555)
    print(c[:2])

    hits = 0
    for v in rand_ints(n // 2, 7):
        i = search(a, v)
        if i < n and a[i] == v:
            hits += 1
    print(hits, min(xs, key=lambda v: v % 12345), max(records, key=lambda r: r[2] % 777))

    nearly = a[:]
    for i in range(0, n, 100):
        nearly[i], nearly[n - 1 - i] = nearly[n - 1 - i], nearly[i]
    nearly.sort()
    print(nearly == a, sorted(range(20), key=lambda v: (v % 3, -v)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 250000)
