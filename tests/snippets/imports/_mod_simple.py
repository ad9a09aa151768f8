print("executing _mod_simple body, __name__ =", __name__)
answer = 42
def greet(who):
    return f"hello {who} from {__name__}"
class Thing:
    pass
_private = "hidden"
