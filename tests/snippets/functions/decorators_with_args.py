def repeat(times):
    print("repeat factory", times)
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        wrapper.__name__ = func.__name__
        wrapper.__wrapped__ = func
        return wrapper
    return decorate

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("x"), hello.__name__, hello.__wrapped__("y"))

def tag(name, **attrs):
    def decorate(f):
        def wrapper():
            extra = "".join(" %s=%r" % (k, v) for k, v in attrs.items())
            return "<%s%s>%s</%s>" % (name, extra, f(), name)
        return wrapper
    return decorate

@tag("p", cls="note", id=1)
@tag("em")
def content():
    return "text"
print(content())

handlers = {}
def on(event):
    def decorate(f):
        handlers.setdefault(event, []).append(f)
        return f
    return decorate

@on("start")
def a():
    return "a"
@on("start")
def b():
    return "b"
@on("stop")
def c():
    return "c"
print({k: [f() for f in v] for k, v in handlers.items()})

@(lambda f: f())
def computed_at_definition():
    return 42
print(computed_at_definition)
