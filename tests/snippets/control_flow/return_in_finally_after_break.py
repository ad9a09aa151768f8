def f():
    result = []
    for i in range(3):
        try:
            result.append(i)
            if i == 1:
                break
        finally:
            result.append("f%d" % i)
    return result

def g():
    try:
        for i in range(3):
            try:
                return i
            finally:
                if i < 2:
                    continue
    finally:
        print("g outer finally")

print(f())
print(g())
