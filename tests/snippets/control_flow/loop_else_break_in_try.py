for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally", i)
else:
    print("else not reached")
print("after for", i)

n = 0
while n < 3:
    try:
        n += 1
        continue
    finally:
        print("finally n =", n)
else:
    print("while else runs after continue-only loop")

for ch in "ab":
    with open(__file__) as fh:
        if ch == "b":
            break
print("with-file closed:", fh.closed)
