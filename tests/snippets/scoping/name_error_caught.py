# the caught NameError's str() has no suggestion; the suggestion is added when printed by the hook
def f():
    lenght = 3
    return lengthh
try:
    f()
except NameError as e:
    print("str:", e)
    print("args:", e.args, "name:", e.name)
try:
    undefined_thing
except NameError as e:
    print("str:", e, "| name:", e.name)
