# A big function (several hundred code units) needs more warmth before it is compiled than a small one
# (JitCompiler.InitialWarmth): it runs interpreted longer, then is entered compiled in the middle of its loop
# (a backward jump) or at a later call. Results and exceptions must not change at the switch.

def big_loop(n):
    a, b, c, d = 1, 2, 3, 4
    acc = []
    for i in range(n):
        a = (a * 31 + i) % 1000003
        b = (b + a * 7) % 999983
        c = (c ^ (b << 3)) & 0xFFFFF
        d = (d + c // 3 - a % 17) % 65521
        s = str(d)[-2:]
        if len(s) == 2 and s[0] == "7": acc.append(i)
        t = (a, b, c)
        a, b = t[1] % 1009, t[0] % 1013
        c = max(c, a + b) - min(c, a)
        d = d if d else 1
        a = (a * 31 + i) % 1000003
        b = (b + a * 7) % 999983
        c = (c ^ (b << 3)) & 0xFFFFF
        d = (d + c // 3 - a % 17) % 65521
        s = str(d)[-2:]
        if len(s) == 2 and s[0] == "7": acc.append(i)
        t = (a, b, c)
        a, b = t[1] % 1009, t[0] % 1013
        c = max(c, a + b) - min(c, a)
        d = d if d else 1
        a = (a * 31 + i) % 1000003
        b = (b + a * 7) % 999983
        c = (c ^ (b << 3)) & 0xFFFFF
        d = (d + c // 3 - a % 17) % 65521
        s = str(d)[-2:]
        if len(s) == 2 and s[0] == "7": acc.append(i)
        t = (a, b, c)
        a, b = t[1] % 1009, t[0] % 1013
        c = max(c, a + b) - min(c, a)
        d = d if d else 1
        a = (a * 31 + i) % 1000003
        b = (b + a * 7) % 999983
        c = (c ^ (b << 3)) & 0xFFFFF
        d = (d + c // 3 - a % 17) % 65521
        s = str(d)[-2:]
        if len(s) == 2 and s[0] == "7": acc.append(i)
        t = (a, b, c)
        a, b = t[1] % 1009, t[0] % 1013
        c = max(c, a + b) - min(c, a)
        d = d if d else 1
        a = (a * 31 + i) % 1000003
        b = (b + a * 7) % 999983
        c = (c ^ (b << 3)) & 0xFFFFF
        d = (d + c // 3 - a % 17) % 65521
        s = str(d)[-2:]
        if len(s) == 2 and s[0] == "7": acc.append(i)
        t = (a, b, c)
        a, b = t[1] % 1009, t[0] % 1013
        c = max(c, a + b) - min(c, a)
        d = d if d else 1
    return a, b, c, d, len(acc), sum(acc) % 100000

def big_call(x):
    x = (x * 3 + 0) % 1000003
    if x % 2 == 0: x += 0
    x = (x * 4 + 1) % 1000003
    if x % 3 == 0: x += 1
    x = (x * 5 + 2) % 1000003
    if x % 4 == 0: x += 2
    x = (x * 6 + 3) % 1000003
    if x % 5 == 0: x += 3
    x = (x * 7 + 4) % 1000003
    if x % 6 == 0: x += 4
    x = (x * 8 + 5) % 1000003
    if x % 7 == 0: x += 5
    x = (x * 9 + 6) % 1000003
    if x % 8 == 0: x += 6
    x = (x * 10 + 7) % 1000003
    if x % 9 == 0: x += 7
    x = (x * 11 + 8) % 1000003
    if x % 10 == 0: x += 8
    x = (x * 12 + 9) % 1000003
    if x % 11 == 0: x += 9
    x = (x * 13 + 10) % 1000003
    if x % 12 == 0: x += 10
    x = (x * 14 + 11) % 1000003
    if x % 13 == 0: x += 11
    x = (x * 15 + 12) % 1000003
    if x % 14 == 0: x += 12
    x = (x * 16 + 13) % 1000003
    if x % 15 == 0: x += 13
    x = (x * 17 + 14) % 1000003
    if x % 16 == 0: x += 14
    x = (x * 18 + 15) % 1000003
    if x % 17 == 0: x += 15
    x = (x * 19 + 16) % 1000003
    if x % 18 == 0: x += 16
    x = (x * 20 + 17) % 1000003
    if x % 19 == 0: x += 17
    x = (x * 21 + 18) % 1000003
    if x % 20 == 0: x += 18
    x = (x * 22 + 19) % 1000003
    if x % 21 == 0: x += 19
    x = (x * 23 + 20) % 1000003
    if x % 22 == 0: x += 20
    x = (x * 24 + 21) % 1000003
    if x % 23 == 0: x += 21
    x = (x * 25 + 22) % 1000003
    if x % 24 == 0: x += 22
    x = (x * 26 + 23) % 1000003
    if x % 25 == 0: x += 23
    x = (x * 27 + 24) % 1000003
    if x % 26 == 0: x += 24
    x = (x * 28 + 25) % 1000003
    if x % 27 == 0: x += 25
    x = (x * 29 + 26) % 1000003
    if x % 28 == 0: x += 26
    x = (x * 30 + 27) % 1000003
    if x % 29 == 0: x += 27
    x = (x * 31 + 28) % 1000003
    if x % 30 == 0: x += 28
    x = (x * 32 + 29) % 1000003
    if x % 31 == 0: x += 29
    x = (x * 33 + 30) % 1000003
    if x % 32 == 0: x += 30
    x = (x * 34 + 31) % 1000003
    if x % 33 == 0: x += 31
    x = (x * 35 + 32) % 1000003
    if x % 34 == 0: x += 32
    x = (x * 36 + 33) % 1000003
    if x % 35 == 0: x += 33
    x = (x * 37 + 34) % 1000003
    if x % 36 == 0: x += 34
    x = (x * 38 + 35) % 1000003
    if x % 37 == 0: x += 35
    x = (x * 39 + 36) % 1000003
    if x % 38 == 0: x += 36
    x = (x * 40 + 37) % 1000003
    if x % 39 == 0: x += 37
    x = (x * 41 + 38) % 1000003
    if x % 40 == 0: x += 38
    x = (x * 42 + 39) % 1000003
    if x % 41 == 0: x += 39
    if x % 97 == 0:
        raise ValueError(f"bad {x}")
    return x

print(big_loop(200))
print(big_loop(12000))

total = 0
errors = 0
for i in range(12000):
    try:
        total = (total + big_call(i)) % 1000003
    except ValueError as e:
        errors += 1
        last = str(e)
print(total, errors, last)
