# capture patterns bind names; _ never binds
def f(v):
    match v:
        case [x, _, _]:
            return f"three items, first {x}"
        case [_, *_]:
            return "non-empty sequence"
        case other:
            return f"captured {other!r}"

print(f([1, 2, 3]))
print(f((1,)))
print(f("text"))
print(f(42))

match 99:
    case value:
        pass
print("value after match:", value)
try:
    _
except NameError as e:
    print("NameError:", e)
