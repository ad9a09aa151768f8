for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop", i)

def loop_with_return():
    for i in range(3):
        try:
            try:
                if i == 2:
                    return i
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    return None

print(loop_with_return())

for i in range(3):
    try:
        raise KeyError(i)
    except KeyError:
        print("caught", i)
        continue
    finally:
        print("cleanup", i)

def break_swallows():
    for i in range(3):
        try:
            raise RuntimeError("gone")
        finally:
            break
    return "break in finally discarded the exception"

print(break_swallows())

def continue_swallows():
    n = 0
    for i in range(3):
        try:
            raise RuntimeError("gone")
        finally:
            n += 1
            continue
    return n

print(continue_swallows())
