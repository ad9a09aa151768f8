def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls

@add_greeting
class Person:
    pass

print(Person().greet())

def logged(method):
    def wrapper(self, *args):
        print("->", method.__name__, args)
        return method(self, *args)
    return wrapper

class Calc:
    @logged
    def add(self, a, b):
        return a + b

print(Calc().add(2, 3))

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, value):
        print("Config created with", value)
        self.value = value

print(Config(1).value, Config(2).value, Config(3) is Config(4))
