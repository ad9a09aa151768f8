# spectral norm: nested loops over floats, function calls with int arithmetic, sum over generators.
# size: matrix order n (default 480, quick 100)
import sys


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(v, n):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def times_transposed(v, n):
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def times_ata(v, n):
    return times_transposed(times(v, n), n)


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("%0.9f" % (vbv / vv) ** 0.5)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 480)
