# the uncaught error for too many positional sub-patterns
class C:
    pass

def check(obj):
    match obj:
        case C(value):
            return value
    return "no match"

print(check(42))
print(check(C()))
