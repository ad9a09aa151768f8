# fannkuch-redux: small-list permutations, slicing, reversal by slice assignment, integer loops.
# size: permutation length n (default 9, quick 7)
import sys


def fannkuch(n, start):
    perm1 = list(start)
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutation % 2 == 0 else -flips
        # Next permutation in the counting order of the original benchmark.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation += 1


def main(n):
    # The counting order visits every permutation from any start; a second start doubles the work
    # with different flip counts.
    for start in (range(n), range(n - 1, -1, -1)):
        checksum, flips = fannkuch(n, start)
        print(checksum)
        print("Pfannkuchen(%d) = %d" % (n, flips))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
