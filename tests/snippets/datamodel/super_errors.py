def no_args():
    return super()

def one_arg(x):
    return super()

class A:
    def deleted(self):
        del self
        return super()
    def fine(self):
        return super().__init__

for f in (no_args, lambda: one_arg(1), lambda: A().deleted()):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)

class B:
    pass
for args in [(1,), (B, 1), (int, "s"), (B, A())]:
    try:
        super(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    super(B, B(), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    super(type=B)
except TypeError as e:
    print("TypeError:", e)
print(super(int, 3), super(int), super(int, bool))
unbound = super(B)
print(unbound.__self__, unbound.__self_class__, unbound.__thisclass__.__name__)
bound = unbound.__get__(B(), B)
print(type(bound.__self__).__name__, bound.__self_class__.__name__)
try:
    super(A, A()).missing
except AttributeError as e:
    print("AttributeError:", e)
