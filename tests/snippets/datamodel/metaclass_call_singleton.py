class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value):
        print("init", value)
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value)

class NoInit(type):
    def __call__(cls, *args):
        return ("made", cls.__name__, args)
class Weird(metaclass=NoInit):
    pass
print(Weird(1, 2))

class NewReturnsOther:
    def __new__(cls, *args):
        return 7
    def __init__(self, *args):
        print("never")
print(NewReturnsOther(1))

class NewReturnsSub:
    def __new__(cls):
        return super().__new__(Sub)
    def __init__(self):
        print("init on", type(self).__name__)
class Sub(NewReturnsSub):
    pass
print(type(NewReturnsSub()).__name__)

class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
