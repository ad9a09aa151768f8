def scan(items):
    for item in items:
        if item < 0:
            print("negative found")
            break
    else:
        raise LookupError("no negative in " + repr(items))
    return "ok"

print(scan([1, -1]))
try:
    scan([1, 2])
except LookupError as e:
    print("LookupError:", e)
n = 0
while n < 2:
    n += 1
else:
    scan([])
