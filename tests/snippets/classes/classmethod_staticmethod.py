class Pizza:
    registry = []

    def __init__(self, toppings):
        self.toppings = toppings

    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])

    @staticmethod
    def circle_area(r):
        return round(3.14159 * r * r, 2)

    @classmethod
    def register(cls, name):
        cls.registry.append(name)
        return cls

class Deluxe(Pizza):
    pass

p = Pizza.margherita()
d = Deluxe.margherita()
print(type(p).__name__, p.toppings, type(d).__name__)
print(Pizza.circle_area(2), p.circle_area(1))
print(Deluxe.register("x") is Deluxe, Pizza.registry)
print(type(Pizza.__dict__["margherita"]).__name__, type(Pizza.__dict__["circle_area"]).__name__)
print(Pizza.margherita.__self__ is Pizza, Deluxe.margherita.__self__ is Deluxe)
print(Pizza.__dict__["circle_area"].__func__ is Pizza.circle_area)
sm = staticmethod(len)
print(sm("abc"), sm.__func__ is len)
class Callable:
    helper = staticmethod(lambda x: x * 2)
print(Callable.helper(4), Callable().helper(5))
