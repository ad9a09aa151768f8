# + - * // % with a big operand (one word or more on the other side): carries and borrows at the top word,
# results that shrink back into a machine word, signs, zero, and divisors that fit or don't fit a word.
def ones(words):
    return (1 << (32 * words)) - 1

bigs = [2**64, 2**64 - 1, -(2**64), ones(3), -ones(3), ones(4) - 5, 2**96, 2**96 + 1, -(2**96) - 1, 2**63,
        -(2**63) - 1, 3**100, -(3**100), 7**500, -(7**500) + 1, (2**32 - 1) * 2**200, 2**255 - 2**128]
smalls = [0, 1, -1, 2, -2, 3, 10, -10, 2**31 - 1, -(2**31), 2**31, 2**32 - 1, -(2**32 - 1), 2**32, -(2**32),
          2**32 + 1, 2**62, -(2**63), 2**63 - 1, 1000000007, -999983]
rows = []
for a in bigs:
    for b in smalls + bigs:
        row = [a + b, b + a, a - b, b - a, a * b, b * a]
        for x, y in ((a, b), (b, a)):
            try:
                row.append(x // y)
                row.append(x % y)
                row.append(divmod(x, y))
            except ZeroDivisionError as e:
                row.append(str(e))
        rows.append(row)
print(len(rows))
for r in rows[:3]:
    print(r)
print(rows[len(rows) // 3])
print(rows[-1])
digest = 0
for r in rows:
    for v in r:
        digest = (digest * 1000003 + (hash(v) if not isinstance(v, str) else len(v))) % (2**61 - 1)
print(digest)
# Carries that only the lower words decide.
print(ones(3) + 1, ones(3) + 2**64, -ones(3) - 1, (2**96 - 2**64 + ones(2)) + 1)
print(ones(3) * 2, ones(3) * (2**32 - 1), (2**64 + 2**32 - 1) * (2**32 - 1), -(2**64) * 3)
print(2**96 - 1 - ones(3), 2**96 - (2**96 - 1), 2**64 - 1 - (2**64 - 2), -(2**64) + 2**64, 2**64 - 2**63)
print((-ones(3)) // 7, (-ones(3)) // -7, ones(3) // -7, -(2**64) // 2**32, (-(2**64) - 1) // 2**32)
print(ones(3) // (2**32 - 1), -ones(3) // (2**32 - 1), -(ones(3) - 1) // (2**32 - 1), (-2**95) // 3)
print(-(2**64) % 7, 2**64 % -7, -(2**64) % -7, ones(5) % (2**32 - 1), (-ones(5)) % 1000000007)
# The loop-compiled form gives the same.
acc = 1
for i in range(1, 300):
    acc = acc * i - (acc // (i + 7)) + (acc % 1000003) - 2**70
print(acc % 10**30, acc.bit_length())
f, g = 0, 1
for _ in range(500):
    f, g = g, f + g
print(f % 10**25, -f // 97 % 1000, f * -3 % 1000)
