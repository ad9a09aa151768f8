# the subject is evaluated once; match/case are soft keywords; no case matching is fine
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2]

match subject():
    case [3]:
        pass
    case [1, x]:
        print("x =", x)
print("subject evaluated", calls, "time(s)")

match = [1, 2]
case = "soft"
print(match, case)
match match:
    case [case, *_]:
        print("case bound to", case)

match 5:
    case 6:
        print("no")
print("no case matched, no error")

match 1, 2:
    case a, b:
        print("tuple subject without parens:", a, b)
