def trace(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(2, 3)
add(a=1, b=1)
print(add.__name__, add.__qualname__)

def bold(f):
    print("decorating with bold", f.__name__)
    return lambda: "<b>" + f() + "</b>"

def italic(f):
    print("decorating with italic", f.__name__)
    return lambda: "<i>" + f() + "</i>"

@bold
@italic
def text():
    return "hi"

print(text())

registry = []
def register(f):
    registry.append(f.__name__)
    return f

@register
def one():
    pass
@register
def two():
    pass
print(registry, one.__name__)
