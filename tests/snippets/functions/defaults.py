def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))

def append_to(x, target=[]):
    target.append(x)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def safe_append(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target

print(safe_append(1), safe_append(2))
counter = 10
def captured(n=counter):
    return n
counter = 20
print(captured(), captured.__defaults__)

def make_default():
    print("evaluating default")
    return 5
def uses(x=make_default()):
    return x
print("defined")
print(uses(), uses(), uses(1))
