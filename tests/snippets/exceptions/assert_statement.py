def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("non-string message:", e.args)
assert 1 == 1, "never"
count = 0
def side():
    global count
    count += 1
    return "msg"
assert True, side()
print("message not evaluated:", count)
assert len("abc") == 4, "length mismatch"
