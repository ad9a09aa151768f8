i = 0
log = []
while i < 5:
    i += 1
    try:
        if i == 2:
            raise ValueError("two")
        if i == 4:
            break
    except ValueError:
        log.append("caught %d" % i)
        continue
    finally:
        log.append("finally %d" % i)
    log.append("body end %d" % i)
print(log)

def f():
    for i in range(3):
        try:
            return "try %d" % i
        finally:
            if i < 2:
                print("finally", i, "overrides return with continue")
                continue
    return "after loop"
print(f())
