# dotted names are value patterns (compared with ==); plain names capture
class Color:
    RED = "red"
    GREEN = "green"

class Mode:
    class Inner:
        FAST = 1

def describe(c):
    match c:
        case Color.RED:
            return "it is red"
        case Color.GREEN:
            return "it is green"
        case Mode.Inner.FAST:
            return "fast mode"
        case _:
            return "unknown"

print(describe("red"), describe("green"), describe(1), describe(1.0), describe("blue"))

class Equal:
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return True
class Holder:
    E = Equal()
match "anything":
    case Holder.E:
        print("matched via __eq__")
